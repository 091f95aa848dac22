import Testing

@testable import TextPipeSentenceSplit

/// Line breaks: headlines, datelines and bylines without final punctuation, hard-wrapped paragraphs, and the
/// `newline` and `min_length` options. Examples marked "golden rule N" are from pragmatic_segmenter's Golden
/// Rules (../shared/data/sentences/golden_rules_en.jsonl, MIT).
@Suite("line breaks")
struct LineBreakTests {
    @Test func headlineDatelineAndByline() throws {
        let text = """
            Markets rally on rate hopes
            By Jane Doe, Staff Reporter
            LONDON, March 3
            Shares rose on Monday. Bonds fell.
            """
        #expect(
            try split(text) == [
                "Markets rally on rate hopes", "By Jane Doe, Staff Reporter", "LONDON, March 3",
                "Shares rose on Monday.",
                "Bonds fell.",
            ])
    }

    @Test func aSentenceBrokenInTheMiddle() throws {
        // golden rules 40 and 42
        #expect(
            try split("This is a sentence\ncut off in the middle because pdf.") == [
                "This is a sentence\ncut off in the middle because pdf."
            ])
        #expect(
            try split("features\ncontact manager\nevents, activities\n") == [
                "features", "contact manager", "events, activities",
            ])
    }

    /// Reuters-21578 style: hard-wrapped at about 65 columns, headline in capitals, indented paragraphs. Written
    /// for this test in that layout.
    @Test func hardWrappedParagraphs() throws {
        let text = """
            BANK CREDIT SLOWS IN JANUARY

            New credit advanced by finance houses,
            retailers and other specialist providers of credit slipped
            to 2.66 billion stg in January from 2.78 billion in
            December, the Department of Trade and Industry said.
                Of the January total, 1.15 billion stg was advanced on
            bank credit cards, the department said, adding that lending
            to businesses declined by 5.0 pct.
             REUTER
            """
        #expect(
            try split(text) == [
                "BANK CREDIT SLOWS IN JANUARY",
                "New credit advanced by finance houses,\nretailers and other specialist providers of credit slipped\nto 2.66 billion stg in January from 2.78 billion in\nDecember, the Department of Trade and Industry said.",
                "Of the January total, 1.15 billion stg was advanced on\nbank credit cards, the department said, adding that lending\nto businesses declined by 5.0 pct.",
                "REUTER",
            ])
    }

    @Test func blankLinesAlwaysEndSentences() throws {
        for mode in [NewlineMode.paragraph, .boundary, .ignore] {
            #expect(
                try split("Title without a stop\n\nBody starts here") { $0.newline = mode } == [
                    "Title without a stop", "Body starts here",
                ])
        }
    }

    @Test func newlineModes() throws {
        let text = "This is a sentence\ncut off in the middle because pdf.\nNext line"
        #expect(
            try split(text) { $0.newline = .boundary } == [
                "This is a sentence", "cut off in the middle because pdf.", "Next line",
            ])
        #expect(
            try split(text) { $0.newline = .ignore } == [
                "This is a sentence\ncut off in the middle because pdf.", "Next line",
            ])
        #expect(
            try split("Input\n2026-02-05 11:19:44\nUpdated") { $0.newline = .ignore } == [
                "Input\n2026-02-05 11:19:44\nUpdated"
            ])
        #expect(try split("Input\n2026-02-05 11:19:44\nUpdated") == ["Input", "2026-02-05 11:19:44", "Updated"])
    }

    @Test func crlfAndUnicodeSeparators() throws {
        #expect(
            try split("Headline here\r\nBody text.\r\n\r\nNext part.") == [
                "Headline here", "Body text.", "Next part.",
            ])
        #expect(try split("One line\u{2029}Another line") == ["One line", "Another line"])
    }

    @Test func minLengthJoinsShortSentences() throws {
        let text = "Wait. Really? The plan changed again. Ok."
        #expect(try split(text) == ["Wait.", "Really?", "The plan changed again.", "Ok."])
        #expect(try split(text) { $0.minLength = 8 } == ["Wait. Really?", "The plan changed again. Ok."])
        #expect(try split("Hi.") { $0.minLength = 10 } == ["Hi."])
    }

    @Test func textEndingInsideACandidate() throws {
        for text in ["See No. “", "It is No. (", "Ends with Mr.", "Wait . .", "1.", "a)", "“", "Yahoo! ", "U.S. “"] {
            let sentences = try split(text)
            #expect(sentences.joined(separator: " ").count <= text.count)
        }
    }

    @Test func emptyAndBlankText() throws {
        #expect(try split("").isEmpty)
        #expect(try split(" \n\n \t").isEmpty)
        #expect(try split("  One sentence without a stop  ") == ["One sentence without a stop"])
    }
}
