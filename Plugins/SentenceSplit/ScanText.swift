import TextPipeText

/// The text of one scan and the language's rules: everything the scanner reads but never changes.
///
/// The questions about the text ("where does this word start?", "is this an abbreviation?") are methods of this
/// small struct rather than of ``Scan``: a non-mutating method called from a mutating one of a large struct gets
/// a copy of the whole struct at every call, and those calls happen at every period. Three words (a pointer, a
/// length and a reference) are passed in registers instead.
struct ScanText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The language's word tables.
    let rules: RuleTables

    var count: Int { bytes.count }
}

/// Reading white space, words and scalar classes around a position.
extension ScanText {
    /// The class and byte length of the scalar at `i`.
    @inline(__always)
    func charClass(at i: Int) -> (CharClass, Int) {
        let b = bytes[i]
        if b < 0x80 { return (CharClass.of(ascii: b), 1) }
        let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
        return (CharClass.nonASCII(scalar), length)
    }

    /// The byte length of the white-space scalar at `i`, or 0 when there is none.
    @inline(__always)
    func spaceLength(at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || (b &- 0x09) < 5 { return 1 }
        if b < 0xC2 { return 0 }
        let (c, length) = charClass(at: i)
        return c.contains(.space) || c.contains(.lineBreak) ? length : 0
    }

    /// The byte length of the white-space scalar that ends at `i`, or 0 when there is none.
    @inline(__always)
    func spaceLength(before i: Int) -> Int {
        let b = bytes[i - 1]
        if b == 0x20 || (b &- 0x09) < 5 { return 1 }
        if b < 0x80 { return 0 }
        let (scalar, length) = UTF8Scalars.decode(bytes, before: i)
        let c = CharClass.of(scalar)
        return c.contains(.space) || c.contains(.lineBreak) ? length : 0
    }

    /// Skips white space from `i`: the first position after it and how many line breaks it holds (a paragraph
    /// separator counts two).
    @inline(__always)
    func skipSpaces(from i: Int) -> (end: Int, breaks: Int) {
        var j = i
        var breaks = 0
        while j < count {
            let b = bytes[j]
            if b == 0x0A {
                breaks += 1
                j += 1
            } else if b == 0x0D {
                if j + 1 >= count || bytes[j + 1] != 0x0A { breaks += 1 }
                j += 1
            } else if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C {
                j += 1
            } else if b >= 0xC2, let space = nonASCIISpace(at: j) {
                breaks += space.breaks
                j += space.length
            } else {
                break
            }
        }
        return (j, breaks)
    }

    /// The byte length of the non-ASCII white-space scalar at `j` and the line breaks it counts as (a paragraph
    /// separator two), or `nil` when the scalar there is no white space. Kept out of line: it is rare.
    @inline(never)
    func nonASCIISpace(at j: Int) -> (length: Int, breaks: Int)? {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: j)
        if scalar == "\u{2029}" { return (length, 2) }
        if scalar == "\u{2028}" || scalar == "\u{85}" { return (length, 1) }
        return CharClass.nonASCII(scalar).contains(.space) ? (length, 0) : nil
    }

    /// The start of the run of non-space bytes that ends at `p`, not before `floor` (the last cut).
    @inline(__always)
    func chunkStart(before p: Int, floor: Int) -> Int {
        var j = p
        while j > floor {
            if j - 8 >= floor, let base = bytes.baseAddress {
                // Eight bytes at a time: skip them when none is white space, a control byte or non-ASCII.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + j - 8).loadUnaligned(as: UInt64.self))
                let stops = Self.spaceOrNonASCII(word)
                if stops == 0 {
                    j -= 8
                    continue
                }
                // Go to just after the last such byte; the bytes after it are ASCII non-space.
                j = j - 8 + (63 - stops.leadingZeroBitCount) >> 3 + 1
            }
            let b = bytes[j - 1]
            if b < 0x80 {
                if b == 0x20 || (b &- 0x09) < 5 { break }
            } else if spaceLength(before: j) > 0 {
                break
            }
            j -= 1
        }
        return j
    }

    /// The high bit of each byte of `word` that is at most 0x20 (white space and control bytes) or not ASCII.
    @inline(__always)
    static func spaceOrNonASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // High bit set when a byte's low seven bits are at least 0x21; no byte carries into the next.
        let printable = (word & (0x7F &* ones)) &+ (0x80 - 0x21) &* ones
        return (~printable | word) & (0x80 &* ones)
    }

    /// The start of the word in `start..<p` once opening quotes and brackets are skipped.
    @inline(__always)
    func wordStart(from start: Int, to p: Int) -> Int {
        var j = start
        while j < p {
            if bytes[j].isASCIIAlphanumeric { break }  // most words start with a letter
            let (c, length) = charClass(at: j)
            guard c.contains(.openQuote) || c.contains(.openBracket) || c.contains(.dash) || c.contains(.bullet) else {
                break
            }
            j += length
        }
        return j
    }

    /// The end of the run of non-space bytes that starts at or before `i`.
    func chunkEnd(from i: Int) -> Int {
        var j = i
        while j < count && spaceLength(at: j) == 0 { j += 1 }
        return j
    }

    /// The word that starts at `k`, after any opening quotes or brackets.
    @inline(__always)
    func nextWord(at k: Int) -> NextWord {
        var w = k
        var opened = false
        while w < count {
            if bytes[w].isASCIIAlphanumeric { break }  // most words start with a letter
            let (c, length) = charClass(at: w)
            guard c.contains(.openQuote) || c.contains(.openBracket) else { break }
            opened = true
            w += length
        }
        guard w < count else { return NextWord(start: w, first: [], opened: opened) }
        return NextWord(start: w, first: charClass(at: w).0, opened: opened)
    }

    /// The end of the word that starts at `start`: letters and marks, joined across inner apostrophes. Only
    /// needed for the few checks that look the word up, so `nextWord(at:)` does not compute it.
    func wordEnd(from start: Int) -> Int {
        var end = start
        while end < count {
            if bytes[end].isASCIILetter {
                end += 1
                continue
            }
            let (c, length) = charClass(at: end)
            if c.contains(.letter) || c.contains(.mark) {
                end += length
            } else if end > start, c.contains(.apostrophe), end + length < count,
                charClass(at: end + length).0.contains(.letter)
            {
                end += length
            } else {
                break
            }
        }
        return end
    }

    /// Whether `range` is a word that typically starts a sentence, capitalised ("The", "However").
    func isStarter(_ word: NextWord) -> Bool {
        guard word.first.contains(.upper) else { return false }
        let wordEnd = wordEnd(from: word.start)
        guard let key = WordKey(bytes, word.start..<wordEnd) else { return false }
        if rules.starters.contains(key) { return true }
        // "I've", "We’d": the part before an apostrophe.
        var end = word.start
        while end < wordEnd && (bytes[end].isASCIILetter || bytes[end] >= 0xC0 && !isApostrophe(at: end)) {
            end += bytes[end] < 0x80 ? 1 : UTF8Scalars.decode(bytes, at: end).length
        }
        guard end < wordEnd, let stem = WordKey(bytes, word.start..<end) else { return false }
        return rules.starters.contains(stem)
    }

    /// Whether an apostrophe (`'` or `’`) starts at `i`.
    func isApostrophe(at i: Int) -> Bool {
        bytes[i] == UInt8(ascii: "'")
            || (i + 2 < count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
    }

    /// The abbreviation kind of the word in `range`, if it is one: a listed abbreviation, an initialism
    /// ("U.S", "a.m") or a single capital letter (an initial).
    @inline(__always)
    func abbreviationKind(_ range: Range<Int>) -> LanguageRules.AbbreviationKind? {
        guard !range.isEmpty else { return nil }
        // A single capital is an initial ("Jonathan M. Stan"), whatever lower-case abbreviation it spells.
        if range.count == 1 && bytes[range.lowerBound].isASCIIUpper { return .ambiguous }
        if range.count <= rules.longestAbbreviation, let key = WordKey(bytes, range),
            let kind = rules.abbreviations[key]
        {
            return kind
        }
        if range.count == 1 { return nil }
        return isInitialism(range) ? .ambiguous : nil
    }

    /// Whether `range` is single letters joined by periods: "U.S", "e.u", "U.S.A".
    func isInitialism(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count % 2 == 1 else { return false }
        var i = range.lowerBound
        while i < range.upperBound {
            guard bytes[i].isASCIILetter else { return false }
            if i + 1 < range.upperBound && bytes[i + 1] != UInt8(ascii: ".") { return false }
            i += 2
        }
        return true
    }
}

/// The word after a candidate sentence end.
struct NextWord {
    /// Where the word starts, after opening quotes and brackets.
    var start: Int
    /// The class of its first scalar; empty at the end of the text.
    var first: CharClass
    /// Whether opening quotes or brackets came before it.
    var opened: Bool

    var isLower: Bool { first.contains(.lower) }
    var isUpper: Bool { first.contains(.upper) }
}
