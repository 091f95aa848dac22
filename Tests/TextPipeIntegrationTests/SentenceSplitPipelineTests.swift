import TestSupport
import Testing
import TextPipe
import TextPipeCore

/// sentence_split built from pipeline YAML through the built-in registry, as the CLI builds it, after decode.
@Suite("sentence_split in a pipeline")
struct SentenceSplitPipelineTests {
    func pipeline(_ yaml: String) throws -> Pipeline {
        let spec = try PipelineSpec(yaml: "name: sentences\nstages:\n" + yaml, file: "sentences.yaml")
        return try StageRegistry.builtIn.makePipeline(spec, context: StageContext())
    }

    @Test func decodedSeedArticle() throws {
        let split = try pipeline("  - decode\n  - sentence_split\n")
        let bytes = try SharedData.bytes(SharedData.seedArticlePath)
        var document = Document(id: "seed", bytes: bytes, source: DocumentSource(path: SharedData.seedArticlePath))
        try split.process(&document)
        let sentences = document.sentenceTexts
        #expect(sentences.count == 25)
        #expect(
            Array(sentences.prefix(4)) == [
                "Friday, February 6, 2026", "Zelenskyy says 55,000 Ukrainian soldiers killed in Russian invasion",
                "Input",
                "2026-02-05 11:19:44",
            ])
        #expect(sentences.contains { $0.contains("former U.S. President Donald Trump, who can exert pressure") })
        #expect(sentences.last == "jjyoon@fnnews.com Reporter Yoon Jae-jun Reporter")
    }

    @Test func yamlOptionsReachTheStage() throws {
        let split = try pipeline("  - sentence_split:\n      newline: ignore\n      min_length: 10\n")
        let (document, error) = split.process(text: "Input\n2026-02-05 11:19:44\n\nOk. The body starts here.")
        #expect(error == nil)
        #expect(document.sentenceTexts == ["Input\n2026-02-05 11:19:44", "Ok. The body starts here."])
    }
}
