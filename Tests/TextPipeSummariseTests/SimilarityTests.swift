import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// The one-pass similarities the scorer uses are the pairwise cosines, to the bit.
struct SimilarityTests {
    @Test func similaritiesToOneSentenceAreItsCosines() {
        let text = """
            Russia's talks with Ukraine stalled on Monday. Talks resume in Geneva, officials said. \
            Ukraine said the talks would go on. Geneva talks, Geneva officials and Geneva again. \
            Nothing here matches. Russia talks talks talks.
            """
        let bytes = Array(text.utf8)
        let ranges = sentencesEndingInPeriods(bytes)
        let profile = DocumentProfile(text: text, sentences: ranges, limit: SummariseStage.maximumSentences)
        let count = profile.sentences.count
        let scorer = SentenceScorer(profile: profile)
        for other in 0..<count {
            let similarities = scorer.similarities(to: other)
            for index in 0..<count {
                #expect(similarities[index] == profile.cosine(index, other), "\(index) \(other)")
            }
        }
    }
}
