import TextPipe

/// The `redactions` layer: what `redact` replaced, one entry per placeholder, in text order.
///
/// A typed key: stages read and write it as `document[RedactionsLayer.self]`, and the output has it under
/// `"redactions"`.
public enum RedactionsLayer: LayerKey {
    public typealias Value = [Redaction]
    public static let name = "redactions"
}

/// One replaced span: where its placeholder now stands in the text, and what kind of thing it hid.
public struct Redaction: Sendable, Hashable, Codable, LayerItem {
    public enum Kind: String, Sendable, Hashable, Codable {
        case email, phone
    }

    /// The placeholder's range in the redacted text (UTF-8 offsets; the output shows Unicode scalar offsets).
    public var range: TextRange
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey { case kind }

    /// Written flat, `{"start": 10, "end": 17, "kind": "email"}`, like the built-in layers.
    public func encode(to encoder: any Encoder) throws {
        try range.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
    }

    public init(from decoder: any Decoder) throws {
        range = try TextRange(from: decoder)
        kind = try decoder.container(keyedBy: CodingKeys.self).decode(Kind.self, forKey: .kind)
    }
}
