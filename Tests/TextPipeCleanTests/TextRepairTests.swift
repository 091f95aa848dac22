import Testing
import TextPipeCore

@testable import TextPipeClean

@Suite("line breaks, controls, normalisation, whitespace, quotes")
struct TextRepairTests {
    @Test func lineBreaks() throws {
        #expect(try clean("one\r\ntwo\rthree\u{2028}four\u{2029}five") == "one\ntwo\nthree\nfour\n\nfive")
        #expect(try clean("one\r\ntwo") { $0.fixLineBreaks = false } == "one\r\ntwo")
    }

    @Test func controlCharacters() throws {
        #expect(
            try clean("\u{FEFF}Here's a control character: \u{1A}done\u{7F}.") == "Here's a control character: done.")
        #expect(try clean("keep\ttabs") == "keep\ttabs")
        #expect(try clean("a\u{1A}b") { $0.removeControls = false } == "a\u{1A}b")
    }

    @Test func unicodeNormalisation() throws {
        let decomposed = "Cafe\u{301} \u{FB01}le"
        #expect(try clean(decomposed) == "Café \u{FB01}le")
        #expect(try clean(decomposed) { $0.normalize = .nfkc } == "Café file")
        #expect(try clean(decomposed) { $0.normalize = .none }.unicodeScalars.elementsEqual(decomposed.unicodeScalars))
    }

    @Test func normalisationKeepsAlignment() throws {
        let original = "the cafe\u{301} opened"
        let document = try cleanTracked(original)
        #expect(document.text.utf8.count == original.utf8.count - 1)
        let range = document.text.utf8Range(of: "opened")
        #expect(sourceText(of: range, in: document, original: original) == "opened")
        let cafe = document.text.utf8Range(of: "café")
        #expect(sourceText(of: cafe, in: document, original: original) == "cafe\u{301}")
    }

    @Test func dehyphenation() throws {
        let text = "an inter-\nnational deal with Anglo-\nSaxon firms"
        #expect(try clean(text) == text)
        #expect(try clean(text) { $0.dehyphenate = true } == "an international deal with Anglo-\nSaxon firms")
    }

    @Test func whitespaceNormalizeKeepsParagraphsAndTables() throws {
        let text = "\n\n  Title  \n\n\n\nLine one   \n    Maize   48.0\n \n\nEnd\n\n"
        #expect(try clean(text) == "Title\n\nLine one\n    Maize   48.0\n\nEnd")
    }

    @Test func whitespaceCollapse() throws {
        let text = "Title\n\nLine  one\n\tcontinues\n\n\nNext  paragraph "
        #expect(try clean(text) { $0.whitespace = .collapse } == "Title\n\nLine one continues\n\nNext paragraph")
    }

    @Test func whitespaceKeep() throws {
        let text = "  a  \n\n\n\nb  "
        #expect(try clean(text) { $0.whitespace = .keep } == text)
    }

    @Test func noBreakSpacesStay() throws {
        #expect(try clean("[x]\u{A0}©") == "[x]\u{A0}©")
    }

    @Test func quoteStraighteningIsOptIn() throws {
        let text = "\u{201C}Yes,\u{201D} he said \u{2014} it\u{2019}s \u{2018}fine\u{2019}"
        #expect(try clean(text) == text)
        #expect(try clean(text) { $0.straightenQuotes = true } == "\"Yes,\" he said - it's 'fine'")
    }

    @Test func plainASCIIIsUntouched() throws {
        let text = "Plain text, nothing to do.\n\nSecond paragraph."
        let document = try cleanTracked(text)
        #expect(document.text == text)
        #expect(document.alignment == nil)
    }

    @Test func refusesDocumentsWithLayers() throws {
        var document = Document(id: "t", text: "Hello.")
        document[SentencesLayer.self] = [TextRange(start: 0, end: 6)]
        let stage = try CleanStage(options: CleanOptions(), context: StageContext())
        #expect(throws: StageError.self) { try stage.process(&document) }
    }
}
