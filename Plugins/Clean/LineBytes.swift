/// Byte-level helpers for ``LineFilter``: a line is a byte range of the UTF-8 text, and the checks that run
/// on every line (trimming, the sentence end) work on those bytes instead of building a `String` per line.
///
/// Each helper either gives exactly the answer of the `String` version it replaces or says that it cannot
/// tell (`nil`), and then the caller asks the `String` version: grapheme clusters that glue a combining mark
/// or a prepended mark to the byte being looked at are the rare cases left to it.
enum LineBytes {
    /// The length in bytes of the horizontal whitespace scalar starting at `index`, or 0: the members of
    /// `CharacterSet.whitespaces` (Unicode category Zs, the tab, and in this Foundation U+200B; a test
    /// checks every BMP scalar against it).
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte < 0x80 { return 0 }
        if byte == 0xC2 { return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard index + 2 < end else { return 0 }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch byte {
        case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0  // U+1680
        case 0xE2:
            // U+2000–U+200B, U+202F, U+205F (Foundation counts the zero width space U+200B as well)
            if second == 0x80 && ((0x80...0x8B).contains(third) || third == 0xAF) { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    /// The line without horizontal whitespace at either end, as `trimmingCharacters(in: .whitespaces)` does.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int> {
        var start = line.lowerBound
        var end = line.upperBound
        // Printable ASCII at both ends (most lines): nothing to trim. A whitespace scalar ends in an ASCII
        // byte only if it is a space or a tab.
        if start < end {
            let first = bytes[start]
            let last = bytes[end - 1]
            if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return line }
        }
        while start < end {
            let length = whitespaceLength(bytes, at: start, end: end)
            if length == 0 { break }
            start += length
        }
        while end > start {
            // A whitespace scalar ends here when its lead byte sits 1, 2 or 3 bytes back.
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end - start >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xA0 {
                end -= 2
            } else if end - start >= 3 && bytes[end - 3] >= 0xE1 && whitespaceLength(bytes, at: end - 3, end: end) == 3
            {
                end -= 3
            } else {
                break
            }
        }
        return start..<end
    }

    /// Whether the trimmed, non-empty line ends where a sentence may end (``LineFilter/endsSentence(_:)``), or
    /// `nil` when the last character may be a cluster of several scalars.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool? {
        let end = line.upperBound
        let last = bytes[end - 1]
        if last < 0x80 {
            guard endsCluster(bytes, before: end - 1, from: line.lowerBound) else { return nil }
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
                UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                return true
            default: return false
            }
        }
        // ” ’ … (U+201D, U+2019, U+2026) and » (U+00BB) standing after a character that cannot join them.
        if end - line.lowerBound >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
            && (bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 || bytes[end - 1] == 0xA6)
        {
            return endsCluster(bytes, before: end - 3, from: line.lowerBound) ? true : nil
        }
        if end - line.lowerBound >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xBB {
            return endsCluster(bytes, before: end - 2, from: line.lowerBound) ? true : nil
        }
        return nil
    }

    /// Whether a grapheme cluster surely ends at `index` (the scalar before it is not a prepended mark and not
    /// a carriage return), given that the scalar at `index` is neither a combining mark nor a joiner. Only
    /// scalars known to be safe answer `true`: ASCII (other than CR), two-byte scalars below U+0600, and
    /// three-byte scalars from U+1000 (the prepended marks are U+0600–U+08E2, U+0D4E and beyond the BMP).
    @inline(__always)
    static func endsCluster(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int, from start: Int) -> Bool {
        guard index > start else { return true }
        let previous = bytes[index - 1]
        if previous < 0x80 { return previous != 0x0D }
        if index - 2 >= start && (0xC2...0xD7).contains(bytes[index - 2]) { return true }
        if index - 3 >= start && (0xE1...0xEF).contains(bytes[index - 3]) { return true }
        return false
    }

    /// Whether a grapheme cluster surely starts at `index`: the scalar there is ASCII, a two-byte scalar below
    /// U+0300 (no combining marks), or a Hangul syllable.
    @inline(__always)
    static func startsCluster(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return true }
        if (0xC2...0xCB).contains(byte) { return true }
        guard index + 1 < end else { return false }
        let second = bytes[index + 1]
        switch byte {
        case 0xEB, 0xEC: return true  // U+B000–U+CFFF
        case 0xEA: return second >= 0xB0  // U+AC00–U+AFFF
        case 0xED: return second <= 0x9D  // U+D000–U+D77F
        default: return false
        }
    }

    /// Whether `bytes` at `index` start with `key` (lower case), ignoring the case of ASCII letters.
    @inline(__always)
    static func hasKeyword(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, _ key: [UInt8]) -> Bool {
        let count = key.count
        guard end - index >= count else { return false }
        for offset in 0..<count {
            let expected = key[offset]
            let byte = bytes[index + offset]
            if expected >= 0x61 && expected <= 0x7A {
                if byte | 0x20 != expected { return false }
            } else if byte != expected {
                return false
            }
        }
        return true
    }

    /// Whether the range ends with `key` (lower case), ignoring the case of ASCII letters.
    @inline(__always)
    static func hasSuffixKeyword(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ key: [UInt8]) -> Bool {
        guard line.count >= key.count else { return false }
        return hasKeyword(bytes, at: line.upperBound - key.count, end: line.upperBound, key)
    }

    /// The first space or tab from `index` on, or `end`; eight bytes at a time.
    @inline(__always)
    static func nextSpaceOrTab(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        var index = index
        while index + 8 <= end {
            let word = ByteWord.load(base + index)
            let found = ByteWord.equal(word, spaces) | ByteWord.equal(word, tabs)
            if found != 0 { return index + ByteWord.firstOffset(found) }
            index += 8
        }
        while index < end && base[index] != 0x20 && base[index] != 0x09 { index += 1 }
        return index
    }

    private static let spaces = ByteWord.repeating(0x20)
    private static let tabs = ByteWord.repeating(0x09)

    /// Whether the range is a non-empty run of ASCII letters. Eight bytes at a time: the bytes after the range
    /// that a load reads (never past the buffer) are masked off.
    @inline(__always)
    static func isASCIILetters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, let base = bytes.baseAddress else { return false }
        var index = range.lowerBound
        while index + 8 <= bytes.count && index < range.upperBound {
            let folded = ByteWord.load(base + index) | 0x2020_2020_2020_2020
            let letters = ByteWord.below(folded, 0x7B) & ~ByteWord.below(folded, 0x61)
            let count = min(8, range.upperBound - index)
            let wanted = count == 8 ? ByteWord.highBits : ByteWord.highBits & ((1 << UInt64(8 * count)) - 1)
            if letters & wanted != wanted { return false }
            index += count
        }
        while index < range.upperBound {
            let letter = base[index] | 0x20
            if letter < 0x61 || letter > 0x7A { return false }
            index += 1
        }
        return true
    }

    /// For a line made only of ASCII bytes, whether it holds `mark` (an ASCII byte); `nil` for any other line.
    /// Eight bytes at a time: body paragraphs are long.
    static func asciiLineHolds(_ mark: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool? {
        guard let base = bytes.baseAddress else { return false }
        let highs: UInt64 = 0x8080_8080_8080_8080
        let marks = UInt64(mark) &* 0x0101_0101_0101_0101
        var nonASCII: UInt64 = 0
        var holds = false
        var index = line.lowerBound
        while index + 8 <= line.upperBound {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            nonASCII |= word
            // A zero byte of `word ^ marks` is the mark (a borrow only flags bytes above a true zero).
            let difference = word ^ marks
            if (difference &- 0x0101_0101_0101_0101) & ~difference & highs != 0 { holds = true }
            index += 8
        }
        while index < line.upperBound {
            nonASCII |= UInt64(base[index])
            if base[index] == mark { holds = true }
            index += 1
        }
        return nonASCII & highs == 0 ? holds : nil
    }
}
