import Testing
import TextPipeCore

/// The string scanners work eight and sixteen bytes at a time with an overlapping last word; these tests put
/// each kind of special byte at every position of strings around those block sizes.
@Suite("JSON strings")
struct JSONStringTests {
    /// A plain run of `length` bytes (a news sentence, repeated) with `special` at `index`.
    private func text(length: Int, special: Character, at index: Int) -> String {
        let plain = Array("Officials said the talks in Geneva would resume on Friday. ")
        var characters = (0..<length).map { plain[$0 % plain.count] }
        characters[index] = special
        return String(characters)
    }

    /// `text` written as a layer item's text (the object formatter's own quoting) and read back.
    private func itemText(_ text: String) throws -> JSONValue? {
        var writer = JSONWriter()
        Entity(range: TextRange(start: 0, end: 1), text: text, label: .person)
            .writeJSON(to: &writer, context: OutputContext(text: text))
        return try JSONParser.parse(writer.bytes)["text"]
    }

    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "é"] as [Character])
    func everyPositionRoundTrips(special: Character) throws {
        for length in 1...40 {
            for index in 0..<length {
                let original = text(length: length, special: special, at: index)
                var writer = JSONWriter()
                writer.string(original)
                let json = writer.bytes
                if special == "é" {
                    #expect(json == Array("\"\(original)\"".utf8), "no escape needed, length \(length) at \(index)")
                }
                #expect(try JSONParser.parse(json) == .string(original), "length \(length) at \(index)")
                #expect(try itemText(original) == .string(original), "item, length \(length) at \(index)")
            }
        }
    }

    @Test func twoSpecialsInShortStringsRoundTrip() throws {
        // Strings under eight bytes are read as overlapping halves or as first, middle and last byte: the first
        // special must be found whichever part also holds a later one.
        for length in 2...16 {
            for first in 0..<length {
                for second in (first + 1)..<length {
                    var characters = Array(text(length: length, special: "\"", at: first))
                    characters[second] = "\n"
                    let original = String(characters)
                    #expect(try itemText(original) == .string(original), "\(length): \(first), \(second)")
                }
            }
        }
    }

    @Test func escapesAfterEscapesRoundTrip() throws {
        // Escapes close together and at block edges make the parser restart its scan mid-string.
        for gap in 0...20 {
            let original = "a\"" + String(repeating: "b", count: gap) + "\\\n" + String(repeating: "c", count: gap) + "\u{1F}"
            var writer = JSONWriter()
            writer.string(original)
            #expect(try JSONParser.parse(writer.bytes) == .string(original), "gap \(gap)")
        }
    }

    @Test func entitiesWriteTheirTextEscapedOrAsIs() throws {
        let text = #"He said "Acme" won."#
        let entities = [
            Entity(range: TextRange(start: 9, end: 15), text: #""Acme""#, label: .organization, reason: "rule:quoted"),
            Entity(range: TextRange(start: 9, end: 15), text: "Acme", label: .organization),
        ]
        var writer = JSONWriter()
        entities.writeJSON(to: &writer, context: OutputContext(text: text))
        let parsed = try JSONParser.parse(writer.bytes)
        #expect(parsed.arrayValue?.first?["text"] == .string(#""Acme""#))
        #expect(parsed.arrayValue?.first?["reason"] == .string("rule:quoted"))
        #expect(parsed.arrayValue?.last?["text"] == .string("Acme"))
        #expect(String(decoding: writer.bytes, as: UTF8.self).hasPrefix(#"[{"start":9,"end":15,"text":"\"Acme\"","label":"ORG""#))
    }

    @Test func everyEntityLabelIsWrittenAsItsRawValue() throws {
        for label in Entity.Label.allCases {
            var writer = JSONWriter()
            Entity(range: TextRange(start: 0, end: 4), text: "Acme", label: label).writeJSON(to: &writer, context: OutputContext(text: "Acme"))
            #expect(try JSONParser.parse(writer.bytes)["label"] == .string(label.rawValue))
        }
    }

    @Test func stringsOfEveryShortLengthAreCopiedWhole() throws {
        // Short values are copied with overlapping word moves: every length up to past sixteen.
        for length in 0...40 {
            let text = String("Wolfeschlegelsteinhausenbergerdorff und Söhne".prefix(length))
            let entity = Entity(range: TextRange(start: 0, end: 1), text: text, label: .person, reason: text)
            var writer = JSONWriter()
            entity.writeJSON(to: &writer, context: OutputContext(text: text))
            let parsed = try JSONParser.parse(writer.bytes)
            #expect(parsed["text"] == .string(text))
            #expect(parsed["reason"] == .string(text))
        }
    }

    @Test func integersOfEveryLengthAreWrittenInFull() throws {
        var values: [Int] = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 1...18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, 2 * power - 1]
        }
        for value in values {
            var writer = JSONWriter()
            writer.number(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
        }
    }
}
