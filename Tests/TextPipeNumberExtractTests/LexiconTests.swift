import Testing

@testable import TextPipeNumberExtract

/// The word tables parse, and the hash literals in `W` are the hashes of their words.
@Suite("number_extract: word tables")
struct LexiconTests {
    @Test func hashLiteralsMatchTheirWords() {
        let pairs: [(UInt64, String)] = [
            (W.a, "a"), (W.an, "an"), (W.and, "and"), (W.or, "or"), (W.of, "of"), (W.the, "the"), (W.to, "to"),
            (W.from, "from"), (W.between, "between"), (W.through, "through"), (W.thru, "thru"), (W.over, "over"),
            (W.out, "out"), (W.`in`, "in"), (W.than, "than"), (W.last, "last"), (W.another, "another"),
            (W.percent, "percent"), (W.percents, "percents"), (W.percentage, "percentage"), (W.pct, "pct"),
            (W.per, "per"), (W.cent, "cent"), (W.points, "points"), (W.point, "point"), (W.am, "am"), (W.pm, "pm"),
            (W.amDots, "a.m."), (W.pmDots, "p.m."), (W.st, "st"), (W.nd, "nd"), (W.rd, "rd"), (W.th, "th"),
            (W.s, "s"), (W.version, "version"), (W.versions, "versions"), (W.v, "v"), (W.pound, "pound"),
            (W.pounds, "pounds"), (W.m, "m"), (W.b, "b"), (W.e, "e"), (W.one, "one"), (W.half, "half"),
            (W.dollar, "dollar"), (W.dollars, "dollars"), (W.equal, "equal"), (W.equals, "equals"),
            (W.equaling, "equaling"), (W.equalling, "equalling"), (W.more, "more"), (W.less, "less"),
            (W.fewer, "fewer"), (W.greater, "greater"), (W.higher, "higher"), (W.lower, "lower"), (W.above, "above"),
            (W.below, "below"), (W.under, "under"), (W.up, "up"), (W.at, "at"), (W.least, "least"), (W.most, "most"),
            (W.no, "no"), (W.not, "not"), (W.bigger, "bigger"), (W.larger, "larger"), (W.smaller, "smaller"),
            (W.excess, "excess"), (W.upwards, "upwards"), (W.plus, "plus"), (W.dollarSign, "$"), (W.hyphen, "-"),
            (W.enDash, "\u{2013}"), (W.emDash, "\u{2014}"), (W.minusSign, "\u{2212}"), (W.tilde, "~"),
            (W.slash, "/"), (W.colon, ":"), (W.comma, ","), (W.period, "."), (W.caret, "^"), (W.plusSign, "+"),
            (W.percentSign, "%"), (W.lessSign, "<"), (W.greaterSign, ">"), (W.equalsSign, "="),
            (W.lessEqual, "\u{2264}"), (W.greaterEqual, "\u{2265}"), (W.openParen, "("), (W.closeParen, ")"),
            (W.apostrophe, "'"), (W.rightQuote, "\u{2019}"), (W.hash, "#"), (W.exclamation, "!"), (W.question, "?"),
            (W.semicolon, ";"), (W.quote, "\""), (W.rightDoubleQuote, "\u{201D}"), (W.underscore, "_"),
            (W.poundSign, "£"), (W.k, "k"), (W.mm, "mm"), (W.x10, "x10"), (W.l, "l"), (W.may, "may"),
            (W.june, "june"), (W.july, "july"),
        ]
        for (literal, word) in pairs { #expect(literal == wordHash(word), "\(word)") }
        #expect(W.the == wordHash("THE"))
    }

    /// The tokenizer hashes plain words eight bytes at a time and the rest byte by byte; both must give
    /// `wordHash`, wherever the word stands (mid-text, or in the last eight bytes, which the fast path skips).
    @Test func tokenHashesMatchWordHash() {
        let words = [
            "a", "of", "the", "Seven", "hundred", "thousand", "kilometres", "KILOMETRES", "internationalisation",
            "abcdefgh", "abcdefghijklmnop", "Russia's", "Russia\u{2019}s", "p.m.", "u.s.", "km2", "x10", "naïve",
            "Zürich", "soldiers",
        ]
        for word in words {
            for text in [word, "\(word) ", "x \(word), y", "\(word)\n and then more words"] {
                var copy = text
                let tokens = copy.withUTF8 { NumberTokenizer.tokenize($0, lexicon: SharedLexicon.standard) }
                let expected = wordHash(String(word.map { $0 == "\u{2019}" ? "'" : $0 }))
                #expect(tokens.contains { $0.kind == .word && $0.hash == expected }, "\(text)")
            }
        }
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
        let tokens = text.withUTF8 { NumberTokenizer.tokenize($0, lexicon: SharedLexicon.standard) }
        let pieces = tokens.map { token in
            String(decoding: Array(text.utf8)[Int(token.start)..<Int(token.end)], as: UTF8.self)
        }
        #expect(pieces == ["fifty", "-", "two", "31", "-", "year", "-", "old", "p.m.", "1,234.5", "km2", "US", "$"])
    }
}
