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

    /// Inlinable so a stage builds the mention without a call across modules (the call copied the finished
    /// value into the caller and destroyed the original; appending still costs one copy).
    @inlinable public init(
        range: TextRange, text: consuming String, kind: Kind, value: consuming Value? = nil, low: Double? = nil,
        high: Double? = nil, currency: consuming String? = nil, unit: consuming String? = nil,
        counts: consuming String? = nil, marker: consuming String? = nil
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

    /// Initializes a mention at `mention`, field by field.
    ///
    /// For a stage that collects many mentions in memory of its own: a value this large is built on the stack
    /// and copied whole into an array's storage (each string retained, then released with the original), which
    /// costs more than finding a short number. Every stored property must be initialized here; a test compares
    /// the result with `init`.
    @inlinable public static func initialize(
        _ mention: UnsafeMutablePointer<NumberMention>, range: TextRange, text: consuming String, kind: Kind,
        value: consuming Value?, low: Double?, high: Double?, currency: consuming String?, unit: consuming String?,
        counts: consuming String?, marker: consuming String?
    ) {
        mention.pointer(to: \.range)!.initialize(to: range)
        mention.pointer(to: \.text)!.initialize(to: text)
        mention.pointer(to: \.kind)!.initialize(to: kind)
        mention.pointer(to: \.value)!.initialize(to: value)
        mention.pointer(to: \.low)!.initialize(to: low)
        mention.pointer(to: \.high)!.initialize(to: high)
        mention.pointer(to: \.currency)!.initialize(to: currency)
        mention.pointer(to: \.unit)!.initialize(to: unit)
        mention.pointer(to: \.counts)!.initialize(to: counts)
        mention.pointer(to: \.marker)!.initialize(to: marker)
    }

    /// Writes the mention as one JSON object.
    ///
    /// A text has about one mention per hundred bytes, each with up to a dozen fields: the object is formatted
    /// straight into the output buffer after one reservation for all of it, rather than field by field (each
    /// writer call checks the buffer's room, and a whole-number value took a trip through `Double`).
    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        withUnsafePointer(to: self) { Self.writeJSON(of: $0, to: &writer, context: context) }
    }

    /// Writes the mention at `mention`, reading its fields where they are: a method called on an element of
    /// an array copied the whole mention first (retaining and releasing each of its strings).
    static func writeJSON(of mention: UnsafePointer<NumberMention>, to writer: inout JSONWriter, context: OutputContext)
    {
        // Room for the keys and numbers (at most 32 bytes each), and every string byte escaped as `\u00XX`.
        var stringBytes = mention.pointee.text.utf8.count
        if case .text(let value)? = mention.pointee.value { stringBytes += value.utf8.count }
        stringBytes += (mention.pointee.currency?.utf8.count ?? 0) + (mention.pointee.unit?.utf8.count ?? 0)
        stringBytes += (mention.pointee.counts?.utf8.count ?? 0) + (mention.pointee.marker?.utf8.count ?? 0)
        writer.writeValue(maximum: JSONWriter.spanObjectMaximum(fieldBytes: 384 + 6 * stringBytes)) { target in
            var out = JSONObjectBytes(base: target)
            out.appendSpan(of: mention.pointee.range, context: context)
            out.appendField(",\"text\":", mention.pointee.text)
            out.appendField(",\"kind\":", name: mention.pointee.kind.jsonName)
            switch mention.pointee.value {
            case .number(let number):
                out.append(",\"value\":")
                out.append(number)
            case .text(let text):
                out.append(",\"value\":")
                out.appendQuoted(text)
            case nil: break
            }
            out.appendField(",\"low\":", mention.pointee.low)
            out.appendField(",\"high\":", mention.pointee.high)
            out.appendField(",\"currency\":", mention.pointee.currency)
            out.appendField(",\"unit\":", mention.pointee.unit)
            out.appendField(",\"counts\":", mention.pointee.counts)
            out.appendField(",\"marker\":", mention.pointee.marker)
            out.append("}")
            return out.count
        }
    }

    /// Writes the layer reading each mention in place (`JSONWriter.arrayInPlace`).
    public static func writeJSON(array mentions: [NumberMention], to writer: inout JSONWriter, context: OutputContext)
    {
        writer.arrayInPlace(of: mentions) { mention, writer in writeJSON(of: mention, to: &writer, context: context) }
    }
}

extension NumberMention.Kind {
    /// The raw value as a static string, so writing it needs no `String`.
    fileprivate var jsonName: StaticString {
        switch self {
        case .cardinal: "cardinal"
        case .ordinal: "ordinal"
        case .percent: "percent"
        case .money: "money"
        case .range: "range"
        case .fraction: "fraction"
        case .date: "date"
        case .year: "year"
        case .time: "time"
        case .quantity: "quantity"
        }
    }
}
