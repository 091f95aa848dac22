import TextPipeText

/// The per-character repairs: line breaks (CRLF, CR, U+2028 line separator, U+2029 paragraph separator),
/// control characters and stray byte-order marks, and optionally curly quotes and dashes.
struct CharacterRepair: Sendable {
    var fixLineBreaks: Bool
    var removeControls: Bool
    var straightenQuotes: Bool

    var isActive: Bool { fixLineBreaks || removeControls || straightenQuotes }

    /// The repaired text, or `nil` when nothing changed.
    func repair(_ text: String, scan: TextScan, tracksAlignment: Bool) -> Rewrite? {
        let asciiNeedsRepair = (fixLineBreaks && scan.hasCarriageReturn) || (removeControls && scan.hasControl)
        guard isActive && (asciiNeedsRepair || scan.hasNonASCII) else { return nil }
        let bytes = Array(text.utf8)
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        var changed = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if !asciiNeedsRepair {
                    // Only non-ASCII scalars can change: jump to the next one.
                    index = bytes.withUnsafeBufferPointer { UTF8Scalars.endOfASCII($0, from: index) }
                    continue
                }
                if byte == 0x0D && fixLineBreaks {
                    let end = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                    rewriter.copy(upTo: index)
                    rewriter.replace(upTo: end, with: [0x0A])
                    changed = true
                    index = end
                    continue
                }
                if removeControls && Self.isRemovableControl(byte) {
                    rewriter.copy(upTo: index)
                    rewriter.delete(upTo: index + 1)
                    changed = true
                }
                index += 1
                continue
            }
            let length = UTF8Scalar.length(lead: byte)
            let end = min(bytes.count, index + length)
            let scalar = UTF8Scalar.decode(bytes, at: index, length: end - index)
            if let replacement = self.replacement(for: scalar) {
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: end, with: Array(replacement.utf8))
                changed = true
            }
            index = end
        }
        guard changed else { return nil }
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }

    /// C0 controls other than tab and line feed (and carriage return, which line-break repair handles), and
    /// DEL. Form feed and vertical tab are removed too: they only ever separated printed pages.
    private static func isRemovableControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    private func replacement(for scalar: UInt32) -> String? {
        if fixLineBreaks {
            if scalar == 0x2028 { return "\n" }
            if scalar == 0x2029 { return "\n\n" }
        }
        if removeControls && (scalar == 0xFEFF || scalar == 0xFFFE || scalar == 0xFFFF) { return "" }
        if straightenQuotes {
            switch scalar {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
            case 0x2010...0x2015, 0x2212: return "-"
            default: break
            }
        }
        return nil
    }
}

/// Reading one scalar from UTF-8 bytes that are known to be valid (they come from a Swift `String`).
enum UTF8Scalar {
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    static func decode(_ bytes: [UInt8], at index: Int, length: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch length {
        case 1: return lead
        case 2: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3: return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default:
            return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
        }
    }
}
