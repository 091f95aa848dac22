import TestSupport
import TextPipeCore

@testable import TextPipeClean

/// Runs `clean` with options built in Swift.
func clean(_ text: String, _ configure: (inout CleanOptions) -> Void = { _ in }) throws -> String {
    var options = CleanOptions()
    configure(&options)
    return try runStage(CleanStage.self, on: text, options: options).text
}

/// Builds a `clean` stage from YAML options, the way a pipeline file gives them.
func cleanPipeline(_ optionsYAML: String) throws -> Pipeline {
    let registry = try StageRegistry([CleanStage.self])
    let yaml =
        "name: test\nstages:\n  - clean:\n"
        + optionsYAML.split(separator: "\n").map { "      " + $0 }
        .joined(separator: "\n") + "\n"
    let spec = try PipelineSpec(yaml: yaml, file: "test.yaml")
    return try registry.makePipeline(spec, context: StageContext())
}

/// The messages of the problems a pipeline with these `clean` options has, or `[]`.
func optionProblems(_ optionsYAML: String) -> [String] {
    do {
        _ = try cleanPipeline(optionsYAML)
        return []
    } catch let error as PipelineError {
        return error.diagnostics.map(\.message)
    } catch {
        return ["\(error)"]
    }
}

/// Runs `clean` with alignment tracking on and returns the document.
func cleanTracked(_ text: String, _ configure: (inout CleanOptions) -> Void = { _ in }) throws -> Document {
    var options = CleanOptions()
    configure(&options)
    var document = Document(id: "test", text: text)
    document.tracksAlignment = true
    try CleanStage(options: options, context: StageContext()).process(&document)
    return document
}

/// Checks that every character of the cleaned text that was copied maps back to the same character of the
/// input: the cleaned text cut at `range` and the input cut at the mapped range read the same.
func sourceText(of range: TextRange, in document: Document, original: String) -> String {
    guard let map = document.alignment else { return String(document.text[utf8: range]) }
    let source = map.sourceRange(of: range)
    return String(decoding: Array(original.utf8)[source.start..<source.end], as: UTF8.self)
}
