import Testing
import TextPipeCore
import TestSupport

@testable import TextPipeSummarise

/// What ``DocumentProfile`` measures in one sentence, worked out the plain way.
private struct ReferenceSentence: Equatable, CustomStringConvertible {
    var words = 0
    var numbers = 0
    var capitalised = 0
    var terms: [Int32] = []
    var counts: [Double] = []
    var norm = 0.0

    var description: String { "\(words) \(numbers) \(capitalised) \(terms) \(counts) \(norm)" }
}

/// The sentences of `text` measured token by token: each token belongs to the first sentence, in order, that it
/// starts in (none when it starts in a gap), and terms are numbered through a dictionary in the order the
/// sentences meet them.
private func referenceSentences(_ text: String, _ ranges: [TextRange]) -> [ReferenceSentence] {
    let bytes = Array(text.utf8)
    let prefix = Array(bytes[0..<min(ranges.last?.end ?? 0, bytes.count)])
    return prefix.withUnsafeBufferPointer { prefix in
        var scanner = TermTokenScanner(prefix, tables: .shared)
        var tokens: [TermToken] = []
        while let token = scanner.next() { tokens.append(token) }
        var numbers: [UInt64: Int32] = [:]
        var next = 0
        return ranges.map { range in
            var sentence = ReferenceSentence()
            while next < tokens.count, tokens[next].start < range.start { next += 1 }
            var counts: [Int32: Int] = [:]
            var isFirst = true
            while next < tokens.count, tokens[next].start < range.end {
                let token = tokens[next]
                next += 1
                sentence.words += 1
                if token.isNumber { sentence.numbers += 1 }
                if token.isCapitalised, !isFirst { sentence.capitalised += 1 }
                isFirst = false
                guard let key = ScannedTokens.termKey(prefix, token, stopWords: SummaryWordLists.stopWords) else {
                    continue
                }
                let number = numbers[key] ?? Int32(numbers.count)
                numbers[key] = number
                counts[number, default: 0] += 1
            }
            sentence.terms = counts.keys.sorted()
            sentence.counts = sentence.terms.map { Double(counts[$0]!) }
            sentence.norm = sentence.counts.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return sentence
        }
    }
}

/// The profile's counts and term vectors are the plain token-by-token ones, also when sentences start or end
/// inside words, leave gaps, or repeat a term that is new in them.
struct DocumentProfileTests {
    @Test func sentencesMeasureAsTokenByToken() {
        var generator = SplitMix(state: 17)
        let pieces = boundaryPieces + cuePieces + ["talks", "Talks", "talking", "Geneva", "Geneva's", "said", "12"]
        for text in mixedTexts(count: 800, pieces: pieces, seed: 19) {
            let ranges = randomSentences(in: Array(text.utf8), cuts: 0...8, using: &generator)
            let profile = DocumentProfile(text: text, sentences: ranges, limit: SummariseStage.maximumSentences)
            let measured = profile.sentences.map { sentence in
                ReferenceSentence(
                    words: sentence.words, numbers: sentence.numbers, capitalised: sentence.capitalised,
                    terms: Array(profile.terms[sentence.terms]), counts: Array(profile.counts[sentence.terms]),
                    norm: sentence.norm)
            }
            #expect(measured == referenceSentences(text, ranges), "\(text.debugDescription) \(ranges)")
            #expect(profile.sentences.allSatisfy { $0.letterWords == $0.words - $0.numbers })
        }
    }
}

/// Label openings ("Strictly business: ...") are found as a byte-by-byte reading of the rule finds them, in texts
/// with a colon and without one (where the profile skips the search).
struct LabelOpeningTests {
    /// A capital, then at most 40 bytes of letters, digits, spaces, hyphens, apostrophes or bytes outside ASCII,
    /// then ": ", all inside the sentence.
    private static func naiveLabelOpening(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, bytes[range.lowerBound] &- 0x41 < 26 else { return false }
        let limit = min(range.upperBound - 1, range.lowerBound + 41)
        var index = range.lowerBound + 1
        while index < limit {
            let b = bytes[index]
            let inLabel =
                (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b >= 0x80 || b == UInt8(ascii: " ")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "'")
            if !inLabel { return b == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: " ") }
            index += 1
        }
        return false
    }

    @Test func labelOpeningsMatchTheByteRule() {
        var generator = SplitMix(state: 37)
        let pieces = boundaryPieces + ["Strictly business", "Pictured", ": ", ":", "A", "Reporter Kim", " - "]
        for text in mixedTexts(count: 1500, pieces: pieces, seed: 41) {
            let bytes = Array(text.utf8)
            let ranges = randomSentences(in: bytes, cuts: 0...4, using: &generator)
            let profile = DocumentProfile(text: text, sentences: ranges, limit: SummariseStage.maximumSentences)
            for (sentence, range) in zip(profile.sentences, ranges) {
                let clipped = min(range.start, bytes.count)..<min(range.end, bytes.count)
                #expect(
                    sentence.traits.contains(.labelOpening) == Self.naiveLabelOpening(bytes, clipped),
                    "\(text.debugDescription) \(range)")
            }
        }
    }
}
