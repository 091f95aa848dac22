import Foundation
import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeEntityTag

/// The sentence marks the tokenizer takes as it goes (``SentenceMarks``) against a plain second walk over the
/// finished tokens, the way the tagger marked them before: sentence starts, `sentenceStart` flags, the words
/// looked up together and each sentence's counts.
@Suite("entity_tag sentence marks")
struct SentenceMarksTests {
    /// What the plain walk finds.
    private struct Marks: Equatable {
        var starts: [UInt32] = []
        var flags: [Bool] = []
        var lookups: [UInt32] = []
        /// Per sentence: numbers, words in capitals (of more than one letter), and the range of its words in
        /// `lookups`.
        var numbers: [UInt32] = []
        var capitalWords: [UInt32] = []
        var lookupRanges: [Range<Int>] = []
    }

    private func reference(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [TextRange]?) -> Marks {
        let tokens = NameTokenizer.tokens(in: bytes)
        var marks = Marks()
        guard !tokens.isEmpty else {
            marks.starts = [0]
            return marks
        }
        let sentences = sentences ?? []
        var s = 0
        var nextSentence = sentences.first?.start ?? Int.max
        var afterQuote = false
        for (t, token) in tokens.enumerated() {
            if TaggingPass.hasCachedFacts(token) { marks.lookups.append(UInt32(t)) }
            var starts = t == 0 || token.shape.contains(.lineBreakBefore)
            if token.start >= nextSentence {
                starts = true
                while s < sentences.count && sentences[s].start <= token.start { s += 1 }
                nextSentence = s < sentences.count ? sentences[s].start : Int.max
            }
            if starts { marks.starts.append(UInt32(t)) }
            marks.flags.append(starts || afterQuote)
            afterQuote = false
            if token.kind == .punctuation {
                let quote =
                    token.mark == 0xE2 && token.length == 3 && bytes[token.start + 1] == 0x80
                    && (bytes[token.start + 2] == 0x9C || bytes[token.start + 2] == 0x98)
                afterQuote = token.mark == UInt8(ascii: "\"") || token.mark == UInt8(ascii: ":") || quote
            }
        }
        marks.starts.append(UInt32(tokens.count))
        for k in 0..<marks.starts.count - 1 {
            let span = Int(marks.starts[k])..<Int(marks.starts[k + 1])
            var numbers: UInt32 = 0
            var capitalWords: UInt32 = 0
            for t in span {
                let token = tokens[t]
                if token.kind == .number, t == span.lowerBound || token.shape.contains(.spaceBefore) { numbers += 1 }
                if token.kind == .word, token.length > 1, token.shape.contains(.allCaps) { capitalWords += 1 }
            }
            marks.numbers.append(numbers)
            marks.capitalWords.append(capitalWords)
            let first = marks.lookups.firstIndex { $0 >= span.lowerBound } ?? marks.lookups.count
            let end = marks.lookups.firstIndex { $0 >= span.upperBound } ?? marks.lookups.count
            marks.lookupRanges.append(first..<end)
        }
        return marks
    }

    private func marks(_ document: DocumentTokens) -> Marks {
        var marks = Marks()
        marks.starts = Array(document.sentenceStarts)
        marks.flags = (0..<document.tokens.count).map { document.tokens[$0].sentenceStart }
        marks.lookups = Array(document.lookups)
        let totals = document.totalsBefore
        let sentences = 0..<document.sentenceCount
        marks.numbers = sentences.map { totals[$0 + 1].numbers - totals[$0].numbers }
        marks.capitalWords = sentences.map { totals[$0 + 1].capitalWords - totals[$0].capitalWords }
        marks.lookupRanges = sentences.map { Int(totals[$0].lookups)..<Int(totals[$0 + 1].lookups) }
        return marks
    }

    private func check(_ text: String, sentences: [TextRange]?) {
        var copy = text
        copy.withUTF8 { bytes in
            let document = DocumentTokens(bytes, sentences: sentences)
            #expect(marks(document) == reference(bytes, sentences: sentences))
        }
    }

    @Test(arguments: [
        "", "   ", "Kyiv’s NATO talks, said Volodymyr Zelenskyy.", "“Quote” ‘Single’: After\n\nNEW LINE 1996-08-30",
        "LEEDS 2 Everton 1\nBALTIMORE 71 63 .530 4\n" + String(repeating: "a,", count: 50) + " The End",
    ])
    func sameMarksAsThePlainWalk(text: String) {
        check(text, sentences: nil)
        // A sentence at every ASCII period and after it.
        var sentences: [TextRange] = []
        var start = 0
        for (i, byte) in text.utf8.enumerated() where byte == UInt8(ascii: ".") {
            sentences.append(TextRange(start: start, end: i + 1))
            start = i + 1
        }
        check(text, sentences: sentences)
    }

    /// Random texts of names, capitals, numbers, quotes and breaks, with sentences cut at random bytes (also
    /// inside tokens, and more of them than tokens).
    @Test func sameMarksOnRandomText() {
        let pieces = [
            "the", "said", "Zelenskyy", "NATO", "U.S.", "of", "A", "I", "1996", "08-30", "3.5", "\"", ":", "“", "‘",
            "”", ",", ".", "\n", "\n\n", "Zürich", "ÉCOLE", "Ελλάδα", "O'Neill’s", "Washington-based", "AT&T", "&",
            "v", "CRICKET", "x", "$", "—", "\u{00A0}", "\t", "Mr.", "42nd",
        ]
        var random = SplitMix(state: 7)
        for round in 0..<300 {
            let text = randomText(of: pieces, maximumPieces: 60, noSpaceOneIn: 4, using: &random)
            let length = text.utf8.count
            var cuts = (0..<Int.random(in: 0...(round % 3 == 0 ? 80 : 8), using: &random)).map { _ in
                Int.random(in: 0...max(length, 1), using: &random)
            }
            cuts.sort()
            let sentences = zip([0] + cuts, cuts + [length]).map { TextRange(start: $0, end: max($0, $1)) }
            check(text, sentences: round % 5 == 0 ? nil : sentences)
        }
    }

    /// Every sentence of the seed article, as the sentences layer would have it (one per line here).
    @Test func sameMarksOnTheSeedArticle() throws {
        let text = try String(contentsOf: SharedData.url(SharedData.seedArticlePath), encoding: .utf8)
        check(text, sentences: lineSentences(of: text))
        check(text, sentences: nil)
    }
}
