import Testing
import TextPipeCore
@testable import TextPipeNumberExtract

/// `MentionBuffer` initializes each mention field by field (`NumberMention.initialize`); a field that method
/// missed would be left as garbage, so these compare every field with what `NumberMention.init` builds.
@Suite("number_extract: mention buffer")
struct MentionBufferTests {
    /// Mentions with every field set or left out in turn, with strings short (stored inline) and long (on the heap).
    static let mentions: [NumberMention] = (0..<40).map { index in
        let long = String(repeating: "Ukrainian soldiers ", count: index % 3)
        return NumberMention(
            range: TextRange(start: index, end: index + 3 + index % 5), text: "\(index * 1_000) \(long)",
            kind: NumberMention.Kind.allCases[index % NumberMention.Kind.allCases.count],
            value: index % 4 == 0 ? nil : (index % 4 == 1 ? .number(Double(index) / 8) : .text("2026-02-\(index)")),
            low: index % 3 == 0 ? Double(index) : nil, high: index % 5 == 0 ? Double(index + 1) : nil,
            currency: index % 2 == 0 ? "EUR" : nil, unit: index % 3 == 1 ? "km\(long)" : nil,
            counts: index % 4 == 2 ? "soldiers\(long)" : nil, marker: index % 7 == 0 ? "phone" : nil)
    }

    @Test func mentionsComeOutAsBuiltInOrderThroughGrowth() {
        // A capacity far below the count, so the buffer moves its mentions several times.
        var buffer = MentionBuffer(capacity: 1)
        for mention in Self.mentions {
            buffer.append(
                range: mention.range, text: mention.text, kind: mention.kind, value: mention.value, low: mention.low,
                high: mention.high, currency: mention.currency, unit: mention.unit, counts: mention.counts,
                marker: mention.marker)
        }
        // Read before each expectation: the buffer is noncopyable, and `#expect` would capture it.
        let count = buffer.count
        #expect(count == Self.mentions.count)
        let taken = buffer.takeArray()
        #expect(taken == Self.mentions)
        let countAfter = buffer.count
        #expect(countAfter == 0)
        let takenAgain = buffer.takeArray()
        #expect(takenAgain.isEmpty)
    }
}
