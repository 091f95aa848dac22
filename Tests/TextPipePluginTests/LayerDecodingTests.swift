import TestSupport
import Testing
import TextPipe

@testable import TextPipeRunner

/// Documents cross plugin and process boundaries as JSON; the built-in layers must come back as the same typed
/// values, with offsets converted from Unicode scalars back to UTF-8.
@Suite struct LayerDecodingTests {
    /// Non-ASCII text, so scalar and UTF-8 offsets differ.
    static let text = "Zelenskyy’s office — in Kyiv — said 55,000 soldiers died. Міністр said “no”."

    static func annotated() -> Document {
        var document = Document(id: "doc-1", text: text)
        let utf8 = Array(text.utf8)
        func range(of part: String) -> TextRange {
            let bytes = Array(part.utf8)
            let start = (0...(utf8.count - bytes.count)).first { Array(utf8[$0..<($0 + bytes.count)]) == bytes }!
            return TextRange(start: start, end: start + bytes.count)
        }
        let first = range(of: "Zelenskyy’s office — in Kyiv — said 55,000 soldiers died.")
        let second = range(of: "Міністр said “no”.")
        document[SentencesLayer.self] = [first, second]
        document[EntitiesLayer.self] = [
            Entity(range: range(of: "Zelenskyy"), text: "Zelenskyy", label: .person, reason: "gazetteer"),
            Entity(range: range(of: "Kyiv"), text: "Kyiv", label: .location),
        ]
        document[NumbersLayer.self] = [
            NumberMention(
                range: range(of: "55,000"), text: "55,000", kind: .cardinal, value: .number(55000), counts: "soldiers")
        ]
        document[SummaryLayer.self] = Summary(text: "Міністр said “no”.", sentences: [1])
        return document
    }

    @Test func builtInLayersRoundTripTyped() throws {
        let original = Self.annotated()
        var copy = Document(id: "doc-1", text: Self.text)
        try DocumentJSON.apply(DocumentJSON.encode(original), to: &copy)
        #expect(copy[SentencesLayer.self] == original[SentencesLayer.self])
        #expect(copy[EntitiesLayer.self] == original[EntitiesLayer.self])
        #expect(copy[NumbersLayer.self] == original[NumbersLayer.self])
        #expect(copy[SummaryLayer.self] == original[SummaryLayer.self])
        #expect(
            copy.sentenceTexts == ["Zelenskyy’s office — in Kyiv — said 55,000 soldiers died.", "Міністр said “no”."])
    }

    @Test func decodeBuildsTheWholeDocument() throws {
        var original = Self.annotated()
        original.source = DocumentSource(path: "in/a.txt", byteCount: 120, encoding: "utf-8")
        let decoded = try DocumentJSON.decode(DocumentJSON.encode(original))
        #expect(decoded.id == "doc-1")
        #expect(decoded.text == Self.text)
        #expect(decoded.source.path == "in/a.txt")
        #expect(decoded[EntitiesLayer.self]?.map(\.text) == ["Zelenskyy", "Kyiv"])
    }

    @Test func changesCarryOnlyWhatChanged() throws {
        let original = Self.annotated()
        var updated = original
        updated.layers.set(JSONLayer(.bool(true)), named: "flag")
        updated[SummaryLayer.self] = nil
        updated[EntitiesLayer.self] = Array(original[EntitiesLayer.self]!.prefix(1))
        let answer = DocumentJSON.encodeChanges(from: original, to: updated)
        let json = try JSONParser.parse(answer)
        #expect(json.objectValue?.map(\.key) == ["id", "entities", "flag", "summary"])
        #expect(json["summary"] == .null)
        var applied = original
        try DocumentJSON.apply(answer, to: &applied)
        #expect(applied[EntitiesLayer.self] == updated[EntitiesLayer.self])
        #expect(applied[SummaryLayer.self] == nil)
        #expect(applied[SentencesLayer.self] == original[SentencesLayer.self])
        #expect(applied.layers.value(named: "flag") as? JSONLayer == JSONLayer(.bool(true)))
    }

    @Test func scalarOffsetsConvertBackToUTF8() {
        let table = ScalarOffsetTable(text: "a’b")
        #expect(table.scalarCount == 3)
        #expect(table.utf8Offset(ofScalar: 1) == 1)
        #expect(table.utf8Offset(ofScalar: 2) == 4)
        #expect(table.utf8Offset(ofScalar: 3) == 5)
        #expect(ScalarOffsetTable(text: "plain").utf8Offset(ofScalar: 3) == 3)
    }

    @Test func customLayersStayJSONAndNullRemoves() throws {
        var document = Self.annotated()
        try DocumentJSON.apply(
            Array(#"{"id": "doc-1", "quotes": [{"start": 0, "end": 3}], "summary": null}"#.utf8), to: &document)
        #expect(
            document.layers.value(named: "quotes") as? JSONLayer
                == JSONLayer(.array([.object([("start", .number("0")), ("end", .number("3"))])])))
        #expect(document[SummaryLayer.self] == nil)
        #expect(document[SentencesLayer.self]?.count == 2)
    }

    @Test func newTextReplacesTextAndStaleLayers() throws {
        var document = Self.annotated()
        try DocumentJSON.apply(
            Array(#"{"text": "Ёлка. Tree.", "sentences": [{"start": 0, "end": 5}, {"start": 6, "end": 11}]}"#.utf8),
            to: &document)
        #expect(document.text == "Ёлка. Tree.")
        #expect(document.sentenceTexts == ["Ёлка.", "Tree."])
        #expect(document[EntitiesLayer.self] == nil)
    }

    @Test(arguments: [
        (#"{"entities": [{"start": 0, "end": 4, "label": "THING"}]}"#, "unknown label 'THING'"),
        (#"{"sentences": [{"start": 0, "end": 999}]}"#, "outside the text"),
        (#"{"numbers": [{"start": 0, "end": 1}]}"#, "needs a 'kind'"),
        (#"{"summary": [1]}"#, "expected an object"),
        (#"{"id": "other"}"#, "answered document 'other'"),
        (#"["not", "an", "object"]"#, "not an object"),
        (#"{"text": 5}"#, "not a string"),
        ("garbage", "not JSON"),
        (#"{"error": {"message": "model not loaded"}}"#, "model not loaded"),
    ])
    func malformedAnswersAreClearErrors(answer: String, expected: String) {
        var document = Self.annotated()
        let before = document.text
        #expect {
            try DocumentJSON.apply(Array(answer.utf8), to: &document)
        } throws: { error in
            "\(error)".contains(expected)
        }
        #expect(document.text == before)
        #expect(document[SentencesLayer.self]?.count == 2)
    }
}
