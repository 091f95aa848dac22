/// The word and number tokens of the text the summariser measures, each with its term key and what the sentence
/// walk reads from it, found in one loop before the sentences are walked.
///
/// Scanning and keying in a loop of their own keeps that loop's state in registers: done inside the sentence walk,
/// callgrind showed a third of the walk's instructions moving values to and from the stack. Made per document and
/// freed with it; noncopyable, so the storage has one owner.
struct ScannedTokens: ~Copyable {
    /// Bits of ``flags``.
    enum Flag {
        /// Starts with a digit (the tokenizer's `.number`).
        static let isNumber: UInt8 = 1 << 0
        /// A word whose first letter is upper case.
        static let isCapitalised: UInt8 = 1 << 1
        /// Only ASCII letters (see ``TermToken/isPlainLetters``).
        static let isPlainLetters: UInt8 = 1 << 2
        /// Its first two bytes start some cue phrase (see ``CuePhraseScanner/startsPhrasePair(_:at:)``).
        static let startsPhrasePair: UInt8 = 1 << 4
        /// The byte before it is an ASCII letter.
        static let followsLetter: UInt8 = 1 << 5
    }

    private(set) var starts: UnsafeMutablePointer<Int>
    private(set) var ends: UnsafeMutablePointer<Int>
    private(set) var flags: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    /// The tokens that stand for terms (not stop words, not single letters), in text order: where each starts and
    /// its term key. A list of their own, so walking a sentence's terms takes no branch per token on whether it is
    /// one (a coin toss in running text).
    private(set) var termStarts: UnsafeMutablePointer<Int>
    private(set) var termKeys: UnsafeMutablePointer<UInt64>
    private(set) var termCount = 0
    private var capacity: Int

    /// The tokens of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, stopWords: WordHashSet, cuePhrases: CuePhraseScanner) {
        // News text has a token every six bytes or so; the storage grows when a text has more.
        capacity = bytes.count / 4 + 16
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        flags = .allocate(capacity: capacity)
        termStarts = .allocate(capacity: capacity)
        termKeys = .allocate(capacity: capacity)
        var scanner = TermTokenScanner(bytes, tables: .shared)
        // Locals, not the stored properties: the loop keeps them in registers.
        var starts = starts
        var ends = ends
        var flags = flags
        var termStarts = termStarts
        var termKeys = termKeys
        var count = 0
        var termCount = 0
        while let token = scanner.next() {
            if count == capacity {
                grow(keepingTokens: count, terms: termCount)
                starts = self.starts
                ends = self.ends
                flags = self.flags
                termStarts = self.termStarts
                termKeys = self.termKeys
            }
            // Bits from the truth values as numbers: the optimiser made branches of `if`s here, and whether a word is
            // capitalised is hard to predict.
            var flag = Self.bit(token.isNumber) | Self.bit(token.isCapitalised) &<< 1
            flag |= Self.bit(token.isPlainLetters) &<< 2
            flag |= Self.bit(cuePhrases.startsPhrasePair(bytes, at: token.start)) &<< 4
            if token.start > 0, (bytes[token.start &- 1] | 0x20) &- 0x61 < 26 { flag |= Flag.followsLetter }
            // Written whether or not the token is a term, kept only if it is: no branch on it.
            let key = Self.termKey(bytes, token, stopWords: stopWords)
            termStarts[termCount] = token.start
            termKeys[termCount] = key ?? 0
            termCount &+= key == nil ? 0 : 1
            starts[count] = token.start
            ends[count] = token.end
            flags[count] = flag
            count &+= 1
        }
        self.count = count
        self.termCount = termCount
    }

    /// 1 for `true`, 0 for `false`.
    @inline(__always)
    private static func bit(_ value: Bool) -> UInt8 { unsafeBitCast(value, to: UInt8.self) }

    deinit {
        starts.deallocate()
        ends.deallocate()
        flags.deallocate()
        termStarts.deallocate()
        termKeys.deallocate()
    }

    /// Doubles the storage, keeping the first `tokens` tokens and `terms` terms.
    @inline(never)
    private mutating func grow(keepingTokens tokens: Int, terms: Int) {
        capacity *= 2
        func moved<T>(_ old: UnsafeMutablePointer<T>, _ kept: Int) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
            new.moveInitialize(from: old, count: kept)
            old.deallocate()
            return new
        }
        starts = moved(starts, tokens)
        ends = moved(ends, tokens)
        flags = moved(flags, tokens)
        termStarts = moved(termStarts, terms)
        termKeys = moved(termKeys, terms)
    }

    /// The term a token stands for, or `nil` for stop words and single letters.
    ///
    /// `@_transparent` because the optimiser did not honour `@inline(__always)` inside the large measuring loop:
    /// callgrind showed a call per token, about a tenth of the stage.
    @_transparent
    static func termKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TermToken, stopWords: WordHashSet) -> UInt64? {
        let short = token.lowercasedShortWord
        if short != 0 {
            // Two to seven ASCII letters and digits, starting with a letter: no possessive, no number.
            let length = token.end &- token.start
            // The word is its own key, and its stem's once the ending is masked off.
            if length <= stopWords.longestWord, stopWords.contains(short) { return nil }
            return TermKey.of(block: short, count: length &- WordEndings.shortStemCut(short, length: length))
        }
        // The possessive adds nothing: "Russia's" and "Russia’s" are "Russia".
        let end =
            token.end
            &- WordEndings.possessiveLength(
                tail: WordEndings.tail(bytes, end: token.end), length: token.end &- token.start)
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
