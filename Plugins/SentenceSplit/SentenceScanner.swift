/// Finds the sentences of UTF-8 text: the language-independent core of `sentence_split`.
///
/// One pass over the bytes jumps from one interesting byte to the next (`.`, `!`, `?`, `)`, line breaks and
/// the lead bytes of non-ASCII punctuation); everything else is skipped with one table lookup. At each
/// candidate the scanner looks at the word before and the word after and decides whether a sentence ends
/// there (a *cut*); sentences are the text between cuts without surrounding white space.
struct SentenceScanner: Sendable {
    /// The abbreviations and sentence starters of the language.
    let rules: LanguageRules
    /// What a single line break means.
    let newline: NewlineMode

    /// The sentences of `bytes` as byte ranges, in order, without leading or trailing white space.
    func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scan = Scan(bytes: bytes, rules: rules, newline: newline)
        scan.run()
        return scan.spans()
    }
}

/// The state of one scan over one text.
struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    let rules: LanguageRules
    let newline: NewlineMode
    /// Sentence ends found so far, ascending.
    var cuts: [Int] = []
    /// Where the current line starts.
    var lineStart = 0
    /// The latest list item of each marker kind ("1.", "b)", "C."), to recognise the next item of a list.
    var lastListItems: [ListMarker?] = [nil, nil, nil]
    /// Whether the text's lines are hard-wrapped, worked out at the first single line break.
    var layout: LineLayout?

    init(bytes: UnsafeBufferPointer<UInt8>, rules: LanguageRules, newline: NewlineMode) {
        self.bytes = bytes
        self.count = bytes.count
        self.rules = rules
        self.newline = newline
        cuts.reserveCapacity(bytes.count / 80 + 4)
    }

    /// The last cut, or 0.
    var lastCut: Int { cuts.last ?? 0 }

    /// Records a sentence end at `position`.
    mutating func cut(at position: Int) {
        guard let last = cuts.last else {
            cuts.append(position)
            return
        }
        if position > last {
            cuts.append(position)
        } else if position < last, !cuts.contains(position) {
            let index = cuts.firstIndex { $0 > position } ?? cuts.count
            cuts.insert(position, at: index)
        }
    }

    /// Scans the whole text.
    mutating func run() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < count {
            if i + 16 <= count {
                // Jump to the first byte of the next 16 that may be interesting.
                let (low, high) = Self.candidates(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
                if low | high == 0 {
                    i += 16
                    continue
                }
                i += low != 0 ? low.trailingZeroBitCount >> 3 : 8 + high.trailingZeroBitCount >> 3
            }
            let b = bytes[i]
            if !Self.isInteresting(b) {
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "."): i = period(at: i)
            case UInt8(ascii: "!"), UInt8(ascii: "?"): i = exclamation(at: i)
            case 0x0A, 0x0D: i = lineBreak(at: i)
            case UInt8(ascii: ")"): i = closingParenthesis(at: i)
            default: i = nonASCII(at: i)
            }
        }
    }

    /// Which of 16 bytes may be interesting, as two 64-bit masks (0xFF per candidate byte, in memory order): the
    /// ASCII bytes the loop stops at, and every non-ASCII byte (the byte loop then looks closer).
    @inline(__always)
    static func candidates(_ v: SIMD16<UInt8>) -> (UInt64, UInt64) {
        let period = SIMD16<UInt8>(repeating: 0x2E)
        let newline = SIMD16<UInt8>(repeating: 0x0A)
        let ret = SIMD16<UInt8>(repeating: 0x0D)
        let bang = SIMD16<UInt8>(repeating: 0x21)
        let paren = SIMD16<UInt8>(repeating: 0x29)
        let question = SIMD16<UInt8>(repeating: 0x3F)
        let high = SIMD16<UInt8>(repeating: 0x80)
        let hits =
            (v .== period) .| (v .== newline) .| (v .== ret) .| (v .== bang) .| (v .== paren)
            .| (v .== question) .| (v .>= high)
        // `any(_:)` compiles to a slow lane-by-lane reduction without SSE4; the 16 mask bytes read as two
        // integers are cheap to test and to search.
        var mask = SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: hits)
        return withUnsafeBytes(of: &mask) {
            ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }

    /// Whether the main loop stops at byte `b`: `.`, `!`, `?`, `)`, line breaks, and the lead bytes of the
    /// non-ASCII punctuation, spaces and line separators the scanner handles (two bit masks, no memory access).
    @inline(__always)
    static func isInteresting(_ b: UInt8) -> Bool {
        if b < 64 { return (asciiMask >> UInt64(b)) & 1 != 0 }
        if b < 0xC0 { return false }
        return (leadMask >> UInt64(b - 0xC0)) & 1 != 0
    }

    /// Bits 0x0A, 0x0D, `!`, `)`, `.`, `?`.
    private static var asciiMask: UInt64 { 1 << 0x0A | 1 << 0x0D | 1 << 0x21 | 1 << 0x29 | 1 << 0x2E | 1 << 0x3F }
    /// Bits of lead bytes 0xC2, 0xCD, 0xD5, 0xD8, 0xDB, 0xE0–0xE3, 0xEF, counted from 0xC0.
    private static var leadMask: UInt64 { 1 << 2 | 1 << 13 | 1 << 21 | 1 << 24 | 1 << 27 | 0xF << 32 | 1 << 47 }

    /// The sentences: text between cuts, trimmed, empty pieces dropped.
    func spans() -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(cuts.count + 1)
        var start = 0
        for end in cuts + [count] where end > start {
            let trimmed = trim(start..<end)
            if !trimmed.isEmpty { result.append(trimmed) }
            start = end
        }
        return result
    }

    /// `range` without leading and trailing white space.
    func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let length = spaceLength(at: lower)
            if length == 0 { break }
            lower += length
        }
        while upper > lower {
            let length = spaceLength(before: upper)
            if length == 0 { break }
            upper -= length
        }
        return lower..<upper
    }
}
