import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeSummarise

@Suite("summarise options")
struct SummariseOptionsTests {
    @Test func defaults() {
        let options = SummariseOptions()
        #expect(options.sentences == nil && options.ratio == nil && options.words == nil)
        #expect(options.method == .auto)
        #expect(options.keepOrder)
        #expect(options.budget == .sentences(3))
    }

    @Test func everyKeyHasHelp() {
        #expect(Set(SummariseOptions.help.keys) == ["sentences", "ratio", "words", "method", "keep_order"])
    }

    @Test func bareStageTakesDefaults() throws {
        let (document, error) = try summarisePipeline(nil).process(text: harbourStory.joined(separator: "\n"))
        #expect(error == nil)
        #expect(document[SummaryLayer.self]?.sentences.count == SummariseOptions.defaultSentences)
    }

    @Test func americanSpellingIsAnAlias() throws {
        #expect(SummariseStage.descriptor.aliases.contains("summarize"))
        let (document, _) = try summarisePipeline("sentences: 2", name: "summarize").process(
            text: harbourStory.joined(separator: "\n"))
        #expect(document[SummaryLayer.self]?.sentences.count == 2)
    }

    @Test func everyKeyDecodesFromYAML() throws {
        let text = harbourStory.joined(separator: "\n")
        func picked(_ yaml: String) throws -> [Int] {
            try summarisePipeline(yaml).process(text: text).document[SummaryLayer.self]?.sentences ?? []
        }
        #expect(try picked("sentences: 2\nmethod: lead\nkeep_order: false") == [0, 1])
        #expect(try picked("ratio: 0.5").count == 4)
        // Every sentence of the story has more than 10 words, so a 20-word budget holds one.
        #expect(try picked("words: 20\nmethod: centroid").count == 1)
        #expect(try picked("method: graph").count == 3)
    }

    @Test(arguments: [
        ("sentences: 2\nratio: 0.3", "ratio"), ("ratio: 0.3\nwords: 50", "words"), ("sentences: 0", "sentences"),
        ("sentences: -1", "sentences"), ("ratio: 0", "ratio"), ("ratio: 1.5", "ratio"), ("words: 0", "words"),
        ("sentences: three", "integer"), ("keep_order: maybe", "true or false"),
    ])
    func badValuesAreReported(yaml: String, fragment: String) {
        let problems = optionProblems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.contains(fragment) == true, "\(problems)")
    }

    @Test func twoLengthsNameBoth() {
        var options = SummariseOptions()
        options.sentences = 3
        options.words = 100
        #expect(throws: OptionError.self) { try options.validate() }
        do {
            try options.validate()
        } catch {
            #expect(error.key == "words")
            #expect(error.message.contains("sentences"))
        }
        #expect(throws: OptionError.self) { try SummariseStage(options: options, context: StageContext()) }
    }

    @Test func badMethodListsTheChoices() {
        let message = optionProblems("method: textrank").first ?? ""
        for choice in ["auto", "lead", "graph", "centroid"] { #expect(message.contains(choice), "\(message)") }
    }

    @Test func unknownKeySuggestsTheNearest() {
        #expect(optionProblems("sentence: 3").first?.contains("sentences") == true)
    }
}
