/// What one pass over a text's UTF-8 bytes found: enough to skip every phase the text does not need.
///
/// Most news text is ASCII without markup or control characters; for it the cleaner does no work beyond
/// this scan (and trimming the end of the text).
struct TextScan {
    var hasNonASCII = false
    var hasAmpersand = false
    var hasLessThan = false
    var hasCarriageReturn = false
    var hasControl = false
    var hasHyphenatedBreak = false
    /// Spaces or tabs before a line feed, or at the end of the text.
    var hasTrailingSpace = false
    /// Three line feeds in a row (two blank lines), possibly with spaces between.
    var hasBlankRun = false
    /// Whitespace at the start of the text, or a line feed at its end.
    var hasOuterWhitespace = false
    /// Two spaces or a tab inside a line, or a line break inside a paragraph.
    var hasInnerWhitespace = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0 else { return }
        if bytes[0] == 0x20 || bytes[0] == 0x09 || bytes[0] == 0x0A { hasOuterWhitespace = true }
        let last = bytes[count - 1]
        if last == 0x20 || last == 0x09 { hasTrailingSpace = true }
        if last == 0x0A { hasOuterWhitespace = true }
        var lineFeeds = 0  // line feeds since the last non-space byte
        var previous: UInt8 = 0
        for index in 0..<count {
            let byte = bytes[index]
            if byte >= 0x80 {
                hasNonASCII = true
                lineFeeds = 0
            } else if byte < 0x20 || byte == 0x7F {
                switch byte {
                case 0x0A:
                    if previous == 0x20 || previous == 0x09 { hasTrailingSpace = true }
                    if previous == 0x2D { hasHyphenatedBreak = true }
                    lineFeeds += 1
                    if lineFeeds >= 3 { hasBlankRun = true }
                    if lineFeeds == 1 && previous != 0x0A { hasInnerWhitespace = true }
                case 0x09: hasInnerWhitespace = true
                case 0x0D: hasCarriageReturn = true
                default: hasControl = true
                }
            } else {
                switch byte {
                case 0x20: if previous == 0x20 { hasInnerWhitespace = true }
                case 0x26: hasAmpersand = true
                case 0x3C: hasLessThan = true
                default: break
                }
                if byte != 0x20 { lineFeeds = 0 }
            }
            previous = byte
        }
    }
}
