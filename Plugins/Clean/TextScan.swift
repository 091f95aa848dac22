import Foundation

/// What one pass over a text's UTF-8 bytes found: enough to skip every phase the text does not need.
///
/// Most news text is ASCII without markup or control characters; for it the cleaner does no work beyond
/// this scan (and trimming the end of the text). `memchr` looks for markup, and eight bytes at a time
/// are settled with a few masks; only control and non-ASCII bytes are looked at one by one.
struct TextScan: Equatable {
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

    private static let spaces = ByteWord.repeating(0x20)
    private static let deletes = ByteWord.repeating(0x7F)

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return }
        let first = base[0]
        let last = base[count - 1]
        if first == 0x20 || first == 0x09 || first == 0x0A || last == 0x20 || last == 0x09 || last == 0x0A {
            hasOuterWhitespace = true
        }
        // Markup is rare and matters anywhere: one vectorised search each.
        hasAmpersand = memchr(base, 0x26, count) != nil
        hasLessThan = memchr(base, 0x3C, count) != nil
        Self.interesting.withUnsafeBufferPointer { table in
            var lineFeeds = LineFeedRun()
            var index = 0
            // Eight bytes at a time; once some whitespace has set the flag that two spaces in a row would set,
            // the words of printable ASCII (most of a news text) are passed over by a loop of their own.
            while true {
                if hasInnerWhitespace { index = Self.skipPrintable(base, from: index, count: count) }
                guard index + 8 <= count else { break }
                scanWord(ByteWord.load(base + index), at: index, base, count, table.baseAddress!, &lineFeeds)
                index += 8
            }
            while index < count {
                note(base, count, table.baseAddress!, at: index, &lineFeeds)
                index += 1
            }
        }
    }

    /// The first word of eight bytes from `index` on that holds a control or non-ASCII byte, or the index
    /// where fewer than eight bytes are left. A function of its own, so that its loop keeps everything in
    /// registers; sixteen bytes a step.
    @inline(never)
    private static func skipPrintable(_ base: UnsafePointer<UInt8>, from index: Int, count: Int) -> Int {
        var index = index
        while index + 16 <= count {
            let first = ByteWord.load(base + index)
            let second = ByteWord.load(base + index + 8)
            let special =
                ByteWord.below(first, 0x20) | ByteWord.deleteOrNonASCII(first) | ByteWord.below(second, 0x20)
                | ByteWord.deleteOrNonASCII(second)
            if special != 0 {
                let firstIsPlain = ByteWord.below(first, 0x20) | ByteWord.deleteOrNonASCII(first) == 0
                return firstIsPlain ? index + 8 : index
            }
            index += 16
        }
        if index + 8 <= count {
            let word = ByteWord.load(base + index)
            if ByteWord.below(word, 0x20) | ByteWord.deleteOrNonASCII(word) == 0 { index += 8 }
        }
        return index
    }

    /// Looks at eight bytes. A word of printable ASCII only needs a look for two spaces in a row, and only
    /// until some other whitespace has set that flag; its bytes that are controls or non-ASCII (after the
    /// first non-ASCII byte, only DEL) are looked at one by one.
    @inline(__always)
    private mutating func scanWord(
        _ word: UInt64, at index: Int, _ base: UnsafePointer<UInt8>, _ count: Int, _ kinds: UnsafePointer<UInt8>,
        _ lineFeeds: inout LineFeedRun
    ) {
        let high = hasNonASCII ? ByteWord.equal(word, Self.deletes) : ByteWord.deleteOrNonASCII(word)
        var special = ByteWord.below(word, 0x20) | high
        while special != 0 {
            note(base, count, kinds, at: index + ByteWord.firstOffset(special), &lineFeeds)
            special &= special &- 1
        }
        if !hasInnerWhitespace {
            let spaces = ByteWord.equal(word, Self.spaces)
            if spaces & (spaces >> 8) != 0 || (spaces >> 63 != 0 && index + 8 < count && base[index + 8] == 0x20) {
                hasInnerWhitespace = true
            }
        }
    }

    /// The line feeds in a row so far: how many, and where the last one is. Spaces and control characters
    /// between them keep the run going; any other byte ends it.
    private struct LineFeedRun {
        var count = 0
        var last = -1

        /// Adds the line feed at `index` and returns the length of the run it belongs to. The bytes since the
        /// last line feed are read backwards only up to the first one that ends the run: each byte at most once.
        @inline(__always)
        mutating func add(at index: Int, _ base: UnsafePointer<UInt8>) -> Int {
            var run = 1
            if last >= 0 {
                var before = index - 1
                while before > last && (base[before] <= 0x20 || base[before] == 0x7F) { before -= 1 }
                if before == last { run = count + 1 }
            }
            count = run
            last = index
            return run
        }
    }

    /// Looks at a byte that is not printable ASCII, or at any byte of the last seven: the flags it raises.
    @inline(__always)
    private mutating func note(
        _ base: UnsafePointer<UInt8>, _ count: Int, _ kinds: UnsafePointer<UInt8>, at index: Int,
        _ lineFeeds: inout LineFeedRun
    ) {
        let byte = base[index]
        switch kinds[Int(byte)] {
        case 0, 4: break  // "&" and "<" were searched for already
        case 3:  // space
            if index + 1 < count {
                let next = base[index + 1]
                if next == 0x20 { hasInnerWhitespace = true } else if next == 0x0A { hasTrailingSpace = true }
            }
        case 2: hasNonASCII = true
        default:  // control characters
            switch byte {
            case 0x0A:
                if index > 0 {
                    let previous = base[index - 1]
                    // A space before the line feed: the space's own test, for spaces in a word of eight.
                    if previous == 0x09 || previous == 0x20 { hasTrailingSpace = true }
                    if previous == 0x2D { hasHyphenatedBreak = true }
                }
                let run = lineFeeds.add(at: index, base)
                if run >= 3 { hasBlankRun = true }
                if run == 1 { hasInnerWhitespace = true }
            case 0x09: hasInnerWhitespace = true
            case 0x0D: hasCarriageReturn = true
            default: hasControl = true
            }
        }
    }

    /// Whether nothing but the ends of the text needs whitespace work.
    var onlyOuterWhitespace: Bool { !hasTrailingSpace && !hasBlankRun }
}
