import Testing
import TextPipeCore

@testable import TextPipeEntityTag

/// The document memory: surnames after full names, acronyms defined in parentheses, and `memory: false`.
@Suite("entity_tag document memory")
struct DocumentMemoryTests {
    let text = """
        Zelenskyy says 55,000 soldiers were killed
        President Volodymyr Zelenskyy spoke on the 3rd.
        Zelenskyy warned about the war.
        The Center for Strategic and International Studies (CSIS) estimates more.
        CSIS is a think tank.
        """

    @Test func surnameAfterFullNameIsThePerson() throws {
        let people = try tag(text).filter { $0.label == .person }
        #expect(people.map(\.text) == ["Zelenskyy", "Volodymyr Zelenskyy", "Zelenskyy"])
        #expect(people[0].reason == "memory:person")
        #expect(people[2].reason == "memory:person")
    }

    @Test func acronymDefinedInParenthesesIsTaggedLater() throws {
        let acronyms = try tag(text).filter { $0.text == "CSIS" }
        #expect(acronyms.count == 2)
        #expect(acronyms.allSatisfy { $0.label == .organization && $0.reason == "memory:acronym" })
    }

    @Test func acronymTakesTheLabelOfItsDefinition() throws {
        let entities = try tag("Talks were held in the United Arab Emirates (UAE).\nThe UAE hosted them.")
        #expect(entities.filter { $0.text == "UAE" }.map(\.label) == [.location, .location])
    }

    @Test func memoryOffLeavesSentenceStartSurnamesAlone() throws {
        var options = EntityTagOptions()
        options.memory = false
        let people = try tag(text, options: options).filter { $0.label == .person }
        #expect(people.map(\.text) == ["Volodymyr Zelenskyy"])
    }

    @Test func namesAreRememberedPerDocumentOnly() throws {
        #expect(try tag("Zelenskyy warned.").isEmpty)
    }
}
