/// The `numbers` layer: numeric expressions in text order.
public enum NumbersLayer: LayerKey {
    public typealias Value = [NumberMention]
    public static let name = "numbers"
}

/// A number found in the text, with its kind and normalised value.
public struct NumberMention: Sendable, Hashable, LayerItem {
    /// The number kinds of the output contract.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case cardinal, ordinal, percent, money, range, fraction, date, year, time, quantity
    }

    /// A normalised value: a number, or text for dates and times (ISO 8601).
    public enum Value: Sendable, Hashable {
        case number(Double)
        case text(String)
    }

    public var range: TextRange
    public var text: String
    public var kind: Kind
    /// The value; for ranges see `low` and `high`.
    public var value: Value?
    /// The lower end of a range (absent when open).
    public var low: Double?
    /// The upper end of a range (absent when open).
    public var high: Double?
    /// ISO 4217 code for money.
    public var currency: String?
    /// The unit of a quantity ("km", "kg", "°C", "year").
    public var unit: String?
    /// The noun the number counts ("soldiers" in "55,000 Ukrainian soldiers").
    public var counts: String?
    /// Set on things kept only on request that are not really numbers ("phone", "ip", "version").
    public var marker: String?

    public init(
        range: TextRange, text: String, kind: Kind, value: Value? = nil, low: Double? = nil, high: Double? = nil,
        currency: String? = nil, unit: String? = nil, counts: String? = nil, marker: String? = nil
    ) {
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.currency = currency
        self.unit = unit
        self.counts = counts
        self.marker = marker
    }

    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        writer.beginObject()
        context.writeOffsets(of: range, to: &writer)
        writer.field(static: "text", text)
        writer.field(static: "kind", kind.rawValue)
        switch value {
        case .number(let number): writer.field(static: "value", number)
        case .text(let text): writer.field(static: "value", text)
        case nil: break
        }
        if let low { writer.field(static: "low", low) }
        if let high { writer.field(static: "high", high) }
        if let currency { writer.field(static: "currency", currency) }
        if let unit { writer.field(static: "unit", unit) }
        if let counts { writer.field(static: "counts", counts) }
        if let marker { writer.field(static: "marker", marker) }
        writer.endObject()
    }
}
