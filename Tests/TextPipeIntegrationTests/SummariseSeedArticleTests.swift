import Foundation
import TestSupport
import Testing
import TextPipe

/// summarise after the real decode, clean (news boilerplate removal) and sentence_split stages on the seed article,
/// with and without the entity and number layers, and built from pipeline YAML as the CLI builds it.
@Suite("summarise on the seed article")
struct SummariseSeedArticleTests {
    /// The seed article after decode, clean with `boilerplate: news`, sentence_split, optionally entity_tag and
    /// number_extract, and summarise with `sentences: 3`.
    func summarisedSeed(withEntitiesAndNumbers: Bool = false) throws -> Document {
        var document = Document(
            id: "seed", bytes: try SharedData.bytes(SharedData.seedArticlePath),
            source: DocumentSource(path: SharedData.seedArticlePath))
        var clean = CleanStage.Options()
        clean.boilerplate = .news
        var summarise = SummariseStage.Options()
        summarise.sentences = 3
        var stages: [any Stage] = [
            try DecodeStage(options: .init(), context: StageContext()),
            try CleanStage(options: clean, context: StageContext()),
            try SentenceSplitStage(options: .init(), context: StageContext()),
        ]
        if withEntitiesAndNumbers {
            stages.append(try EntityTagStage(options: .init(), context: StageContext()))
            stages.append(try NumberExtractStage(options: .init(), context: StageContext()))
        }
        stages.append(try SummariseStage(options: summarise, context: StageContext()))
        for stage in stages { try stage.process(&document) }
        return document
    }

    /// The summary a news reader wants: the toll and who gave it, and the outside estimate or the talks.
    func expectNewsReadersSummary(_ document: Document) {
        guard let summary = document[SummaryLayer.self] else {
            Issue.record("no summary")
            return
        }
        let sentences = document[SentencesLayer.self] ?? []
        #expect(summary.sentences.count == 3)
        #expect(summary.sentences == summary.sentences.sorted())
        #expect(summary.text == summary.sentences.map { document.slice(sentences[$0]) }.joined(separator: " "))
        let text = summary.text
        #expect(text.contains("55,000"), "\(text)")
        #expect(text.contains("Zelenskyy said") || text.contains("Zelenskyy disclosed"), "\(text)")
        #expect(text.contains("CSIS") || text.contains("Abu Dhabi"), "\(text)")
        // No caption, byline or header line.
        for furniture in [
            "AP/Newsis", "(left)", "lay flowers", "@fnnews.com", "Reporter Yoon", "Input", "Updated", "2026-02-05",
            "Friday, February 6", "Zelenskyy says 55,000",
        ] {
            #expect(!text.contains(furniture), "\(furniture) in \(text)")
        }
        for index in summary.sentences {
            let sentence = document.slice(sentences[index])
            #expect([".", "\"", "\u{201D}", "!"].contains { sentence.hasSuffix($0) }, "\(sentence)")
        }
    }

    @Test func threeSentencesWithTheTollItsSourceAndTheEstimateOrTheTalks() throws {
        expectNewsReadersSummary(try summarisedSeed())
    }

    @Test func entityAndNumberLayersAreUsedWhenPresent() throws {
        expectNewsReadersSummary(try summarisedSeed(withEntitiesAndNumbers: true))
    }

    @Test func builtFromYAMLWithTheAmericanSpelling() throws {
        let yaml = """
            name: digest
            stages:
              - clean:
                  boilerplate: news
              - sentence_split
              - summarize:
                  sentences: 3
                  method: auto
                  keep_order: true
            """
        let pipeline = try StageRegistry.builtIn.makePipeline(
            try PipelineSpec(yaml: yaml, file: "digest.yaml"), context: StageContext())
        let (document, error) = pipeline.process(text: try SharedData.seedArticle())
        #expect(error == nil)
        expectNewsReadersSummary(document)
    }

    @Test func twoLengthOptionsAreRejectedWhenThePipelineIsBuilt() throws {
        let yaml = "name: bad\nstages:\n  - sentence_split\n  - summarise:\n      sentences: 3\n      words: 80\n"
        #expect(throws: PipelineError.self) {
            try StageRegistry.builtIn.makePipeline(
                try PipelineSpec(yaml: yaml, file: "bad.yaml"), context: StageContext())
        }
    }
}
