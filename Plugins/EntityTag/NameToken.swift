import TextPipeText

/// A token as the entity tagger sees it: the shared tokenizer's token with a possessive split off, its name
/// key, and where it sits in its sentence.
struct NameToken {
    /// The first byte.
    var start: Int
    /// One past the last byte, before a possessive "'s".
    var end: Int
    /// The case-folded key of `start..<end` (see ``NameKey``).
    var key: UInt64
    /// The end and key of the part before the first hyphen ("Washington" in "Washington-based"); equal to
    /// `end` and `key` without a hyphen.
    var headEnd: Int
    var headKey: UInt64
    var kind: Token.Kind
    var shape: TokenShape
    /// The first byte of a punctuation token or symbol (0xE2 for most typographic marks).
    var mark: UInt8
    /// Followed by "'s" or "’s", which is not part of the name.
    var possessive: Bool
    /// The first token of a sentence, or of a line.
    var sentenceStart = false

    var isWord: Bool { kind == .word }
    var isCapitalised: Bool { kind == .word && shape.contains(.capitalised) }
    var isAllCaps: Bool { kind == .word && shape.contains(.allCaps) }
    var isLowercase: Bool { kind == .word && shape.contains(.lowercase) }
    var hasHyphen: Bool { headEnd != end }
}

/// Turns text into ``NameToken``s with the team's shared ``Tokenizer``.
enum NameTokenizer {
    static let tokenizer = Tokenizer()

    /// The tokens of a whole string (used for gazetteer entries and tests).
    static func tokens(in text: String) -> [NameToken] {
        var copy = text
        return copy.withUTF8 { tokens(in: $0) }
    }

    /// The tokens of UTF-8 text; offsets index `bytes`.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [NameToken] {
        var result: [NameToken] = []
        result.reserveCapacity(bytes.count / 5 + 1)
        tokenizer.forEachToken(in: bytes) { token in
            var end = token.end
            var possessive = false
            if token.kind == .word, token.shape.contains(.hasApostrophe) {
                if end - token.start > 2, bytes[end - 1] | 0x20 == 0x73, bytes[end - 2] == 0x27 {
                    end -= 2
                    possessive = true
                } else if end - token.start > 4, bytes[end - 1] | 0x20 == 0x73, bytes[end - 2] == 0x99,
                    bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2
                {
                    end -= 4
                    possessive = true
                }
            }
            let key = NameKey.of(bytes, token.start, end)
            var headEnd = end
            var headKey = key
            if token.kind == .word, token.shape.contains(.hasHyphen) {
                var i = token.start + 1
                while i < end {
                    let b = bytes[i]
                    if b == 0x2D || (b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] <= 0x91) {
                        headEnd = i
                        headKey = NameKey.of(bytes, token.start, i)
                        break
                    }
                    i += 1
                }
            }
            let mark: UInt8 = token.kind == .word || token.kind == .number ? 0 : bytes[token.start]
            result.append(
                NameToken(
                    start: token.start, end: end, key: key, headEnd: headEnd, headKey: headKey, kind: token.kind,
                    shape: token.shape, mark: mark, possessive: possessive))
        }
        return result
    }
}
