/// The word and number tokens of the text the summariser measures, with what the sentence walk reads from them,
/// found in one loop before the sentences are walked.
///
/// Scanning and keying in a loop of their own keeps that loop's state in registers: done inside the sentence walk,
/// callgrind showed a third of the walk's instructions moving values to and from the stack. The walk reads a
/// sentence's counts as differences of running totals and visits only the tokens that may hold a cue phrase, so it
/// takes no step per token beyond finding where the sentence's tokens end. Made per document and freed with it;
/// noncopyable, so the storage has one owner. Offsets are 32-bit: the caller measures at most
/// ``maximumTextLength`` bytes.
struct ScannedTokens: ~Copyable {
    /// One token and the running totals before it.
    struct Record {
        var start: Int32
        var end: Int32
        /// Terms among the tokens before this one: a sentence's terms are ``termKeys`` from its first token's
        /// value to the value after its last token.
        var termsBefore: Int32
        /// Number tokens among the tokens before this one.
        var numbersBefore: Int32
        /// Capitalised words among the tokens before this one.
        var capitalisedBefore: Int32
    }

    /// Bits of a ``cueTokens`` entry, below the token's index.
    enum CueFlag {
        /// A cue phrase that starts with a letter may start where it does (see
        /// ``CuePhraseScanner/mayStartWordPhrase(_:at:)``).
        static let startsPhrasePair = 1 << 0
        /// Not only ASCII letters (see ``TermToken/isPlainLetters``): a cue phrase may start inside it.
        static let hasInnerStarts = 1 << 1
        /// How far the token's index is shifted up.
        static let shift = 2
    }

    /// The longest text the 32-bit offsets hold.
    static let maximumTextLength = Int(Int32.max) - 16

    /// ``count`` records and one more after the last token, holding the totals over all of them.
    private(set) var records: UnsafeMutablePointer<Record>
    private(set) var count = 0
    /// The term keys of the tokens that stand for terms (not stop words, not single letters), in text order.
    private(set) var termKeys: UnsafeMutablePointer<UInt64>
    private(set) var termCount = 0
    /// The tokens where a cue phrase may start, in text order: index << ``CueFlag/shift`` | ``CueFlag`` bits.
    /// Few: the screen lets through about one word in a hundred besides those with a phrase, plus the tokens that
    /// are more than ASCII letters; the walk skips the rest without looking at them.
    private(set) var cueTokens: UnsafeMutablePointer<Int>
    private(set) var cueCount = 0
    private var capacity: Int

    /// What kind of token a token is, kept in ``Record/termsBefore`` between the two passes of `init`: a number, or
    /// a word of ASCII letters only (which has no possessive ending).
    private static let numberMark: Int32 = 1
    private static let lettersMark: Int32 = 2

    /// The tokens of `bytes` (at most ``maximumTextLength`` of them).
    ///
    /// Two passes, each with few enough values to keep them in registers: done in one loop, its two dozen values
    /// did not fit and callgrind showed a fifth of its instructions moving them to and from the stack. The first
    /// finds the tokens, the running totals and the tokens that may hold a cue phrase, with a token's kind in
    /// ``Record/termsBefore`` and a short word's lower-cased bytes in ``termKeys`` at the token's index for now; the
    /// second the term keys, packed into ``termKeys`` in place (a token's term goes no further than its own index).
    init(_ bytes: UnsafeBufferPointer<UInt8>, stopWords: WordHashSet, cuePhrases: CuePhraseScanner) {
        precondition(bytes.count <= Self.maximumTextLength, "the summariser measures at most 2 GiB of text")
        // News text has a token every six bytes or so; the storage grows when a text has more.
        capacity = bytes.count / 4 + 16
        (records, termKeys, cueTokens) = Self.allocateStorage(capacity: capacity)
        findTokens(bytes, tables: .shared, cuePhrases: cuePhrases)
        WordEndings.shortStemCuts.withUnsafeBufferPointer { stemCuts in
            keyTerms(bytes, stopWords: stopWords, stemCuts: stemCuts.baseAddress!)
        }
    }

    /// The first pass: every token's start and end, the running totals before it, the tokens that may hold a cue
    /// phrase, whether a token is a number and a short word's lower-cased bytes.
    ///
    /// Words of ASCII letters ended by a space or punctuation (most tokens) are read here, as ``TermTokenScanner``
    /// reads them, with the loop's state in registers; the scanner reads every other token by all the rules.
    private mutating func findTokens(
        _ bytes: UnsafeBufferPointer<UInt8>, tables: ScannerTables, cuePhrases: CuePhraseScanner
    ) {
        let n = bytes.count
        var scanner = TermTokenScanner(bytes, tables: tables)
        // Locals, not the stored properties: the loop keeps them in registers.
        var records = records
        var words = termKeys
        var cueTokens = cueTokens
        var capacity = capacity
        var count = 0
        var cueCount = 0
        var numbers: Int32 = 0
        var capitalised: Int32 = 0
        if let base = bytes.baseAddress {
            tables.endsLetterRun.withUnsafeBufferPointer { endsLetterRun in
                var i = 0
                while i < n {
                    let b = base[i]
                    if (b | 0x20) &- 0x61 < 26 {
                        if count < capacity, i &+ 8 <= n {
                            // The first eight bytes are read once: for the word's end, its lower-cased form and the
                            // cue-phrase screen.
                            let bits = Self.load(base, at: i)
                            let letters = ByteBlock(bits: bits).letters
                            let others = ~letters & ByteBlock.first(8)
                            let below = (others & (0 &- others)) &- 1
                            // Letters past the first eight: the end of a longer word, if it comes soon enough.
                            let end =
                                others != 0
                                ? i &+ ByteBlock.firstOffset(others) : Self.endOfLetters(base, from: i &+ 8, count: n)
                            let ender = base[end]
                            // A byte that ends a run of letters, or a dot after two letters or more, ends the word
                            // (as the scanner's rules have it), and no token starts at it.
                            if end != i,
                                endsLetterRun[Int(ender)] != 0 || (ender == UInt8(ascii: ".") && end &- i >= 2)
                            {
                                records[count] = Record(
                                    start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: end),
                                    termsBefore: Self.lettersMark, numbersBefore: numbers,
                                    capitalisedBefore: capitalised)
                                capitalised &+= Int32(truncatingIfNeeded: Self.bit(b < 0x61))
                                // Two to seven letters: lower-cased (bit 7 of a letter shifted down to bit 5), zeros
                                // above (`below >> 7` keeps the word's bytes). Else 0.
                                let isShort = UInt(bitPattern: end &- i &- 2) < 6
                                words[count] = isShort ? (bits | letters &>> 2) & (below &>> 7) : 0
                                // Only ASCII letters: no cue phrase starts inside it. Written whether or not one may
                                // start at it, kept only if it may: no branch on it.
                                let cue = Self.bit(cuePhrases.mayStartWordPhrase(head: bits))
                                cueTokens[cueCount] = count &<< CueFlag.shift | cue
                                cueCount &+= cue
                                count &+= 1
                                i = end &+ 1
                                continue
                            }
                        }
                    } else if b &- 0x30 >= 10, b < 0x80 {
                        i &+= 1
                        continue
                    }
                    guard let token = scanner.next(from: i) else { break }
                    i = scanner.position
                    if count == capacity {
                        grow(keepingTokens: count, terms: count, cues: cueCount)
                        (records, words, cueTokens, capacity) = (self.records, termKeys, self.cueTokens, self.capacity)
                    }
                    records[count] = Record(
                        start: Int32(truncatingIfNeeded: token.start), end: Int32(truncatingIfNeeded: token.end),
                        termsBefore: token.isNumber ? Self.numberMark : 0, numbersBefore: numbers,
                        capitalisedBefore: capitalised)
                    numbers &+= Int32(truncatingIfNeeded: Self.bit(token.isNumber))
                    capitalised &+= Int32(truncatingIfNeeded: Self.bit(token.isCapitalised))
                    words[count] = token.lowercasedShortWord
                    let cue =
                        Self.bit(cuePhrases.mayStartWordPhrase(bytes, at: token.start))
                        | Self.bit(!token.isPlainLetters) &<< 1
                    if cue != 0 {
                        cueTokens[cueCount] = count &<< CueFlag.shift | cue
                        cueCount &+= 1
                    }
                    count &+= 1
                }
            }
        }
        records[count] = Record(
            start: Int32(truncatingIfNeeded: n), end: Int32(truncatingIfNeeded: n), termsBefore: 0,
            numbersBefore: numbers, capitalisedBefore: capitalised)
        self.count = count
        self.cueCount = cueCount
    }

    /// Where the run of ASCII letters that goes on at `start` ends, if within 16 bytes and with eight bytes left to
    /// read from there; else `start - 8`, where the run begins (the caller takes that as no end found).
    @inline(__always)
    private static func endOfLetters(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        for _ in 0..<2 {
            guard index &+ 8 <= count else { break }
            let others = ~ByteBlock(bits: load(base, at: index)).letters & ByteBlock.first(8)
            if others != 0 { return index &+ ByteBlock.firstOffset(others) }
            index &+= 8
        }
        return start &- 8
    }

    /// The eight bytes at `index`, the first lowest.
    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// The second pass: each term's key, and the running total of terms.
    private mutating func keyTerms(
        _ bytes: UnsafeBufferPointer<UInt8>, stopWords: WordHashSet, stemCuts: UnsafePointer<UInt8>
    ) {
        let records = records
        let keys = termKeys
        var termCount = 0
        for index in 0..<count {
            let record = records[index]
            records[index].termsBefore = Int32(truncatingIfNeeded: termCount)
            let token = TermToken(
                start: Int(record.start), end: Int(record.end), isNumber: record.termsBefore == Self.numberMark,
                isCapitalised: false, mayHavePossessive: record.termsBefore != Self.lettersMark,
                lowercasedShortWord: keys[index])
            // Written whether or not the token is a term, kept only if it is: no branch on it.
            let key = Self.termKey(bytes, token, stopWords: stopWords, stemCuts: stemCuts)
            keys[termCount] = key ?? 0
            termCount &+= key == nil ? 0 : 1
        }
        records[count].termsBefore = Int32(truncatingIfNeeded: termCount)
        self.termCount = termCount
    }

    /// 1 for `true`, 0 for `false`.
    @inline(__always)
    private static func bit(_ value: Bool) -> Int { Int(unsafeBitCast(value, to: UInt8.self)) }

    deinit {
        records.deallocate()
    }

    /// The three lists in one allocation (a heap allocation costs hundreds of instructions): ``records`` first,
    /// where the block starts, so deallocating `records` frees all three.
    private static func allocateStorage(capacity: Int) -> (
        UnsafeMutablePointer<Record>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int>
    ) {
        let recordBytes = (capacity &+ 1) &* MemoryLayout<Record>.stride
        let keyOffset = (recordBytes &+ 7) & ~7
        let cueOffset = keyOffset &+ capacity &* MemoryLayout<UInt64>.stride
        let block = UnsafeMutableRawPointer.allocate(
            byteCount: cueOffset &+ capacity &* MemoryLayout<Int>.stride, alignment: 8)
        return (
            block.bindMemory(to: Record.self, capacity: capacity &+ 1),
            (block + keyOffset).bindMemory(to: UInt64.self, capacity: capacity),
            (block + cueOffset).bindMemory(to: Int.self, capacity: capacity)
        )
    }

    /// Where token `index` starts.
    @inline(__always)
    func start(_ index: Int) -> Int { Int(records[index].start) }

    /// Where token `index` ends.
    @inline(__always)
    func end(_ index: Int) -> Int { Int(records[index].end) }

    /// Doubles the storage, keeping the first `tokens` tokens, `terms` terms and `cues` cue tokens.
    @inline(never)
    private mutating func grow(keepingTokens tokens: Int, terms: Int, cues: Int) {
        capacity *= 2
        let (newRecords, newKeys, newCues) = Self.allocateStorage(capacity: capacity)
        newRecords.moveInitialize(from: records, count: tokens)
        newKeys.moveInitialize(from: termKeys, count: terms)
        newCues.moveInitialize(from: cueTokens, count: cues)
        records.deallocate()
        (records, termKeys, cueTokens) = (newRecords, newKeys, newCues)
    }

    /// The term a token stands for, or `nil` for stop words and single letters.
    ///
    /// `@_transparent` because the optimiser did not honour `@inline(__always)` inside the large measuring loop:
    /// callgrind showed a call per token, about a tenth of the stage.
    @_transparent
    static func termKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TermToken, stopWords: WordHashSet) -> UInt64? {
        WordEndings.shortStemCuts.withUnsafeBufferPointer {
            termKey(bytes, token, stopWords: stopWords, stemCuts: $0.baseAddress!)
        }
    }

    /// ``termKey(_:_:stopWords:)`` with ``WordEndings/shortStemCuts`` loaded by the caller.
    @_transparent
    static func termKey(
        _ bytes: UnsafeBufferPointer<UInt8>, _ token: TermToken, stopWords: WordHashSet,
        stemCuts: UnsafePointer<UInt8>
    ) -> UInt64? {
        let short = token.lowercasedShortWord
        if short != 0 {
            // Two to seven ASCII letters and digits, starting with a letter: no possessive, no number.
            let length = token.end &- token.start
            // The word is its own key, and its stem's once the ending is masked off.
            if length <= stopWords.longestWord, stopWords.contains(short) { return nil }
            return TermKey.of(
                block: short, count: length &- WordEndings.shortStemCut(short, length: length, cuts: stemCuts))
        }
        // The possessive adds nothing: "Russia's" and "Russia’s" are "Russia".
        let end =
            token.mayHavePossessive
            ? token.end
                &- WordEndings.possessiveLength(
                    tail: WordEndings.tail(bytes, end: token.end), length: token.end &- token.start)
            : token.end
        let length = end &- token.start
        guard length > 1 else { return nil }
        // Most words fit one block of eight bytes: load it once for the word's hash and its stem's.
        guard length <= 8, token.start &+ 8 <= bytes.count else {
            return longTermKey(bytes, token.start..<end, isNumber: token.isNumber, stopWords: stopWords)
        }
        let block = WordHash.lowercased(ByteBlock(bytes, at: token.start).bits)
        let word = TermKey.of(block: block, count: length)
        if token.isNumber { return word }
        if length <= stopWords.longestWord, stopWords.contains(word) { return nil }
        // A word without an ending has `word` as its key again: cheaper than a branch that often mispredicts.
        return TermKey.of(block: block, count: WordEndings.stemLength(block: block, length: length))
    }

    /// ``termKey(_:_:stopWords:)`` for a word of more than eight bytes, or one near the end of the text.
    @inline(never)
    private static func longTermKey(
        _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, isNumber: Bool, stopWords: WordHashSet
    ) -> UInt64? {
        // Up to sixteen bytes: two blocks, each loaded once.
        if word.count <= 16, word.lowerBound &+ 16 <= bytes.count {
            let first = WordHash.lowercased(ByteBlock(bytes, at: word.lowerBound).bits)
            let second = WordHash.lowercased(ByteBlock(bytes, at: word.lowerBound &+ 8).bits)
            let whole = TermKey.of(first: first, second: second, count: word.count)
            if isNumber { return whole }
            if word.count <= stopWords.longestWord, stopWords.contains(whole) { return nil }
            let stem = stemLength(bytes, word)
            if stem == word.count { return whole }
            return stem <= 8
                ? TermKey.of(block: first, count: stem) : TermKey.of(first: first, second: second, count: stem)
        }
        if isNumber { return TermKey.of(bytes, word) }
        if word.count <= stopWords.longestWord, stopWords.contains(TermKey.of(bytes, word)) { return nil }
        return TermKey.of(bytes, word.lowerBound..<(word.lowerBound &+ stemLength(bytes, word)))
    }

    /// The length of a word without a plural or verb ending ("killed" -> "kill", "talks" -> "talk").
    @inline(__always)
    private static func stemLength(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int {
        let length = word.count
        @inline(__always) func back(_ offset: Int) -> UInt8 { bytes[word.upperBound - offset] | 0x20 }
        if length > 6, back(3) == UInt8(ascii: "i"), back(2) == UInt8(ascii: "n"), back(1) == UInt8(ascii: "g") {
            return length - 3
        }
        if length > 5, back(2) == UInt8(ascii: "e"), back(1) == UInt8(ascii: "d") || back(1) == UInt8(ascii: "s") {
            return length - 2
        }
        if length > 4, back(1) == UInt8(ascii: "s") { return length - 1 }
        return length
    }
}

/// The tokens of a text as spans, for searches in part of it: every ASCII letter of the text is inside exactly one
/// token, so runs of letters need only be looked for inside tokens.
struct TokenSpans {
    let records: UnsafeMutablePointer<ScannedTokens.Record>
    let count: Int

    /// Calls `body` with each token that overlaps `range`, clipped to it and at least `minimumLength` bytes long,
    /// until `body` returns `true`; returns whether it did. `hint` is where the tokens starting in `range` may begin
    /// (it is checked).
    @inline(__always)
    func contains(
        in range: Range<Int>, minimumLength: Int, hint: Int, where body: (Range<Int>) -> Bool
    ) -> Bool {
        @inline(__always) func start(_ index: Int) -> Int { Int(records[index].start) }
        // The first token that starts in or after the range.
        var first = hint
        if !(first >= 0 && first <= count && (first == count || start(first) >= range.lowerBound)
            && (first == 0 || start(first &- 1) < range.lowerBound))
        {
            var low = 0
            var high = count
            while low < high {
                let middle = (low &+ high) >> 1
                if start(middle) < range.lowerBound { low = middle &+ 1 } else { high = middle }
            }
            first = low
        }
        // The token before may run into the range.
        if first > 0 {
            let end = min(Int(records[first &- 1].end), range.upperBound)
            if end &- range.lowerBound >= minimumLength, body(range.lowerBound..<end) { return true }
        }
        var index = first
        while index < count, start(index) < range.upperBound {
            let end = min(Int(records[index].end), range.upperBound)
            if end &- start(index) >= minimumLength, body(start(index)..<end) { return true }
            index &+= 1
        }
        return false
    }
}
