import Foundation
import TestSupport
import TextPipeCore

@testable import TextPipeSummarise

/// A document made of the given sentences, one after another, with the `sentences` layer set by hand, so these
/// tests don't depend on the sentence splitter.
func document(_ sentences: [String], separator: String = " ") -> Document {
    var text = ""
    var ranges: [TextRange] = []
    for sentence in sentences {
        if !text.isEmpty { text += separator }
        let start = text.utf8.count
        text += sentence
        ranges.append(TextRange(start: start, end: text.utf8.count))
    }
    var document = Document(id: "test", text: text)
    document[SentencesLayer.self] = ranges
    return document
}

/// Runs `summarise` on sentences, with options set in Swift.
func summarise(
    _ sentences: [String], separator: String = " ", _ configure: (inout SummariseOptions) -> Void = { _ in }
) throws -> Summary {
    var options = SummariseOptions()
    configure(&options)
    var document = document(sentences, separator: separator)
    try SummariseStage(options: options, context: StageContext()).process(&document)
    return document[SummaryLayer.self] ?? Summary(text: "", sentences: [])
}

/// The sentences of a document split naively: at line breaks, and after ". " before a capital letter. Enough for
/// the seed article, whose sentences are plain.
func naiveSentences(_ text: String) -> [String] {
    var result: [String] = []
    for line in text.split(separator: "\n") {
        var current = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            current.append(character)
            if character == ".", index + 2 < characters.count, characters[index + 1] == " ",
                characters[index + 2].isUppercase
            {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { result.append(rest) }
    }
    return result
}

/// A stand-in for `sentence_split` in pipeline tests: one sentence per line.
struct LineSentences: Stage {
    static let descriptor = StageDescriptor(
        name: "line_sentences", summary: "One sentence per line.", requires: [.text], produces: [.sentences])

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws {
        var ranges: [TextRange] = []
        var start = 0
        for (offset, byte) in document.text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            if offset > start { ranges.append(TextRange(start: start, end: offset)) }
            start = offset + 1
        }
        if document.text.utf8.count > start { ranges.append(TextRange(start: start, end: document.text.utf8.count)) }
        document[SentencesLayer.self] = ranges
    }
}

/// Builds a pipeline of `line_sentences` and `summarise` (or its alias) with options given as YAML.
func summarisePipeline(_ optionsYAML: String?, name: String = "summarise") throws -> Pipeline {
    let registry = try StageRegistry([LineSentences.self, SummariseStage.self])
    var yaml = "name: test\nstages:\n  - line_sentences\n  - \(name)"
    if let optionsYAML {
        yaml += ":\n" + optionsYAML.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
    }
    return try registry.makePipeline(try PipelineSpec(yaml: yaml + "\n", file: "test.yaml"), context: StageContext())
}

/// The messages of the problems a pipeline with these `summarise` options has, or `[]`.
func optionProblems(_ optionsYAML: String) -> [String] {
    do {
        _ = try summarisePipeline(optionsYAML)
        return []
    } catch let error as PipelineError {
        return error.diagnostics.map(\.message)
    } catch {
        return ["\(error)"]
    }
}

/// A short news story in plain sentences, written for these tests.
let harbourStory = [
    "The city council of Port Ellen voted on Tuesday to close the old harbour to cargo ships by 2028.",
    "The decision ends 140 years of freight traffic at the harbour, which handled 2.1 million tonnes last year.",
    "Council leader Mary Dunlop said the harbour would be turned into a marina and a public park.",
    "Shipping firms warned that moving freight to the new port at Kilbride would cost them 12 million pounds.",
    "The harbour's dock workers held a protest outside the council building on Monday evening.",
    "A final plan for the marina is expected to be published in the spring.",
    "Local residents have long complained about lorries driving through the town centre at night.",
    "The new port at Kilbride opened in 2019 and can take ships twice the size of those at Port Ellen.",
]

/// The sentences of a test text written as "Sentence. Sentence. …": each ends at a period, the next starts after
/// the space that follows it; text after the last period is left to the caller.
func sentencesEndingInPeriods(_ bytes: [UInt8]) -> [TextRange] {
    var ranges: [TextRange] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
        ranges.append(TextRange(start: start, end: index + 1))
        start = index + 2
    }
    return ranges
}

/// Sentences cut at random points of `bytes`: up to `cuts` cuts on scalar boundaries, some inside words, and
/// some sentences starting a byte late, leaving a gap after the one before.
func randomSentences(
    in bytes: [UInt8], cuts: ClosedRange<Int>, using generator: inout some RandomNumberGenerator
) -> [TextRange] {
    var points = Set([0, bytes.count])
    for _ in 0..<Int.random(in: cuts, using: &generator) {
        let cut = Int.random(in: 0...bytes.count, using: &generator)
        if cut == bytes.count || bytes[cut] & 0xC0 != 0x80 { points.insert(cut) }
    }
    let sorted = points.sorted()
    var ranges: [TextRange] = []
    for (start, end) in zip(sorted, sorted.dropFirst()) {
        let gap = Bool.random(using: &generator) && end > start + 1 && bytes[start + 1] & 0xC0 != 0x80 ? 1 : 0
        ranges.append(TextRange(start: start + gap, end: end))
    }
    return ranges
}
