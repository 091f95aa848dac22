import Testing
import TextPipeCore

@Suite("JSON")
struct JSONTests {
    @Test func parsesAndKeepsKeyOrderAndNumberLiterals() throws {
        let value = try JSONParser.parse(#"{"id": "a", "big": 12345678901234567890, "x": [1.5, true, null]}"#)
        #expect(value.objectValue?.map(\.key) == ["id", "big", "x"])
        #expect(value["big"] == .number("12345678901234567890"))
        #expect(value["x"]?.arrayValue?.count == 3)
        var writer = JSONWriter()
        writer.value(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"id":"a","big":12345678901234567890,"x":[1.5,true,null]}"#)
    }

    @Test func escapesRoundTrip() throws {
        let text = "quote \" backslash \\ tab \t newline \n nul \u{0} emoji 😀 é"
        var writer = JSONWriter()
        writer.string(text)
        let json = String(decoding: writer.bytes, as: UTF8.self)
        #expect(json.contains(#"\u0000"#))
        #expect(try JSONParser.parse(json) == .string(text))
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00 \u00e9""#) == .string("😀 é"))
    }

    @Test(arguments: [#"{"a": }"#, "[1, 2", #"{"a" 1}"#, "tru", #""unterminated"#, "{} extra", "01x"])
    func invalidJSONIsAnError(text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { _ = try JSONParser.parse(text) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        #expect(throws: JSONParser.SyntaxError.self) {
            _ = try JSONParser.parse(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        }
    }

    @Test func doublesFormatLikeJSONReaders() {
        #expect(JSONWriter.format(55000) == "55000")
        #expect(JSONWriter.format(-3.2) == "-3.2")
        #expect(JSONWriter.format(0.25) == "0.25")
        #expect(JSONWriter.format(.infinity) == "null")
    }
}
