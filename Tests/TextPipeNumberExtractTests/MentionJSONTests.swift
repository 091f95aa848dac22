import Testing
import TextPipeCore

/// `NumberMention.writeJSON` formats the whole object itself; these pin it to what `JSONWriter` writes field by
/// field (the format of the output contract).
@Suite("number_extract: mention JSON")
struct MentionJSONTests {
    /// The object as `JSONWriter`'s public calls write it.
    static func reference(_ mention: NumberMention, context: OutputContext) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("start", context.scalarOffset(mention.range.start))
        writer.field("end", context.scalarOffset(mention.range.end))
        if let source = context.sourceRange(of: mention.range) {
            writer.field("source_start", source.start)
            writer.field("source_end", source.end)
        }
        writer.field("text", mention.text)
        writer.field("kind", mention.kind.rawValue)
        switch mention.value {
        case .number(let number): writer.field("value", number)
        case .text(let text): writer.field("value", text)
        case nil: break
        }
        if let low = mention.low { writer.field("low", low) }
        if let high = mention.high { writer.field("high", high) }
        if let currency = mention.currency { writer.field("currency", currency) }
        if let unit = mention.unit { writer.field("unit", unit) }
        if let counts = mention.counts { writer.field("counts", counts) }
        if let marker = mention.marker { writer.field("marker", marker) }
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static func written(_ mentions: [NumberMention], context: OutputContext) -> String {
        var writer = JSONWriter()
        mentions.writeJSON(to: &writer, context: context)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static let text = "né 55,000 soldiers\u{1}, \"3\\4\"\tand\n½ of −2.5 million"

    @Test(arguments: NumberMention.Kind.allCases)
    func everyKindAndField(kind: NumberMention.Kind) {
        let context = OutputContext(text: Self.text)
        let mentions = [
            NumberMention(
                range: TextRange(start: 4, end: 10), text: "55,000", kind: kind, value: .number(55000),
                counts: "soldiers"),
            NumberMention(
                range: TextRange(start: 20, end: 30), text: "\"3\\4\"\tand\n\u{1}", kind: kind, value: .text("--02-24"),
                low: -2.5, high: 1e15, currency: "US\"D", unit: "°C", counts: "tab\there", marker: "phone"),
            NumberMention(
                range: TextRange(start: 31, end: 33), text: "½", kind: kind, value: .number(0.1 + 0.2), low: -0.0,
                high: 123_456_789_012_345),
            NumberMention(range: TextRange(start: 0, end: 0), text: "", kind: kind),
            NumberMention(
                range: TextRange(start: 1, end: 9), text: "between 100,000 and 140,000 \"Ukrainian\"\u{1F}", kind: kind,
                value: .number(-12), counts: "long-running-négociations", marker: "12345678\\"),
            NumberMention(
                range: TextRange(start: 5, end: 6), text: "x", kind: kind, value: .number(9.1e15), low: 1e300,
                high: -7.25e-8),
        ]
        let expected = "[" + mentions.map { Self.reference($0, context: context) }.joined(separator: ",") + "]"
        #expect(Self.written(mentions, context: context) == expected)
    }

    @Test func sourceOffsetsAreWrittenWhenAsked() {
        let context = OutputContext(text: Self.text, alignment: .identity(count: Self.text.utf8.count))
        let mention = NumberMention(
            range: TextRange(start: 4, end: 10), text: "55,000", kind: .cardinal, value: .number(55000))
        let written = Self.written([mention], context: context)
        #expect(written == "[" + Self.reference(mention, context: context) + "]")
        #expect(written.contains(#""source_start":4,"source_end":10"#))
    }

    @Test func mentionsAfterAKeyAndBetweenValuesAreSeparated() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("numbers")
        let mention = NumberMention(range: TextRange(start: 0, end: 2), text: "42", kind: .cardinal, value: .number(42))
        mention.writeJSON(to: &writer, context: OutputContext(text: "42"))
        writer.key("more")
        writer.beginArray()
        mention.writeJSON(to: &writer, context: OutputContext(text: "42"))
        mention.writeJSON(to: &writer, context: OutputContext(text: "42"))
        writer.endArray()
        writer.endObject()
        let one = #"{"start":0,"end":2,"text":"42","kind":"cardinal","value":42}"#
        let expected = #"{"numbers":"# + one + #","more":["# + one + "," + one + "]}"
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }
}
