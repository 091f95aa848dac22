import TextPipeCore

/// Finds the sentences of UTF-8 text: the language-independent core of `sentence_split`.
///
/// One pass over the bytes jumps from one interesting byte to the next (`.`, `!`, `?`, `)`, line breaks and
/// the lead bytes of non-ASCII punctuation); everything else is skipped with one table lookup. At each
/// candidate the scanner looks at the word before and the word after and decides whether a sentence ends
/// there (a *cut*); sentences are the text between cuts without surrounding white space.
struct SentenceScanner: Sendable {
    /// The abbreviations and sentence starters of the language.
    let rules: RuleTables
    /// What a single line break means.
    let newline: NewlineMode

    init(rules: LanguageRules, newline: NewlineMode) {
        self.rules = RuleTables(rules)
        self.newline = newline
    }

    /// The sentences of `bytes` as byte ranges, in order, without leading or trailing white space.
    func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var scan = Scan(bytes: bytes, rules: rules, newline: newline)
        scan.run()
        return scan.takeSpans()
    }
}

/// The state of one scan over one text.
struct Scan {
    /// The text and the rules; the questions about the text are asked through it (see ``ScanText``).
    let text: ScanText
    let newline: NewlineMode
    /// The text cut at the sentence ends found so far: contiguous pieces from 0 to ``lastCut``, ascending.
    /// They become the layer once trimmed (``takeSpans()``), so a document costs one allocation.
    var pieces: [TextRange] = []
    /// The last cut, or 0.
    private(set) var lastCut = 0
    /// Where the current line starts.
    var lineStart = 0
    /// The latest list item of each marker kind ("1.", "b)", "C."), to recognise the next item of a list.
    var lastListItems = LatestListItems()
    /// Whether the text's lines are hard-wrapped, worked out at the first single line break.
    var layout: LineLayout?

    init(bytes: UnsafeBufferPointer<UInt8>, rules: RuleTables, newline: NewlineMode) {
        self.text = ScanText(bytes: bytes, rules: rules)
        self.newline = newline
        pieces.reserveCapacity(bytes.count / 80 + 4)
    }

    var bytes: UnsafeBufferPointer<UInt8> { text.bytes }
    var count: Int { text.count }
    var rules: RuleTables { text.rules }

    /// Records a sentence end at `position`.
    @inline(__always)
    mutating func cut(at position: Int) {
        if position > lastCut {
            pieces.append(TextRange(start: lastCut, end: position))
            lastCut = position
        } else if position < lastCut {
            insertCut(position)
        }
    }

    /// Records a cut before the last one (rare: a period then an ellipsis, a list item found late) by splitting
    /// the piece it falls in; a position that is a cut already (a piece's start) changes nothing.
    private mutating func insertCut(_ position: Int) {
        guard let index = pieces.firstIndex(where: { $0.end > position }) else { return }
        let piece = pieces[index]
        guard position > piece.start else { return }
        pieces[index] = TextRange(start: piece.start, end: position)
        pieces.insert(TextRange(start: position, end: piece.end), at: index + 1)
    }

    /// Scans the whole text.
    mutating func run() {
        guard let base = bytes.baseAddress else { return }
        var i = 0
        while true {
            i = Self.nextCandidate(in: base, count: count, from: i)
            guard i < count else { return }
            let b = bytes[i]
            if !Self.isInteresting(b) {
                i += 1
                // Letters of other scripts: step over the rest of a run of non-ASCII bytes here rather than
                // testing the next 32 bytes again for each byte.
                if b >= 0x80 {
                    while i < count && bytes[i] >= 0x80 && !Self.isInteresting(bytes[i]) { i += 1 }
                }
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

    /// The first position at or after `i` whose byte may be interesting (see ``candidates(_:)``), or `count`.
    ///
    /// A static function over a pointer and a length held in registers: the loop runs for every byte of the
    /// text, 32 at a time, so it must not reload the scan's fields.
    @inline(__always)
    static func nextCandidate(in base: UnsafePointer<UInt8>, count: Int, from start: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        var i = start
        while i + 32 <= count {
            let (a, b) = candidates(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
            let (c, d) = candidates(raw.loadUnaligned(fromByteOffset: i + 16, as: SIMD16<UInt8>.self))
            if a | b | c | d == 0 {
                i += 32
                continue
            }
            if a != 0 { return i + a.trailingZeroBitCount >> 3 }
            if b != 0 { return i + 8 + b.trailingZeroBitCount >> 3 }
            if c != 0 { return i + 16 + c.trailingZeroBitCount >> 3 }
            return i + 24 + d.trailingZeroBitCount >> 3
        }
        if i + 16 <= count {
            let (a, b) = candidates(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
            if a != 0 { return i + a.trailingZeroBitCount >> 3 }
            if b != 0 { return i + 8 + b.trailingZeroBitCount >> 3 }
            i += 16
        }
        while i < count && !isInteresting(base[i]) { i += 1 }
        return i
    }

    /// Which of 16 bytes may be interesting, as two 64-bit masks (0xFF per candidate byte, in memory order).
    ///
    /// A superset of ``isInteresting(_:)``, tested with few vector operations since it runs over every byte:
    /// 0x00–0x0D and 0x80–0xFF (one wrapping compare), `!` and `)` (0x21, 0x29), and `.` `/` `>` `?` (0x2E,
    /// 0x2F, 0x3E, 0x3F). The rare extra bytes (tabs, control bytes, `/`, `>`, continuation bytes) are then
    /// dropped one by one.
    @inline(__always)
    static func candidates(_ v: SIMD16<UInt8>) -> (UInt64, UInt64) {
        let controlOrNonASCII = (v &- SIMD16<UInt8>(repeating: 0x0E)) .>= SIMD16<UInt8>(repeating: 0x72)
        let bangOrParen = (v & SIMD16<UInt8>(repeating: 0xF7)) .== SIMD16<UInt8>(repeating: 0x21)
        let periodOrQuestion = (v | SIMD16<UInt8>(repeating: 0x11)) .== SIMD16<UInt8>(repeating: 0x3F)
        let hits = controlOrNonASCII .| bangOrParen .| periodOrQuestion
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

    /// The sentences: the pieces and the rest of the text after the last cut, trimmed, empty ones dropped. Done
    /// in place in the pieces' array, which the scan gives up.
    mutating func takeSpans() -> [TextRange] {
        var result: [TextRange] = []
        swap(&result, &pieces)
        if count > lastCut { result.append(TextRange(start: lastCut, end: count)) }
        let text = self.text
        let written = result.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let out = buffer.baseAddress else { return 0 }
            var written = 0
            for index in 0..<buffer.count {
                let trimmed = text.trim(out[index].range)
                if !trimmed.isEmpty {
                    out[written] = TextRange(trimmed)
                    written &+= 1
                }
            }
            return written
        }
        result.removeLast(result.count - written)
        return result
    }
}

extension ScanText {
    /// `range` without leading and trailing white space.
    @inline(__always)
    func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let b = bytes[lower]
            if b == 0x20 || (b &- 0x09) < 5 {
                lower += 1
                continue
            }
            if b < 0xC2 { break }
            let length = spaceLength(at: lower)
            if length == 0 { break }
            lower += length
        }
        while upper > lower {
            let b = bytes[upper - 1]
            if b == 0x20 || (b &- 0x09) < 5 {
                upper -= 1
                continue
            }
            if b < 0x80 { break }
            let length = spaceLength(before: upper)
            if length == 0 { break }
            upper -= length
        }
        return lower..<upper
    }
}

/// The latest list item of each marker kind ("1.", "b)", "C."), to recognise the next item of a list. Three
/// fields rather than an array: a scan is made per document, and an array would be an allocation each time.
struct LatestListItems {
    private var number: ListMarker?
    private var lowerLetter: ListMarker?
    private var upperLetter: ListMarker?

    subscript(kind: ListMarker.Kind) -> ListMarker? {
        get {
            switch kind {
            case .number: number
            case .lowerLetter: lowerLetter
            case .upperLetter: upperLetter
            }
        }
        set {
            switch kind {
            case .number: number = newValue
            case .lowerLetter: lowerLetter = newValue
            case .upperLetter: upperLetter = newValue
            }
        }
    }
}
