import TextPipeCore
import TextPipeText

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
        // Tokens first, then a plain loop: a closure capturing the running state costs exclusivity checks.
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        Tokenizer().forEachToken(in: bytes) { token in
            if token.kind == .word || token.kind == .number { tokens.append(token) }
        }
        let stopWords = SummaryWordLists.stopWords
        var termNumbers: [UInt64: Int32] = [:]
        termNumbers.reserveCapacity(bytes.count / 12)
        var sentenceTerms: [Int32] = []
        var bodyRank = 0
        var next = 0
        for range in ranges {
            var current = SentenceProfile()
            var firstWord: Range<Int>?
            var lastWord: Range<Int>?
            while next < tokens.count, tokens[next].start < range.start { next += 1 }
            while next < tokens.count, tokens[next].start < range.end {
                let token = tokens[next]
                next += 1
                if firstWord == nil {
                    firstWord = token.range
                } else if token.shape.contains(.capitalised) {
                    current.capitalised += 1
                }
                lastWord = token.range
                current.words += 1
                if token.kind == .number {
                    current.numbers += 1
                } else {
                    current.letterWords += 1
                }
                guard let key = Self.termKey(bytes, token, stopWords: stopWords) else { continue }
                if let known = termNumbers[key] {
                    sentenceTerms.append(known)
                } else {
                    let number = Int32(termNumbers.count)
                    termNumbers[key] = number
                    sentenceTerms.append(number)
                }
            }
            sentenceTerms.sort()
            let start = terms.count
            var norm = 0.0
            var position = 0
            while position < sentenceTerms.count {
                var end = position + 1
                while end < sentenceTerms.count, sentenceTerms[end] == sentenceTerms[position] { end += 1 }
                let count = Double(end - position)
                terms.append(sentenceTerms[position])
                counts.append(count)
                norm += count * count
                position = end
            }
            sentenceTerms.removeAll(keepingCapacity: true)
            current.terms = start..<terms.count
            current.norm = norm.squareRoot()
            current.traits = TraitScanner.traits(
                of: bytes, min(range.start, bytes.count)..<min(range.end, bytes.count), firstWord: firstWord,
                lastWord: lastWord,
                words: current.words)
            current.bodyRank = bodyRank
            if current.traits.isDisjoint(with: .notBody) { bodyRank += 1 }
            sentences.append(current)
        }
        termCount = termNumbers.count
    }

    /// The term a token stands for, or `nil` for stop words and single letters.
    @inline(__always)
    private static func termKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, stopWords: Set<WordHash>)
        -> UInt64?
    {
        var end = token.end
        // The possessive adds nothing: "Russia's" and "Russia’s" are "Russia".
        if end - token.start > 3, bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
            if bytes[end - 2] == UInt8(ascii: "'") {
                end -= 2
            } else if bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, end - token.start > 5, bytes[end - 4] == 0xE2 {
                end -= 4
            }
        }
        guard end - token.start > 1 else { return nil }
        if token.kind == .number { return WordHash(bytes, token.start..<end).value }
        if stopWords.contains(WordHash(bytes, token.start..<end)) { return nil }
        return WordHash(bytes, token.start..<(token.start + stemLength(bytes, token.start..<end))).value
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
        var i = left.terms.lowerBound
        var j = right.terms.lowerBound
        var dot = 0.0
        while i < left.terms.upperBound, j < right.terms.upperBound {
            if terms[i] == terms[j] {
                dot += counts[i] * counts[j]
                i += 1
                j += 1
            } else if terms[i] < terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return dot / (left.norm * right.norm)
    }
}
