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
        withUnsafePointer(to: self) { Self.writeJSON(of: $0, to: &writer, context: context) }
    }

    /// Writes the entity at `entity` as one object in one reservation of the output buffer, reading its fields
    /// where they are.
    static func writeJSON(of entity: UnsafePointer<Entity>, to writer: inout JSONWriter, context: OutputContext) {
        // Keys and quotes take under 64 bytes; each string byte takes at most six escaped.
        let stringBytes = entity.pointee.text.utf8.count + (entity.pointee.reason?.utf8.count ?? 0)
        writer.writeValue(maximum: JSONWriter.spanObjectMaximum(fieldBytes: 64 + 6 * stringBytes)) { target in
            var out = JSONObjectBytes(base: target)
            out.appendSpan(of: entity.pointee.range, context: context)
            out.appendField(",\"text\":", entity.pointee.text)
            out.appendField(",\"label\":", name: entity.pointee.label.name)
            out.appendField(",\"reason\":", entity.pointee.reason)
            out.append("}")
            return out.count
        }
    }

    public static func writeJSON(array entities: [Entity], to writer: inout JSONWriter, context: OutputContext) {
        writer.arrayInPlace(of: entities) { entity, writer in writeJSON(of: entity, to: &writer, context: context) }
    }
}
