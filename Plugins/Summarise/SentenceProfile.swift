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
        let lists = TraitLists()
        let cuePhrases = lists.cuePhrases
        let tokens = ScannedTokens(bytes, stopWords: SummaryWordLists.stopWords, cuePhrases: cuePhrases)
        let hasBracketsOrAtSigns = cuePhrases.hasBracketsOrAtSigns(bytes)
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
        let starts = tokens.starts
        let ends = tokens.ends
        let flags = tokens.flags
        let tokenCount = tokens.count
        let termStarts = tokens.termStarts
        let termKeys = tokens.termKeys
        let termTokens = tokens.termCount
        var nextTerm = 0
        var stored = 0
        var bodyRank = 0
        // Tokens are found over the whole text, not sentence by sentence, so a token that runs past a sentence's
        // end is still one token; each belongs to the sentence it starts in.
        var next = 0
        // Where the last token read so far ends: a sentence that starts before it starts inside a word.
        var tokenEnd = 0
        for range in ranges {
            var current = SentenceProfile()
            // Terms the document has seen before (and repeats) go to `sentenceTerms`, terms first numbered here to
            // `newTerms`: numbers are given in order, so those are already sorted and above every earlier number.
            var found = 0
            var fresh = 0
            let sentence = min(range.start, bytes.count)..<min(range.end, bytes.count)
            while next < tokenCount, starts[next] < range.start {
                tokenEnd = ends[next]
                next &+= 1
            }
            // Cue phrases start at a word's start or inside a word after a non-letter, or at a "(": checked here
            // word by word, unless the sentence starts inside a word (then its bytes are scanned on their own).
            let startsInsideWord = tokenEnd > sentence.lowerBound
            var cues: UInt8 = 0
            var numbers = 0
            var capitalised = 0
            let first = next
            while next < tokenCount, starts[next] < range.end {
                let start = starts[next]
                let flag = flags[next]
                tokenEnd = ends[next]
                if !startsInsideWord {
                    if flag & ScannedTokens.Flag.startsPhrasePair != 0, start &+ 1 < sentence.upperBound,
                        start == sentence.lowerBound || flag & ScannedTokens.Flag.followsLetter == 0
                    {
                        cues |= cuePhrases.match(bytes, at: start, end: sentence.upperBound)
                    }
                    if flag & ScannedTokens.Flag.isPlainLetters == 0 {
                        cues |= cuePhrases.innerPhrases(bytes, in: start..<tokenEnd, end: sentence.upperBound)
                    }
                }
                numbers &+= Int(flag & ScannedTokens.Flag.isNumber)
                capitalised &+= Int((flag & ScannedTokens.Flag.isCapitalised) >> 1)
                next &+= 1
            }
            // The sentence's terms, in text order: those of the tokens walked above.
            while nextTerm < termTokens, termStarts[nextTerm] < range.start { nextTerm &+= 1 }
            while nextTerm < termTokens, termStarts[nextTerm] < range.end {
                let key = termKeys[nextTerm]
                nextTerm &+= 1
                guard found &+ fresh < capacity else { continue }
                let nextNumber = Int32(truncatingIfNeeded: termNumbers.count)
                let number = termNumbers.number(for: key)
                // Written to both lists, kept by one: no branch on whether the term is new.
                let isNew = number == nextNumber ? 1 : 0
                sentenceTerms[found] = number
                newTerms[fresh] = number
                fresh &+= isNew
                found &+= 1 &- isNew
            }
            var firstWord: Range<Int>?
            var lastWord: Range<Int>?
            if next > first {
                firstWord = starts[first]..<ends[first]
                lastWord = starts[next &- 1]..<ends[next &- 1]
                // The first word is capitalised in any sentence: only later ones hint at names.
                capitalised &-= Int((flags[first] & ScannedTokens.Flag.isCapitalised) >> 1)
            }
            current.words = next &- first
            current.numbers = numbers
            current.letterWords = current.words &- numbers
            current.capitalised = capitalised
            if startsInsideWord {
                cues |= cuePhrases.groups(in: bytes, sentence).rawValue
            } else if hasBracketsOrAtSigns {
                cues |= cuePhrases.bracketsAndAtSigns(bytes, sentence)
            }
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
