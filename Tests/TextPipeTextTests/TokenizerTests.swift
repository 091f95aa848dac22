import Testing

@testable import TextPipeText

/// The tokens of `text` as (text, kind) pairs.
private func tokens(_ text: String) -> [(String, Token.Kind)] {
    Tokenizer().tokens(in: text).map { (String($0.text(in: text)), $0.kind) }
}

private func texts(_ text: String) -> [String] { tokens(text).map(\.0) }

@Suite struct TokenizerTests {
    @Test func wordsNumbersAndPunctuation() {
        let text = "Zelenskyy said 55,000 soldiers (about 3.5%) were killed."
        #expect(
            texts(text) == [
                "Zelenskyy", "said", "55,000", "soldiers", "(", "about", "3.5", "%", ")", "were", "killed", ".",
            ])
        let kinds = tokens(text).map(\.1)
        #expect(kinds[2] == .number)
        #expect(kinds[4] == .punctuation)
        #expect(kinds[7] == .symbol)
    }

    @Test func innerApostrophesHyphensAndAmpersands() {
        #expect(
            texts("Russia’s don't Bailey-Ross AT&T rock & roll") == [
                "Russia’s", "don't", "Bailey-Ross", "AT&T", "rock", "&", "roll",
            ])
        #expect(texts("'quoted' -dash- well-") == ["'", "quoted", "'", "-", "dash", "-", "well", "-"])
    }

    @Test func initialismsKeepTheirDots() {
        #expect(
            texts("former U.S. President at 5 a.m. today") == [
                "former", "U.S.", "President", "at", "5", "a.m.", "today",
            ])
        #expect(
            texts("Jane.Doe world.Today J. Smith") == ["Jane", ".", "Doe", "world", ".", "Today", "J", ".", "Smith"])
        #expect(texts("e.g.") == ["e.g."])
    }

    @Test func numbers() {
        #expect(
            texts("1,000.That 3rd 1980s 2004-05 1,00 11:19:44") == [
                "1,000", ".", "That", "3rd", "1980s", "2004", "-", "05", "1", ",", "00", "11", ":", "19", ":", "44",
            ])
        let shapes = Tokenizer().tokens(in: "2026 3.14 55,000").map(\.shape)
        #expect(shapes[0].contains(.allDigits))
        #expect(shapes[1].contains(.hasPeriod) && !shapes[1].contains(.allDigits))
        #expect(shapes[2].contains(.hasComma))
    }

    @Test func repeatedMarksAreOneToken() {
        #expect(texts("Wait... what?! No!!") == ["Wait", "...", "what", "?", "!", "No", "!!"])
        #expect(texts("“Yes…” – he said") == ["“", "Yes", "…", "”", "–", "he", "said"])
    }

    @Test func shapes() {
        let shapes = Tokenizer().tokens(in: "Kyiv NATO kyiv McDonald I 3rd Łódź").map(\.shape)
        #expect(shapes[0].contains(.capitalised) && !shapes[0].contains(.allCaps))
        #expect(shapes[1].contains([.capitalised, .allCaps]))
        #expect(shapes[2].contains(.lowercase) && !shapes[2].contains(.capitalised))
        #expect(shapes[3].contains(.capitalised) && !shapes[3].contains(.allCaps) && !shapes[3].contains(.lowercase))
        #expect(shapes[4].contains(.allCaps))
        #expect(shapes[5].contains([.hasDigit, .hasLetter, .lowercase]))
        #expect(shapes[6].contains([.capitalised, .nonASCII]))
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Łódź, 2026"
        let all = Tokenizer().tokens(in: text)
        #expect(all.map(\.range) == [0..<7, 7..<8, 9..<13])
    }

    @Test func whitespaceBefore() {
        let all = Tokenizer().tokens(in: "Title\n\nBody text,\nmore")
        #expect(all[0].shape.contains([.spaceBefore, .paragraphBefore]))
        #expect(all[1].shape.contains([.lineBreakBefore, .paragraphBefore]))
        #expect(!all[3].shape.contains(.spaceBefore))
        #expect(all[4].shape.contains(.lineBreakBefore) && !all[4].shape.contains(.paragraphBefore))
    }

    @Test func invalidAndEmptyInput() {
        #expect(Tokenizer().tokens(in: "").isEmpty)
        #expect(texts("a\u{FFFD}b") == ["a", "\u{FFFD}", "b"])
    }
}
