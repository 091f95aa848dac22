import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// The token lists grow past their first guess (a token every four bytes) and keep every token and term.
struct ScannedTokensTests {
    @Test func denseTextGrowsTheListsAndKeepsEveryTerm() {
        // A token every three bytes: more than the first allocation holds.
        let text = String(repeating: "ab cd ", count: 500) + "ab."
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let tokens = ScannedTokens(
                buffer, stopWords: SummaryWordLists.stopWords, cuePhrases: TraitScanner.cuePhrases)
            #expect(tokens.count == 1001)
            #expect(tokens.termCount == 1001)
            #expect(tokens.start(1000) == bytes.count - 3 && tokens.end(1000) == bytes.count - 1)
            // The totals after the last token count every token.
            #expect(tokens.records[1001].termsBefore == 1001 && tokens.records[1001].capitalisedBefore == 0)
        }
        let profile = DocumentProfile(
            text: text, sentences: [TextRange(start: 0, end: bytes.count)], limit: SummariseStage.maximumSentences)
        #expect(profile.termCount == 2)
        #expect(Array(profile.counts[profile.sentences[0].terms]) == [501, 500])
    }
}
