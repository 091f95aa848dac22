/// The `entities` layer: named entities in text order.
public enum EntitiesLayer: LayerKey {
    public typealias Value = [Entity]
    public static let name = "entities"
}

/// A named entity: a span of the text with its label and the reason it was tagged.
public struct Entity: Sendable, Hashable, LayerItem {
    /// The entity types of the output contract.
    public enum Label: String, Sendable, Hashable, CaseIterable, Codable {
        case person = "PERSON"
        case organization = "ORG"
        case location = "LOC"
        case miscellaneous = "MISC"

        /// The raw value as a compile-time string, for the output path.
        var name: StaticString {
            switch self {
            case .person: "PERSON"
            case .organization: "ORG"
            case .location: "LOC"
            case .miscellaneous: "MISC"
            }
        }
    }

    public var range: TextRange
    /// The entity's text, as it appears in the document.
    public var text: String
    public var label: Label
    /// Why it was tagged: the gazetteer, the rule or the document memory that decided (for `--explain`).
    public var reason: String?

    public init(range: TextRange, text: String, label: Label, reason: String? = nil) {
        self.range = range
        self.text = text
        self.label = label
        self.reason = reason
    }

    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        context.beginObject(spanning: range, to: &writer)
        writer.field(static: "text", text)
        writer.field(static: "label", static: label.name)
        if let reason { writer.field(static: "reason", reason) }
        writer.endObject()
    }
}
