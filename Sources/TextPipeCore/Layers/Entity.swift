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

    /// Writes the entity at `entity` as one object formatted in one reservation of the output buffer, reading
    /// its fields where they are (a method called on an array element copied the entity first).
    static func writeJSON(of entity: UnsafePointer<Entity>, to writer: inout JSONWriter, context: OutputContext) {
        let range = entity.pointee.range
        let start = context.scalarOffset(range.start)
        let end = context.scalarOffset(range.end)
        let source = context.sourceRange(of: range)
        // Keys and offsets take under 160 bytes; each string byte takes at most six escaped.
        let stringBytes = entity.pointee.text.utf8.count + (entity.pointee.reason?.utf8.count ?? 0)
        writer.writeValue(maximum: 192 + 6 * stringBytes) { target in
            var out = JSONObjectBytes(base: target)
            out.appendSpan(start: start, end: end, source: source)
            out.append(",\"text\":")
            out.appendQuoted(entity.pointee.text)
            out.append(",\"label\":\"")
            out.append(entity.pointee.label.name)
            out.append("\"")
            out.appendField(",\"reason\":", entity.pointee.reason)
            out.append("}")
            return out.count
        }
    }

    /// Writes the layer reading each entity in place (the default loop copies every entity out of the array).
    public static func writeJSON(array entities: [Entity], to writer: inout JSONWriter, context: OutputContext) {
        writer.beginArray()
        entities.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices { writeJSON(of: base + index, to: &writer, context: context) }
        }
        writer.endArray()
    }
}
