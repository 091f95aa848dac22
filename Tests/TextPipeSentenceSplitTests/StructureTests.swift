import Testing

@testable import TextPipeSentenceSplit

/// Lists, URLs and e-mail addresses, exclamation names and missing spaces. Examples marked "golden rule N" are
/// from pragmatic_segmenter's Golden Rules (../shared/data/sentences/golden_rules_en.jsonl, MIT).
@Suite("lists, addresses and spacing")
struct StructureTests {
    @Test(arguments: [
        // golden rules 31-39
        ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
        ("1.) The first item. 2.) The second item.", ["1.) The first item.", "2.) The second item."]),
        ("1) The first item 2) The second item", ["1) The first item", "2) The second item"]),
        ("1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]),
        ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
        ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
        ("• 9. The first item • 10. The second item", ["• 9. The first item", "• 10. The second item"]),
        ("⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]),
        (
            "a. The first item b. The second item c. The third list item",
            ["a. The first item", "b. The second item", "c. The third list item"]
        ),
    ])
    func lists(text: String, expected: [String]) throws {
        #expect(try split(text) == expected)
    }

    @Test func listLines() throws {
        #expect(
            try split("Bring:\n- a tent\n- a stove\n• food\n1. Water\n2) Maps") == [
                "Bring:", "- a tent", "- a stove", "• food", "1. Water", "2) Maps",
            ])
        #expect(try split("Which one?\nA. Inca\nB. Maya") == ["Which one?", "A. Inca", "B. Maya"])
    }

    @Test func aLoneNumberIsNotAListItem() throws {
        #expect(try split("He scored 2. The team won.") == ["He scored 2.", "The team won."])
    }

    @Test func urlsAndEmails() throws {
        // golden rules 22-23
        #expect(
            try split("Her email is Jane.Doe@example.com. I sent her an email.") == [
                "Her email is Jane.Doe@example.com.", "I sent her an email.",
            ])
        #expect(
            try split("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.")
                == [
                    "The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out.",
                ])
        #expect(
            try split("Visit www.Example.com/Page?id=3. Ask Mail.Admin@corp.example.org today.") == [
                "Visit www.Example.com/Page?id=3.", "Ask Mail.Admin@corp.example.org today.",
            ])
    }

    @Test func exclamationNames() throws {
        // golden rule 44
        #expect(
            try split("She works at Yahoo! in the accounting department.") == [
                "She works at Yahoo! in the accounting department."
            ])
        #expect(try split("We watched Jeopardy! with friends.") == ["We watched Jeopardy! with friends."])
    }

    @Test func missingSpaceAfterAPeriod() throws {
        // golden rule 52
        #expect(
            try split("Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.") == [
                "Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot.",
            ])
        // Not inside domain names, file names or camel-case names.
        #expect(
            try split("See example.com.Next or README.Md or ASP.NET now.") == [
                "See example.com.Next or README.Md or ASP.NET now."
            ])
    }
}
