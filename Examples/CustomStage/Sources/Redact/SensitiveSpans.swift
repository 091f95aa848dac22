import TextPipe

/// Finds e-mail addresses and phone numbers by scanning UTF-8 bytes (no regular expressions on the hot path).
enum SensitiveSpans {
    struct Span: Equatable {
        var range: TextRange
        var kind: Redaction.Kind
    }

    static func find(in text: String, emails: Bool, phones: Bool, minPhoneDigits: Int) -> [Span] {
        var text = text
        return text.withUTF8 { bytes in
            var spans: [Span] = []
            if emails { spans += emailSpans(bytes) }
            if phones {
                spans += phoneSpans(bytes, minDigits: minPhoneDigits).filter { phone in
                    !spans.contains { $0.range.overlaps(phone.range) }
                }
            }
            return spans.sorted { $0.range < $1.range }
        }
    }

    private static func isLocalPart(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func isDomain(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `local@domain.tld`: grows left and right from each `@`; the domain needs a dot and a 2+ letter ending.
    static func emailSpans(_ bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "@") else {
                index += 1
                continue
            }
            var start = index
            while start > 0, isLocalPart(bytes[start - 1]) { start -= 1 }
            while start < index, bytes[start] == UInt8(ascii: ".") { start += 1 }
            var end = index + 1
            while end < bytes.count, isDomain(bytes[end]) { end += 1 }
            while end > index + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") {
                end -= 1
            }
            let domain = bytes[(index + 1)..<end]
            if start < index, let dot = domain.lastIndex(of: UInt8(ascii: ".")), end - dot > 2,
                bytes[(dot + 1)..<end].allSatisfy({ !isDigit($0) }), dot > index + 1
            {
                spans.append(Span(range: TextRange(start: start, end: end), kind: .email))
                index = end
            } else {
                index += 1
            }
        }
        return spans
    }

    /// Digits with the separators phone numbers use (spaces, `-`, `.`, `/`, parentheses, a leading `+`), with at
    /// least `minDigits` digits, or 7 after a `+`. Commas end a run, so `55,000` never counts.
    static func phoneSpans(_ bytes: UnsafeBufferPointer<UInt8>, minDigits: Int) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let startsRun = isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")
            guard startsRun, index == 0 || !isAlphanumeric(bytes[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            var lastDigitEnd = index
            while end < bytes.count {
                let current = bytes[end]
                if isDigit(current) {
                    digits += 1
                    lastDigitEnd = end + 1
                } else if current == UInt8(ascii: " ") || current == UInt8(ascii: "-") || current == UInt8(ascii: ".")
                    || current == UInt8(ascii: "/") || current == UInt8(ascii: "(") || current == UInt8(ascii: ")")
                    || (current == UInt8(ascii: "+") && end == index)
                {
                    // Two separators in a row (". " ending a sentence) end the number.
                    if end > index, !isDigit(bytes[end - 1]), current != UInt8(ascii: "("),
                        bytes[end - 1] != UInt8(ascii: ")")
                    {
                        break
                    }
                } else {
                    break
                }
                end += 1
            }
            let needed = byte == UInt8(ascii: "+") ? 7 : minDigits
            let followedByLetter = lastDigitEnd < bytes.count && isAlphanumeric(bytes[lastDigitEnd])
            if digits >= needed, digits <= 15, !followedByLetter {
                spans.append(Span(range: TextRange(start: index, end: lastDigitEnd), kind: .phone))
                index = lastDigitEnd
            } else {
                index = max(lastDigitEnd, index + 1)
            }
        }
        return spans
    }
}
