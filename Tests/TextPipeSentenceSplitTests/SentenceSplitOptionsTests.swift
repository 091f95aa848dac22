import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeSentenceSplit

@Suite("sentence_split options")
struct SentenceSplitOptionsTests {
    @Test func defaults() {
        let options = SentenceSplitOptions()
        #expect(options.abbreviations.isEmpty)
        #expect(options.newline == .paragraph)
        #expect(options.minLength == 1)
    }

    @Test func everyKeyHasHelp() {
        #expect(Set(SentenceSplitOptions.help.keys) == ["abbreviations", "newline", "min_length"])
    }

    @Test func bareStageTakesDefaults() throws {
        let pipeline = try StageRegistry([SentenceSplitStage.self]).makePipeline(
            try PipelineSpec(yaml: "name: t\nstages:\n  - sentence_split\n", file: "t.yaml"), context: StageContext())
        let document = pipeline.process(text: "One here. Two there.").document
        #expect(document.sentenceTexts == ["One here.", "Two there."])
    }

    @Test func everyKeyDecodesFromYAML() throws {
        let pipeline = try sentencePipeline(
            """
            abbreviations: [Approx., tkt]
            newline: boundary
            min_length: 4
            """)
        let text = "Cost approx. Ten dollars\nper tkt. Sales ok. Go."
        // tkt: no cut before "Sales"; newline: boundary cuts at the line break; min_length joins "Go." to the
        // sentence before it.
        #expect(
            pipeline.process(text: text).document.sentenceTexts == [
                "Cost approx. Ten dollars", "per tkt. Sales ok. Go.",
            ])
    }

    @Test(arguments: [
        // Type errors are located by line and column and quote the bad value; range errors name the key.
        ("newline: sometimes", "sometimes"), ("min_length: 0", "min_length"), ("min_length: many", "integer"),
        ("abbreviations: ['']", "abbreviations"), ("abbreviations: ['a b']", "abbreviations"),
    ])
    func badValuesAreReported(yaml: String, fragment: String) {
        let problems = optionProblems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.contains(fragment) == true, "\(problems)")
    }

    @Test func badNewlineListsTheChoices() {
        let message = optionProblems("newline: lines").first ?? ""
        #expect(message.contains("paragraph") && message.contains("boundary") && message.contains("ignore"))
    }

    @Test func unknownKeySuggestsTheNearest() {
        #expect(optionProblems("abbreviation: [x]").first?.contains("abbreviations") == true)
    }

    @Test func validateRejectsOutOfRangeValues() {
        var options = SentenceSplitOptions()
        options.minLength = 0
        #expect(throws: OptionError.self) { try options.validate() }
        options.minLength = 1
        options.abbreviations = ["  "]
        #expect(throws: OptionError.self) { try SentenceSplitStage(options: options, context: StageContext()) }
    }

    @Test func englishRulesParse() throws {
        let rules = try LanguageRules(resource: EnglishRules.text)
        #expect(rules.abbreviations[WordKey("mr")!] == .prefix)
        #expect(rules.abbreviations[WordKey("u.s")!] == nil)  // initialisms are recognised by shape
        #expect(rules.abbreviations[WordKey("etc")!] == .terminal)
        #expect(rules.abbreviations[WordKey("jan")!] == .ambiguous)
        #expect(rules.starters.contains(WordKey("however")!))
        #expect(rules.exclamations.contains(WordKey("yahoo")!))
    }

    @Test func malformedResourcesAreErrors() {
        #expect(throws: LanguageRulesError.self) { try LanguageRules(resource: "mr\n") }
        #expect(throws: LanguageRulesError.self) { try LanguageRules(resource: "[suffix]\nmr\n") }
    }
}
