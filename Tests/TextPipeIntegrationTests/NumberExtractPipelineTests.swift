import TestSupport
import Testing
import TextPipe
import TextPipeCore

/// number_extract built from pipeline YAML through the built-in registry, as the CLI builds it.
@Suite("number_extract in a pipeline")
struct NumberExtractPipelineTests {
    func pipeline(_ yaml: String) throws -> Pipeline {
        let spec = try PipelineSpec(yaml: "name: numbers\nstages:\n" + yaml, file: "numbers.yaml")
        return try StageRegistry.builtIn.makePipeline(spec, context: StageContext())
    }

    @Test func yamlOptionsReachTheStage() throws {
        let numbers = try pipeline("  - number_extract:\n      kinds: [money, percent]\n      spelled_out: false\n")
        let (document, error) = numbers.process(text: "In 2022 two firms paid $5 billion, up 12%.")
        #expect(error == nil)
        #expect(document[NumbersLayer.self]?.map(\.text) == ["$5 billion", "12%"])
    }

    @Test func bareNameTakesDefaults() throws {
        let (document, _) = try pipeline("  - number_extract\n").process(text: try SharedData.seedArticle())
        let numbers = document[NumbersLayer.self] ?? []
        #expect(numbers.contains { $0.text == "between 100,000 and 140,000" && $0.counts == "soldiers" })
    }

    @Test func unknownKindIsAnError() {
        #expect(throws: PipelineError.self) { try pipeline("  - number_extract:\n      kinds: [monies]\n") }
    }
}
