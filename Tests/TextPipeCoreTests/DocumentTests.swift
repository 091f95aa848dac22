import Testing
@testable import TextPipeCore

@Suite("Documents and layers")
struct DocumentTests {
    enum TagsLayer: LayerKey {
        struct Tag: Codable, Sendable, LayerItem {
            var range: TextRange
            var tag: String
        }
        typealias Value = [Tag]
        static let name = "tags"
    }

    @Test func typedLayersRoundTrip() {
        var document = Document(id: "d", text: "Kyiv is cold.")
        #expect(document[SentencesLayer.self] == nil)
        document[SentencesLayer.self] = [TextRange(start: 0, end: 13)]
        document[TagsLayer.self] = [.init(range: TextRange(start: 0, end: 4), tag: "city")]
        #expect(document[SentencesLayer.self] == [TextRange(start: 0, end: 13)])
        #expect(document[TagsLayer.self]?.first?.tag == "city")
        #expect(document.layers.all.map(\.name) == ["sentences", "tags"])
    }

    @Test func aLayerStoredUnderAKeysNameWithAnotherTypeReadsAsAbsent() {
        var document = Document(id: "d", text: "Kyiv is cold.")
        // A layer that came back from outside the process as plain JSON, under the name of a typed layer.
        document.layers.set(JSONLayer(.array([.number("0"), .number("13")])), named: SentencesLayer.name)
        #expect(document[SentencesLayer.self] == nil)
        #expect(document.layers.value(named: SentencesLayer.name) is JSONLayer)
        document[SentencesLayer.self] = [TextRange(start: 0, end: 4)]
        #expect(document[SentencesLayer.self] == [TextRange(start: 0, end: 4)])
        // Values read back by their key are the stored ones, not copies gone wrong.
        let tags = (0..<50).map { TagsLayer.Tag(range: TextRange(start: $0, end: $0 + 1), tag: String(repeating: "x", count: $0)) }
        document[TagsLayer.self] = tags
        #expect(document[TagsLayer.self]?.map(\.tag) == tags.map(\.tag))
    }

    @Test func aFailingStageLeavesNoHalfMadeLayer() throws {
        let pipeline = try Pipeline(name: "t", stages: [PipelineStage(FlakyStage(options: NoOptions(), context: StageContext()))])
        let (failed, failure) = pipeline.process(text: "please fail")
        #expect(failure?.stage == "flaky")
        #expect(failure?.message == "asked to fail")
        #expect(failed[SentencesLayer.self] == nil)
        let (passed, none) = pipeline.process(text: "fine")
        #expect(none == nil)
        #expect(passed[SentencesLayer.self]?.count == 1)
    }

    @Test func outputOffsetsAreUnicodeScalarOffsets() {
        // "Zelenskyy’s" has a three-byte apostrophe; "Kyiv" starts at byte 17 but scalar 15.
        let text = "Zelenskyy’s in Kyiv"
        let context = OutputContext(text: text)
        let start = text.utf8.count - 4
        #expect(start == 17)
        #expect(context.scalarOffset(start) == 15)
        #expect(Array(text.unicodeScalars)[15...].map(String.init).joined() == "Kyiv")
        var writer = JSONWriter()
        Entity(range: TextRange(start: start, end: text.utf8.count), text: "Kyiv", label: .location, reason: "gazetteer")
            .writeJSON(to: &writer, context: context)
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"start":15,"end":19,"text":"Kyiv","label":"LOC","reason":"gazetteer"}"#)
    }

    @Test func encodableCustomLayersConvertOffsetsToo() {
        let text = "né Kyiv"
        var writer = JSONWriter()
        [TagsLayer.Tag(range: TextRange(start: 4, end: 8), tag: "city")].writeJSON(to: &writer, context: OutputContext(text: text))
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"[{"range":{"end":7,"start":3},"tag":"city"}]"#)
    }

    @Test func numbersWriteValuesTheWayReadersExpect() {
        var writer = JSONWriter()
        NumberMention(range: TextRange(start: 0, end: 6), text: "55,000", kind: .cardinal, value: .number(55000), counts: "soldiers")
            .writeJSON(to: &writer, context: OutputContext(text: "55,000 soldiers"))
        #expect(String(decoding: writer.bytes, as: UTF8.self)
            == #"{"start":0,"end":6,"text":"55,000","kind":"cardinal","value":55000,"counts":"soldiers"}"#)
    }
}
