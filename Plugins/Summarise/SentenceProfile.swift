import TextPipeCore

/// What the summariser measured in one sentence.
struct SentenceProfile: Sendable {
    /// Word and number tokens.
    var words = 0
    /// Word tokens (with letters).
    var letterWords = 0
    /// Capitalised tokens after the first one: a stand-in for names when no `entities` layer exists.
    var capitalised = 0
    /// Number tokens: a stand-in for figures when no `numbers` layer exists.
    var numbers = 0
    /// Where the sentence's term counts are in ``DocumentProfile/terms`` and ``DocumentProfile/counts``.
    var terms: Range<Int> = 0..<0
    /// The Euclidean norm of the term counts.
    var norm = 0.0
    var traits: SentenceTraits = []
    /// The position among the body's sentences: headlines, datelines, bylines and credits before it don't count.
    var bodyRank = 0

    /// Too few words to be a sentence: a timestamp, a label, a stray credit.
    var isFragment: Bool { letterWords < 4 }
}

/// The sentences of a document as the summariser sees them: measurements, traits and sparse term vectors.
///
/// Terms are content words (stop words left out), lower-cased with a light suffix stripping, numbered in order
/// of first appearance. Each sentence's vector is a sorted run of (term, count) pairs in two flat arrays.
struct DocumentProfile: Sendable {
    var sentences: [SentenceProfile] = []
    /// Term numbers, sentence after sentence, sorted within each sentence.
    var terms: [Int32] = []
    /// The count of the term at the same position in ``terms``.
    var counts: [Double] = []
    /// How many distinct terms the document has.
    var termCount = 0

    /// Measures the first `limit` sentences of `text`.
    init(text: String, sentences ranges: [TextRange], limit: Int) {
        let considered = min(ranges.count, limit)
        guard considered > 0 else { return }
        sentences.reserveCapacity(considered)
        let end = ranges[considered - 1].end
        var text = text
        text.withUTF8 { buffer in
            let prefix = UnsafeBufferPointer(rebasing: buffer[0..<min(end, buffer.count)])
            measure(prefix, ranges[0..<considered])
        }
    }

    private mutating func measure(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: ArraySlice<TextRange>) {
        // Everything the loop reads is loaded here once: a static's lazy-initialisation check per token adds up.
        let stopWords = SummaryWordLists.stopWords
        let lists = TraitLists()
        var scanner = TermTokenScanner(bytes, tables: .shared)
        var termNumbers = TermNumbering(expected: bytes.count / 10)
        // Tokens are at least one byte apart, so no sentence and no document has more than this many terms.
        let capacity = bytes.count / 2 + 8
        let sentenceTerms = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let newTerms = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let allTerms = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let allCounts = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        defer {
            sentenceTerms.deallocate()
            newTerms.deallocate()
            allTerms.deallocate()
            allCounts.deallocate()
        }
        var stored = 0
        var bodyRank = 0
        // Tokens are found over the whole text, not sentence by sentence, so a token that runs past a sentence's
        // end is still one token; each belongs to the sentence it starts in.
        var pending = scanner.next()
        // Where the last token read so far ends: a sentence that starts before it starts inside a word.
        var tokenEnd = 0
        let cuePhrases = lists.cuePhrases
        for range in ranges {
            var current = SentenceProfile()
            var firstWord: Range<Int>?
            var lastWord: Range<Int>?
            // Terms the document has seen before (and repeats) go to `sentenceTerms`, terms first numbered here to
            // `newTerms`: numbers are given in order, so those are already sorted and above every earlier number.
            var found = 0
            var fresh = 0
            let sentence = min(range.start, bytes.count)..<min(range.end, bytes.count)
            while let token = pending, token.start < range.start {
                tokenEnd = token.end
                pending = scanner.next()
            }
            // Cue phrases start at a word's start or inside a word after a non-letter, or at a "(": checked here
            // word by word, unless the sentence starts inside a word (then its bytes are scanned on their own).
            let startsInsideWord = tokenEnd > sentence.lowerBound
            var cues: UInt8 = 0
            while let token = pending, token.start < range.end {
                tokenEnd = token.end
                pending = scanner.next()
                if !startsInsideWord {
                    if token.start == sentence.lowerBound || (bytes[token.start &- 1] | 0x20) &- 0x61 >= 26 {
                        cues |= cuePhrases.phrases(bytes, at: token.start, end: sentence.upperBound)
                    }
                    if !token.isPlainLetters {
                        cues |= cuePhrases.innerPhrases(bytes, in: token.range, end: sentence.upperBound)
                    }
                }
                if firstWord == nil {
                    firstWord = token.range
                } else if token.isCapitalised {
                    current.capitalised &+= 1
                }
                lastWord = token.range
                current.words &+= 1
                if token.isNumber {
                    current.numbers &+= 1
                } else {
                    current.letterWords &+= 1
                }
                guard let key = Self.termKey(bytes, token, stopWords: stopWords), found &+ fresh < capacity else {
                    continue
                }
                let next = Int32(truncatingIfNeeded: termNumbers.count)
                let number = termNumbers.number(for: key)
                // Written to both lists, kept by one: no branch on whether the term is new.
                let isNew = number == next ? 1 : 0
                sentenceTerms[found] = number
                newTerms[fresh] = number
                fresh &+= isNew
                found &+= 1 &- isNew
            }
            cues |=
                startsInsideWord
                ? cuePhrases.groups(in: bytes, sentence).rawValue : cuePhrases.bracketsAndAtSigns(bytes, sentence)
            Self.sort(sentenceTerms, count: found)
            if fresh > 0, found > 0, sentenceTerms[found &- 1] >= newTerms[0] {
                // A term new in this sentence came up again: merge the lists by sorting them together.
                (sentenceTerms + found).update(from: newTerms, count: fresh)
                found &+= fresh
                fresh = 0
                Self.sort(sentenceTerms, count: found)
            }
            // Runs of one term become (term, count) pairs.
            let start = stored
            var norm = 0.0
            var position = 0
            while position < found {
                let term = sentenceTerms[position]
                var end = position &+ 1
                while end < found, sentenceTerms[end] == term { end &+= 1 }
                let count = Double(end &- position)
                allTerms[stored] = term
                allCounts[stored] = count
                stored &+= 1
                norm += count * count
                position = end
            }
            for position in 0..<fresh {
                allTerms[stored] = newTerms[position]
                allCounts[stored] = 1
                stored &+= 1
                norm += 1
            }
            current.terms = start..<stored
            current.norm = norm.squareRoot()
            current.traits = TraitScanner.traits(
                of: bytes, sentence, firstWord: firstWord, lastWord: lastWord, words: current.words,
                cues: CuePhraseGroups(rawValue: cues), lists: lists)
            current.bodyRank = bodyRank
            if current.traits.isDisjoint(with: .notBody) { bodyRank &+= 1 }
            sentences.append(current)
        }
        terms = Array(UnsafeBufferPointer(start: allTerms, count: stored))
        counts = Array(UnsafeBufferPointer(start: allCounts, count: stored))
        termCount = termNumbers.count
    }

    /// Sorts a sentence's term numbers: insertion sort, as a sentence has a few dozen at most.
    @inline(__always)
    private static func sort(_ values: UnsafeMutablePointer<Int32>, count: Int) {
        guard count > 48 else {
            var index = 1
            while index < count {
                let value = values[index]
                var hole = index
                while hole > 0, values[hole &- 1] > value {
                    values[hole] = values[hole &- 1]
                    hole &-= 1
                }
                values[hole] = value
                index &+= 1
            }
            return
        }
        var buffer = UnsafeMutableBufferPointer(start: values, count: count)
        buffer.sort()
    }

    /// The term a token stands for, or `nil` for stop words and single letters.
    ///
    /// `@_transparent` because the optimiser did not honour `@inline(__always)` inside the large measuring loop:
    /// callgrind showed a call per token, about a tenth of the stage.
    @_transparent
    private static func termKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TermToken, stopWords: WordHashSet)
        -> UInt64?
    {
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
        let word = WordHash.hash(block: block, count: length)
        if token.isNumber { return word }
        if length <= stopWords.longestWord, stopWords.contains(word) { return nil }
        // A word without an ending hashes to `word` again: cheaper than a branch that often mispredicts.
        return WordHash.hash(block: block, count: WordEndings.stemLength(block: block, length: length))
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
            let whole = WordHash.hash(first: first, second: second, count: word.count)
            if isNumber { return whole }
            if word.count <= stopWords.longestWord, stopWords.contains(whole) { return nil }
            let stem = stemLength(bytes, word)
            if stem == word.count { return whole }
            return stem <= 8
                ? WordHash.hash(block: first, count: stem) : WordHash.hash(first: first, second: second, count: stem)
        }
        if isNumber { return WordHash.hash(bytes, word) }
        if word.count <= stopWords.longestWord, stopWords.contains(WordHash.hash(bytes, word)) { return nil }
        return WordHash.hash(bytes, word.lowerBound..<(word.lowerBound &+ stemLength(bytes, word)))
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

    /// The cosine similarity of two sentences.
    func cosine(_ a: Int, _ b: Int) -> Double {
        let left = sentences[a]
        let right = sentences[b]
        guard left.norm > 0, right.norm > 0 else { return 0 }
        let dot = terms.withUnsafeBufferPointer { terms in
            counts.withUnsafeBufferPointer { counts in
                var i = left.terms.lowerBound
                var j = right.terms.lowerBound
                var dot = 0.0
                while i < left.terms.upperBound, j < right.terms.upperBound {
                    let leftTerm = terms[i]
                    let rightTerm = terms[j]
                    if leftTerm == rightTerm {
                        dot += counts[i] * counts[j]
                        i &+= 1
                        j &+= 1
                    } else if leftTerm < rightTerm {
                        i &+= 1
                    } else {
                        j &+= 1
                    }
                }
                return dot
            }
        }
        return dot / (left.norm * right.norm)
    }
}
