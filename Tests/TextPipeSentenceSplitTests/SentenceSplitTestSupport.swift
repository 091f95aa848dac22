import TestSupport
import TextPipeCore

@testable import TextPipeSentenceSplit

/// The sentences `sentence_split` finds in `text`, with options set in Swift.
func split(_ text: String, _ configure: (inout SentenceSplitOptions) -> Void = { _ in }) throws -> [String] {
    var options = SentenceSplitOptions()
    configure(&options)
    return try runStage(SentenceSplitStage.self, on: text, options: options).sentenceTexts
}

/// Builds a pipeline of `sentence_split` with options given as YAML, the way a pipeline file gives them.
func sentencePipeline(_ optionsYAML: String) throws -> Pipeline {
    let registry = try StageRegistry([SentenceSplitStage.self])
    let yaml =
        "name: test\nstages:\n  - sentence_split:\n"
        + optionsYAML.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") + "\n"
    return try registry.makePipeline(try PipelineSpec(yaml: yaml, file: "test.yaml"), context: StageContext())
}

/// The messages of the problems a pipeline with these `sentence_split` options has, or `[]`.
func optionProblems(_ optionsYAML: String) -> [String] {
    do {
        _ = try sentencePipeline(optionsYAML)
        return []
    } catch let error as PipelineError {
        return error.diagnostics.map(\.message)
    } catch {
        return ["\(error)"]
    }
}
