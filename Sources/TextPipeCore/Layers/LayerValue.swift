import Foundation

/// A value that can be stored as a layer and written to the output.
///
/// Built-in layers write themselves straight into the output buffer. Any `Encodable` type gets a default
/// that goes through `JSONEncoder`; ``TextRange`` values inside it are converted to Unicode scalar offsets.
public protocol LayerValue: Sendable {
    /// Writes the value as one JSON value.
    func writeJSON(to writer: inout JSONWriter, context: OutputContext)
}

/// An element of an array-valued layer (a sentence, an entity, a number).
public protocol LayerItem: Sendable {
    func writeJSON(to writer: inout JSONWriter, context: OutputContext)
}

extension Array: LayerValue where Element: LayerItem {
    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        writer.beginArray()
        for element in self { element.writeJSON(to: &writer, context: context) }
        writer.endArray()
    }
}

extension LayerValue where Self: Encodable {
    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        writer.rawValue(context.encodeWithFoundation(self))
    }
}

extension LayerItem where Self: Encodable {
    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        writer.rawValue(context.encodeWithFoundation(self))
    }
}

extension CodingUserInfoKey {
    /// Carries the ``OutputContext`` into `Encodable` layer values.
    public static let textPipeOutputContext = CodingUserInfoKey(rawValue: "textpipe.outputContext")!
}

extension TextRange: Codable {
    private enum CodingKeys: String, CodingKey {
        case start, end
        case sourceStart = "source_start"
        case sourceEnd = "source_end"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(start: container.decode(Int.self, forKey: .start), end: container.decode(Int.self, forKey: .end))
    }

    /// Encodes as Unicode scalar offsets when an ``OutputContext`` is in the encoder's user info.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let context = encoder.userInfo[.textPipeOutputContext] as? OutputContext {
            try container.encode(context.scalarOffset(start), forKey: .start)
            try container.encode(context.scalarOffset(end), forKey: .end)
            if let source = context.sourceRange(of: self) {
                try container.encode(source.start, forKey: .sourceStart)
                try container.encode(source.end, forKey: .sourceEnd)
            }
        } else {
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }
    }
}

extension TextRange: LayerItem {
    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        if !context.hasSourceOffsets {
            writer.spanObject(start: context.scalarOffset(start), end: context.scalarOffset(end))
            return
        }
        writer.beginObject()
        context.writeOffsets(of: self, to: &writer)
        writer.endObject()
    }
}
