import Testing
import TextPipeCore

@testable import TextPipeClean

@Suite("clean options")
struct CleanOptionsTests {
    @Test func defaults() {
        let options = CleanOptions()
        #expect(options.fixMojibake)
        #expect(options.html == .auto)
        #expect(options.entities)
        #expect(options.normalize == .nfc)
        #expect(options.removeControls)
        #expect(options.fixLineBreaks)
        #expect(!options.dehyphenate)
        #expect(options.whitespace == .normalize)
        #expect(!options.straightenQuotes)
        #expect(options.boilerplate == .none)
        #expect(options.keepTitle)
        #expect(options.dropLines.isEmpty)
    }

    @Test func everyKeyHasHelp() {
        let keys: Set = [
            "fix_mojibake", "html", "entities", "normalize", "remove_controls", "fix_line_breaks", "dehyphenate",
            "whitespace", "straighten_quotes", "boilerplate", "keep_title", "drop_lines",
        ]
        #expect(Set(CleanOptions.help.keys) == keys)
    }

    @Test func bareStageTakesDefaults() throws {
        let registry = try StageRegistry([CleanStage.self])
        let spec = try PipelineSpec(yaml: "name: t\nstages:\n  - clean\n", file: "t.yaml")
        let pipeline = try registry.makePipeline(spec, context: StageContext())
        #expect(pipeline.process(text: "  Hello  \n").document.text == "Hello")
    }

    @Test func everyKeyDecodesFromYAML() throws {
        let yaml = """
            fix_mojibake: false
            html: never
            entities: false
            normalize: nfkc
            remove_controls: false
            fix_line_breaks: false
            dehyphenate: true
            whitespace: collapse
            straighten_quotes: true
            boilerplate: news
            keep_title: false
            drop_lines: ["^Advert"]
            """
        let pipeline = try cleanPipeline(yaml)
        // nfkc folds the ligature, straighten_quotes the quotes, collapse the spaces; mojibake stays.
        let text = "Headline\n\nThe \u{FB01}rst \u{201C}quote\u{201D}   here.\nAdvert: buy now\ncafÃ©"
        let result = pipeline.process(text: text).document.text
        #expect(result == "The first \"quote\" here. cafÃ©")
    }

    @Test(arguments: [
        ("whitespace: squash", "whitespace"), ("normalize: nfd", "normalize"), ("boilerplate: blog", "boilerplate"),
        ("html: maybe", "html"),
    ])
    func badChoicesListTheValidOnes(yaml: String, key: String) {
        let problems = optionProblems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.contains(key) == true || problems.first?.contains("one of") == true)
    }

    @Test func unknownKeySuggestsTheNearest() {
        let problems = optionProblems("boilerplat: news")
        #expect(problems.first?.contains("boilerplate") == true)
    }

    @Test func invalidRegularExpressionIsAnOptionError() {
        var options = CleanOptions()
        options.dropLines = ["(unclosed"]
        #expect(throws: OptionError.self) { try CleanStage(options: options, context: StageContext()) }
        #expect(optionProblems("drop_lines: ['(unclosed']").first?.contains("drop_lines") == true)
    }

    @Test func emptyPatternIsRejected() {
        var options = CleanOptions()
        options.dropLines = ["ok", ""]
        #expect(throws: OptionError.self) { try options.validate() }
    }
}
