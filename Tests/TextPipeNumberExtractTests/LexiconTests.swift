import Testing

@testable import TextPipeNumberExtract

/// The word tables parse, and the hash literals in `W` are the hashes of their words.
@Suite("number_extract: word tables")
struct LexiconTests {
    @Test func hashLiteralsMatchTheirWords() {
        let pairs: [(UInt64, String)] = [
            (W.a, "a"), (W.the, "the"), (W.between, "between"), (W.percent, "percent"), (W.pmDots, "p.m."),
            (W.dollarSign, "$"), (W.enDash, "\u{2013}"), (W.minusSign, "\u{2212}"), (W.percentSign, "%"),
            (W.lessEqual, "\u{2264}"), (W.rightQuote, "\u{2019}"), (W.poundSign, "£"), (W.x10, "x10"),
            (W.rightDoubleQuote, "\u{201D}"), (W.equalling, "equalling"),
        ]
        for (literal, word) in pairs { #expect(literal == wordHash(word), "\(word)") }
        #expect(W.the == wordHash("THE"))
    }

    @Test func tablesAreRead() {
        let lexicon = Lexicon.standard
        func entry(_ word: String) -> LexEntry? {
            let slot = lexicon.lookup(wordHash(word))
            return slot >= 0 ? lexicon.entries[Int(slot)] : nil
        }
        #expect(entry("fifty")?.number == .tens(50))
        #expect(entry("trillionth")?.number == .ordinal(1e12))
        #expect(entry("sept")?.month == 9)
        #expect(entry("dollars")?.hasAfter == true)
        #expect(entry("$")?.hasBefore == true)
        #expect(entry("kilometres")?.hasAfter == true)
        #expect(entry("soldiers") == nil)
    }

    @Test func tokenizerSplitsWhatNumbersNeed() {
        var text = "fifty-two 31-year-old p.m. 1,234.5 km2 US$"
        let tokens = text.withUTF8 { NumberTokenizer.tokenize($0, lexicon: Lexicon.standard) }
        let pieces = tokens.map { token in
            String(decoding: Array(text.utf8)[Int(token.start)..<Int(token.end)], as: UTF8.self)
        }
        #expect(pieces == ["fifty", "-", "two", "31", "-", "year", "-", "old", "p.m.", "1,234.5", "km2", "US", "$"])
    }
}
