import Testing

@testable import TextPipeSentenceSplit

/// Abbreviations: titles, months, Latin, initialisms, times and initials. Examples marked "golden rule N" are
/// from pragmatic_segmenter's Golden Rules (../shared/data/sentences/golden_rules_en.jsonl, MIT).
@Suite("abbreviations")
struct AbbreviationTests {
    @Test func titlesNeverEndASentence() throws {
        #expect(
            try split("Mr. Smith met Dr. Jones and Gov. Brown. They talked.") == [
                "Mr. Smith met Dr. Jones and Gov. Brown.", "They talked.",
            ])
        // golden rule 10
        #expect(try split("I can see Mt. Fuji from here.") == ["I can see Mt. Fuji from here."])
        // golden rule 11
        #expect(
            try split("St. Michael's Church is on 5th st. near the light.") == [
                "St. Michael's Church is on 5th st. near the light."
            ])
    }

    @Test func companySuffixesEndASentenceBeforeACapital() throws {
        // golden rules 7 and 9
        #expect(
            try split("They closed the deal with Pitt, Briggs & Co. at noon.") == [
                "They closed the deal with Pitt, Briggs & Co. at noon."
            ])
        #expect(
            try split("They closed the deal with Pitt, Briggs & Co. It closed yesterday.") == [
                "They closed the deal with Pitt, Briggs & Co.", "It closed yesterday.",
            ])
        #expect(
            try split("Bring pens, paper, etc. The shop opens at nine.") == [
                "Bring pens, paper, etc.", "The shop opens at nine.",
            ])
    }

    @Test func months() throws {
        #expect(
            try split("The deal closed on Jan. 5 and Feb. 10. Prices rose.") == [
                "The deal closed on Jan. 5 and Feb. 10.", "Prices rose.",
            ])
        #expect(
            try split("It was signed in Sept. The next one is due in Oct. 2027.") == [
                "It was signed in Sept.", "The next one is due in Oct. 2027.",
            ])
    }

    @Test func latin() throws {
        #expect(
            try split("Use a fruit, e.g. Apples or pears, i.e. Anything sweet. Then bake.") == [
                "Use a fruit, e.g. Apples or pears, i.e. Anything sweet.", "Then bake.",
            ])
        #expect(
            try split("See Smith et al. (2004) and cf. Jones. It agrees.") == [
                "See Smith et al. (2004) and cf. Jones.", "It agrees.",
            ])
    }

    @Test func initialisms() throws {
        // golden rules 13-17
        #expect(try split("I visited the U.S.A. last year.") == ["I visited the U.S.A. last year."])
        #expect(try split("I live in the E.U. How about you?") == ["I live in the E.U.", "How about you?"])
        #expect(
            try split("I work for the U.S. Government in Virginia.") == [
                "I work for the U.S. Government in Virginia."
            ])
        #expect(try split("I have lived in the U.S. for 20 years.") == ["I have lived in the U.S. for 20 years."])
        #expect(
            try split("He is afraid of former U.S. President Donald Trump.") == [
                "He is afraid of former U.S. President Donald Trump."
            ])
    }

    @Test func times() throws {
        #expect(
            try split("The meeting is at 10 a.m. tomorrow. Be there by 9 a.m. The doors open then.") == [
                "The meeting is at 10 a.m. tomorrow.", "Be there by 9 a.m.", "The doors open then.",
            ])
        #expect(try split("At 5 p.m. Mr. Smith went home.") == ["At 5 p.m. Mr. Smith went home."])
    }

    @Test func initials() throws {
        // golden rules 4 and 45
        #expect(try split("My name is Jonas E. Smith.") == ["My name is Jonas E. Smith."])
        #expect(
            try split("We make a good team, you and I. Did you see Albert I. Jones yesterday?") == [
                "We make a good team, you and I.", "Did you see Albert I. Jones yesterday?",
            ])
        #expect(
            try split("The Hobbit was written by J. R. R. Tolkien. It sold well.") == [
                "The Hobbit was written by J. R. R. Tolkien.", "It sold well.",
            ])
    }

    @Test func middleInitialsThatSpellAbbreviations() throws {
        // "M", "B", "D" are also lower-case abbreviations (married, born, died): as capitals they are initials.
        #expect(
            try split("The firm is co-owned by Jonathan M. Stan and William B. Travis. They met in 2001.") == [
                "The firm is co-owned by Jonathan M. Stan and William B. Travis.", "They met in 2001.",
            ])
        #expect(
            try split("Ralph Goode (b. August 2015) and Ann Lee (d. 1990) were there.") == [
                "Ralph Goode (b. August 2015) and Ann Lee (d. 1990) were there."
            ])
        #expect(try split("Love, Marcie\nP.S. What about Kittie?") == ["Love, Marcie", "P.S. What about Kittie?"])
    }

    @Test func referencesBeforeNumbers() throws {
        // golden rule 5 and 43
        #expect(try split("Please turn to p. 55.") == ["Please turn to p. 55."])
        #expect(
            try split("You can find it at N°. 1026.253.553. That is where the treasure is.") == [
                "You can find it at N°. 1026.253.553.", "That is where the treasure is.",
            ])
        #expect(try split("See No. 4 and fig. 2 for details.") == ["See No. 4 and fig. 2 for details."])
        // Without a number they are ordinary words.
        #expect(
            try split("They said no. Warhol's meaning is modern art. Being new, it sold.") == [
                "They said no.", "Warhol's meaning is modern art.", "Being new, it sold.",
            ])
    }

    @Test func userAbbreviations() throws {
        let text = "The Dept. of Energy met the Intl. Panel. They agreed."
        #expect(try split(text) == ["The Dept. of Energy met the Intl. Panel.", "They agreed."])
        let custom = "The Bldg. Committee met. They agreed."
        #expect(try split(custom) == ["The Bldg.", "Committee met.", "They agreed."])
        #expect(try split(custom) { $0.abbreviations = ["bldg"] } == ["The Bldg. Committee met.", "They agreed."])
        #expect(try split(custom) { $0.abbreviations = ["Bldg."] } == ["The Bldg. Committee met.", "They agreed."])
    }
}
