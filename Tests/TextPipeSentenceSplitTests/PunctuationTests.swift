import Testing

@testable import TextPipeSentenceSplit

/// Numbers, ellipses, quotes and brackets, and `!`/`?`. Examples marked "golden rule N" are from
/// pragmatic_segmenter's Golden Rules (../shared/data/sentences/golden_rules_en.jsonl, MIT).
@Suite("punctuation")
struct PunctuationTests {
    @Test func basicTerminals() throws {
        // golden rules 1-3 and 27-30
        #expect(try split("Hello World. My name is Jonas.") == ["Hello World.", "My name is Jonas."])
        #expect(try split("What is your name? My name is Jonas.") == ["What is your name?", "My name is Jonas."])
        #expect(try split("Hello!! Long time no see.") == ["Hello!!", "Long time no see."])
        #expect(try split("Hello?! Is that you?") == ["Hello?!", "Is that you?"])
    }

    @Test func numbersAndDecimals() throws {
        // golden rules 19-20
        #expect(try split("She has $100.00 in her bag.") == ["She has $100.00 in her bag."])
        #expect(try split("She has $100.00. It is in her bag.") == ["She has $100.00.", "It is in her bag."])
        #expect(
            try split("Growth was 3.5 pct in 1986. Exports rose 2.1 pct.") == [
                "Growth was 3.5 pct in 1986.", "Exports rose 2.1 pct.",
            ])
        #expect(try split("Version 2.0.1 shipped.") == ["Version 2.0.1 shipped."])
    }

    @Test func ellipses() throws {
        // golden rules 49-51
        #expect(
            try split("I never meant that.... She left the store.") == [
                "I never meant that....", "She left the store.",
            ])
        #expect(
            try split(
                "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."
            )
                == [
                    "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."
                ])
        #expect(
            try split(
                "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . ."
            ) == [
                "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
                ". . . The practice was not abandoned. . . .",
            ])
        #expect(try split("Wait… What happened? It was… nothing.") == ["Wait…", "What happened?", "It was… nothing."])
        // golden rule 47: an elision in brackets
        #expect(
            try split("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).") == [
                "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."
            ])
    }

    @Test func closingQuotesAndBracketsBelongToTheirSentence() throws {
        // golden rules 21, 24-26
        #expect(
            try split("He teaches science (He previously worked for 5 years as an engineer.) at the local University.")
                == [
                    "He teaches science (He previously worked for 5 years as an engineer.) at the local University."
                ])
        #expect(
            try split("She turned to him, 'This is great.' she said.") == [
                "She turned to him, 'This is great.' she said."
            ])
        #expect(
            try split("She turned to him, \"This is great.\" She held the book out to show him.") == [
                "She turned to him, \"This is great.\"", "She held the book out to show him.",
            ])
        #expect(
            try split("“Stop!” he shouted. “Now?” she asked. (It was late.) They left.") == [
                "“Stop!” he shouted.", "“Now?” she asked.", "(It was late.)", "They left.",
            ])
        // golden rule 12: an apostrophe after a period is part of the word
        #expect(try split("That is JFK Jr.'s book.") == ["That is JFK Jr.'s book."])
    }

    @Test func citationMarksStayWithTheirSentence() throws {
        #expect(
            try split("Gordon was wounded in 1660. [1] Upon hearing of it, he left. [2][3] It ended.") == [
                "Gordon was wounded in 1660. [1]", "Upon hearing of it, he left. [2][3]", "It ended.",
            ])
    }

    @Test func speechAttributionAfterAQuotedQuestion() throws {
        #expect(
            try split("“Are you still there?” I called. “No thanks to you!” Pete said, smiling. It was late.") == [
                "“Are you still there?” I called.", "“No thanks to you!” Pete said, smiling.", "It was late.",
            ])
        #expect(
            try split("“Is it him?” She looked out of the window again.") == [
                "“Is it him?”", "She looked out of the window again.",
            ])
    }

    @Test func lowerCaseAfterExclamationAndQuestion() throws {
        #expect(
            try split("is it still available? because i have read about it") == [
                "is it still available?", "because i have read about it",
            ])
        #expect(try split("great food. would come again") == ["great food.", "would come again"])
    }

    @Test func otherScripts() throws {
        #expect(try split("今日は晴れです。明日は雨です。") == ["今日は晴れです。", "明日は雨です。"])
        #expect(try split("Ça va? Oui. Très bien!") == ["Ça va?", "Oui.", "Très bien!"])
    }
}
