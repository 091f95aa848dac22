import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// The raw seed article, headers, caption and byline included, with sentences set by a naive splitter: the
/// summariser itself must keep the page furniture out even when no `clean` stage ran.
@Suite("summarise on the raw seed article")
struct SeedArticleTests {
    @Test func furnitureStaysOutWithoutClean() throws {
        let sentences = naiveSentences(try SharedData.seedArticle())
        let summary = try summarise(sentences, separator: "\n") { $0.sentences = 3 }
        #expect(summary.sentences.count == 3)
        #expect(summary.text.contains("55,000 Ukrainian soldiers have been killed"), "\(summary.text)")
        for furniture in [
            "(left)", "AP/Newsis", "@fnnews.com", "Reporter", "Input", "Updated", "2026-02-05",
            "Friday, February 6", "Zelenskyy says 55,000",
        ] {
            #expect(!summary.text.contains(furniture), "\(furniture) in \(summary.text)")
        }
    }

    @Test func leadSkipsTheHeaderLines() throws {
        let sentences = naiveSentences(try SharedData.seedArticle())
        let summary = try summarise(sentences, separator: "\n") {
            $0.sentences = 1
            $0.method = .lead
        }
        #expect(summary.text.hasPrefix("With February 24 marking the fourth anniversary"), "\(summary.text)")
    }
}
