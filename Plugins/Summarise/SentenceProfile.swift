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
    /// Name words: words inside entities, set by the stage when an `entities` layer exists; ``capitalised``
    /// otherwise.
    var names = 0
    /// Figures: number mentions (those marked as not really numbers left out), set by the stage when a `numbers`
    /// layer exists; ``numbers`` otherwise.
    var figures = 0
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
            let prefix = UnsafeBufferPointer(
                rebasing: buffer[0..<min(end, buffer.count, ScannedTokens.maximumTextLength)])
            measure(prefix, ranges[0..<considered])
        }
    }

    private mutating func measure(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: ArraySlice<TextRange>) {
        // Everything the loops read is loaded here once: a static's lazy-initialisation check per token adds up.
        let lists = TraitLists.shared
        let cuePhrases = lists.cuePhrases
        let tokens = ScannedTokens(bytes, stopWords: lists.stopWords, cuePhrases: cuePhrases)
        let hasBracketsOrAtSigns = cuePhrases.hasBracketsOrAtSigns(bytes)
        let hasColon = TraitScanner.hasColon(bytes)
        let records = tokens.records
        let cueTokens = tokens.cueTokens
        let cueCount = tokens.cueCount
        // No sentence and no document has more terms than the text: one block of scratch space holds the term
        // numbering's table, the term numbers, a sentence's terms (seen before, and new), the document's (term, count)
        // pairs and each sentence's first and past-the-end token.
        let termCapacity = tokens.termCount &+ 1
        let expectedTerms = bytes.count / 10
        let tableBytes = TermNumbering.storageBytes(expected: expectedTerms)
        // The counts first, then the table (a multiple of 16 bytes), so each part is aligned.
        let block = UnsafeMutableRawPointer.allocate(
            byteCount: termCapacity &* (MemoryLayout<Double>.stride &+ 4 &* MemoryLayout<Int32>.stride) &+ tableBytes
                &+ ranges.count &* 2 &* MemoryLayout<Int32>.stride,
            alignment: MemoryLayout<Double>.alignment)
        defer { block.deallocate() }
        let allCounts = block.bindMemory(to: Double.self, capacity: termCapacity)
        let table = block + termCapacity &* MemoryLayout<Double>.stride
        let scratch = (table + tableBytes).bindMemory(to: Int32.self, capacity: termCapacity &* 4 &+ ranges.count &* 2)
        let termNumbers = scratch
        let sentenceTerms = scratch + termCapacity
        let newTerms = sentenceTerms + termCapacity
        let allTerms = newTerms + termCapacity
        let bounds = allTerms + termCapacity
        var numbering = TermNumbering(expected: expectedTerms, storage: table)
        Self.numberTerms(tokens, ranges, with: &numbering, into: termNumbers, bounds: bounds)
        termCount = numbering.count
        var stored = 0
        var bodyRank = 0
        var nextCue = 0
        // Terms numbered so far, in the order the numbering met them: a term is new where its number is this.
        var seen: Int32 = 0
        for (sentenceIndex, range) in ranges.enumerated() {
            var current = SentenceProfile()
            let first = Int(bounds[sentenceIndex &* 2])
            let next = Int(bounds[sentenceIndex &* 2 &+ 1])
            let sentence = min(range.start, bytes.count)..<min(range.end, bytes.count)
            // A token that runs past a sentence's end is still one token; each belongs to the sentence it starts in,
            // and a sentence that starts before the end of the token before it starts inside a word.
            let tokenEnd = first > 0 ? Int(records[first &- 1].end) : 0
            let startsInsideWord = tokenEnd > sentence.lowerBound
            // Cue phrases start at a word's start or inside a word after a non-letter, or at a "(": checked here
            // at the tokens that may hold one, unless the sentence starts inside a word (then its bytes are scanned
            // on their own).
            var cues: UInt8 = 0
            while nextCue < cueCount, cueTokens[nextCue] &>> ScannedTokens.CueFlag.shift < first { nextCue &+= 1 }
            while nextCue < cueCount, cueTokens[nextCue] &>> ScannedTokens.CueFlag.shift < next {
                let entry = cueTokens[nextCue]
                nextCue &+= 1
                if startsInsideWord { continue }
                let token = records[entry &>> ScannedTokens.CueFlag.shift]
                let start = Int(token.start)
                if entry & ScannedTokens.CueFlag.startsPhrasePair != 0, start &+ 1 < sentence.upperBound,
                    start == sentence.lowerBound || start == 0 || (bytes[start &- 1] | 0x20) &- 0x61 >= 26
                {
                    cues |= cuePhrases.match(bytes, at: start, end: sentence.upperBound)
                }
                if entry & ScannedTokens.CueFlag.hasInnerStarts != 0 {
                    cues |= cuePhrases.innerPhrases(bytes, in: start..<Int(token.end), end: sentence.upperBound)
                }
            }
            // The sentence's terms, in text order. Those seen before (and repeats) go to `sentenceTerms`, those new
            // here to `newTerms`: numbers are given in order, so those are already sorted and above every earlier
            // number.
            var found = 0
            var fresh = 0
            let firstRecord = records[first]
            let nextRecord = records[next]
            for position in Int(firstRecord.termsBefore)..<Int(nextRecord.termsBefore) {
                let number = termNumbers[position]
                // Written to both lists, kept by one: no branch on whether the term is new.
                let isNew = number == seen ? 1 : 0
                sentenceTerms[found] = number
                newTerms[fresh] = number
                seen &+= Int32(truncatingIfNeeded: isNew)
                fresh &+= isNew
                found &+= 1 &- isNew
            }
            var firstWord: Range<Int>?
            var lastWord: Range<Int>?
            current.words = next &- first
            current.numbers = Int(nextRecord.numbersBefore &- firstRecord.numbersBefore)
            current.letterWords = current.words &- current.numbers
            current.capitalised = Int(nextRecord.capitalisedBefore &- firstRecord.capitalisedBefore)
            if next > first {
                firstWord = Int(firstRecord.start)..<Int(firstRecord.end)
                lastWord = Int(records[next &- 1].start)..<Int(records[next &- 1].end)
                // The first word is capitalised in any sentence: only later ones hint at names.
                current.capitalised &-= Int(records[first &+ 1].capitalisedBefore &- firstRecord.capitalisedBefore)
            }
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
            current.names = current.capitalised
            current.figures = current.numbers
            current.terms = start..<stored
            current.norm = norm.squareRoot()
            current.traits = TraitScanner.traits(
                of: bytes, sentence, firstWord: firstWord, lastWord: lastWord, words: current.words,
                cues: CuePhraseGroups(rawValue: cues), tokens: TokenSpans(records: records, count: tokens.count),
                firstToken: first, lists: lists, textHasColon: hasColon)
            current.bodyRank = bodyRank
            if current.traits.isDisjoint(with: .notBody) { bodyRank &+= 1 }
            sentences.append(current)
        }
        terms = Array(UnsafeBufferPointer(start: allTerms, count: stored))
        counts = Array(UnsafeBufferPointer(start: allCounts, count: stored))
    }

    /// Finds each sentence's tokens (the first and the past-the-end one, into `bounds`) and numbers its terms in
    /// order of first appearance with `table` (into `numbers`, by term position).
    ///
    /// A loop of its own, so the hash table's state stays in registers. Terms outside every sentence are not
    /// numbered: the numbers are those a walk over the sentences gives.
    private static func numberTerms(
        _ tokens: borrowing ScannedTokens, _ ranges: ArraySlice<TextRange>, with table: inout TermNumbering,
        into numbers: UnsafeMutablePointer<Int32>, bounds: UnsafeMutablePointer<Int32>
    ) {
        let records = tokens.records
        let keys = tokens.termKeys
        let count = tokens.count
        var next = 0
        var slot = 0
        for range in ranges {
            while next < count, Int(records[next].start) < range.start { next &+= 1 }
            let first = next
            while next < count, Int(records[next].start) < range.end { next &+= 1 }
            bounds[slot] = Int32(truncatingIfNeeded: first)
            bounds[slot &+ 1] = Int32(truncatingIfNeeded: next)
            slot &+= 2
            table.number(keys, into: numbers, Int(records[first].termsBefore)..<Int(records[next].termsBefore))
        }
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
