/// What one pass over a text's UTF-8 bytes found: enough to skip every phase the text does not need.
///
/// Most news text is ASCII without markup or control characters; for it the cleaner does no work beyond
/// this scan (and trimming the end of the text). The loop skips ordinary bytes through a table and stops
/// only at the few that matter.
struct TextScan {
    var hasNonASCII = false
    var hasAmpersand = false
    var hasLessThan = false
    var hasCarriageReturn = false
    var hasControl = false
    var hasHyphenatedBreak = false
    /// Spaces or tabs before a line feed.
    var hasTrailingSpace = false
    /// Three line feeds in a row (two blank lines), possibly with spaces between.
    var hasBlankRun = false
    /// Whitespace at the start or the end of the text.
    var hasOuterWhitespace = false
    /// Two spaces or a tab inside a line, or a line break inside a paragraph.
    var hasInnerWhitespace = false

    /// 0 for bytes the scan passes over; otherwise the kind of byte.
    private static let interesting: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0..<0x20 { table[byte] = 1 }
        table[0x7F] = 1
        for byte in 0x80..<0x100 { table[byte] = 2 }
        table[0x20] = 3
        table[0x26] = 4
        table[0x3C] = 4
        return table
    }()

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return }
        let first = base[0]
        let last = base[count - 1]
        if first == 0x20 || first == 0x09 || first == 0x0A || last == 0x20 || last == 0x09 || last == 0x0A {
            hasOuterWhitespace = true
        }
        Self.interesting.withUnsafeBufferPointer { table in
            let kinds = table.baseAddress!
            var index = 0
            var lineFeeds = 0  // line feeds since the last byte that is not a space
            while index < count {
                let byte = base[index]
                let kind = kinds[Int(byte)]
                if kind == 0 {
                    lineFeeds = 0
                    index += 1
                    continue
                }
                switch kind {
                case 3:  // space
                    if index + 1 < count {
                        let next = base[index + 1]
                        if next == 0x20 { hasInnerWhitespace = true } else if next == 0x0A { hasTrailingSpace = true }
                    }
                case 2:
                    hasNonASCII = true
                    lineFeeds = 0
                case 4:
                    if byte == 0x26 { hasAmpersand = true } else { hasLessThan = true }
                    lineFeeds = 0
                default:  // control characters
                    switch byte {
                    case 0x0A:
                        if index > 0 {
                            let previous = base[index - 1]
                            if previous == 0x09 { hasTrailingSpace = true }
                            if previous == 0x2D { hasHyphenatedBreak = true }
                        }
                        lineFeeds += 1
                        if lineFeeds >= 3 { hasBlankRun = true }
                        if lineFeeds == 1 { hasInnerWhitespace = true }
                    case 0x09: hasInnerWhitespace = true
                    case 0x0D: hasCarriageReturn = true
                    default: hasControl = true
                    }
                }
                index += 1
            }
        }
    }

    /// Whether nothing but the ends of the text needs whitespace work.
    var onlyOuterWhitespace: Bool { !hasTrailingSpace && !hasBlankRun }
}
