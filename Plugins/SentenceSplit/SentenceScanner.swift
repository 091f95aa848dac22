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
    /// List markers seen so far ("1.", "b)"), to recognise the next item of a list.
    var listMarkers: [ListMarker] = []
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
        Self.interesting.withUnsafeBufferPointer { interesting in
            var i = 0
            while i < count {
                let b = bytes[i]
                if !interesting[Int(b)] {
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
    }

    /// Bytes the main loop stops at.
    static let interesting: [Bool] = (0..<256).map { value in
        switch UInt8(value) {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), 0x0A, 0x0D: return true
        // Lead bytes of the non-ASCII punctuation, spaces and line separators the scanner handles.
        case 0xC2, 0xCD, 0xD5, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF: return true
        default: return false
        }
    }

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
