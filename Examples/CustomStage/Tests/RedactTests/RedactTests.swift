import Redact
import Testing
import TextPipe

@Suite struct RedactTests {
    func redact(_ text: String, _ options: RedactStage.Options = .init()) throws -> Document {
        var document = Document(id: "test", text: text)
        try RedactStage(options: options, context: StageContext()).process(&document)
        return document
    }

    @Test func replacesEmailsAndPhones() throws {
        let document = try redact("Write to press@example.org or call +44 20 7946 0958 before 5 p.m.")
        #expect(document.text == "Write to [EMAIL] or call [PHONE] before 5 p.m.")
        let kinds = document[RedactionsLayer.self]?.map(\.kind)
        #expect(kinds == [.email, .phone])
        let first = try #require(document[RedactionsLayer.self]?.first)
        #expect(document.text[utf8: first.range] == "[EMAIL]")
    }

    @Test func leavesOrdinaryNumbersAlone() throws {
        let text = "Some 55,000 soldiers, 2019-2022, and 12.5% growth (year 2024)."
        let document = try redact(text)
        #expect(document.text == text)
        #expect(document[RedactionsLayer.self] == [])
    }

    @Test func honoursOptions() throws {
        var options = RedactStage.Options()
        options.phones = false
        options.emailPlaceholder = "<email>"
        let document = try redact("a.b@news.co.uk, 555-123-4567", options)
        #expect(document.text == "<email>, 555-123-4567")
    }

    @Test func rejectsOutOfRangeDigits() {
        var options = RedactStage.Options()
        options.minPhoneDigits = 2
        #expect(throws: OptionError.self) { try options.validate() }
    }

    @Test func runsInAPipelineFromYAML() throws {
        let registry = try StageRegistry.builtIn.adding(RedactStage.self)
        let pipeline = try PipelineLoader(registry: registry).load(yaml: "stages:\n  - redact\n  - sentence_split\n")
        let (document, error) = pipeline.process(text: "Mail x@y.com now. Thanks.")
        #expect(error == nil)
        #expect(document.text == "Mail [EMAIL] now. Thanks.")
        #expect(document[SentencesLayer.self]?.count == 2)
    }
}
