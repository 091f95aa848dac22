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

    /// Writes a layer of these items as one JSON array. The default writes each with `writeJSON`; an item type
    /// whose arrays can be written faster as a whole provides its own.
    static func writeJSON(array items: [Self], to writer: inout JSONWriter, context: OutputContext)
}

extension LayerItem {
    public static func writeJSON(array items: [Self], to writer: inout JSONWriter, context: OutputContext) {
        writeEach(of: items, to: &writer, context: context)
    }

    static func writeEach(of items: [Self], to writer: inout JSONWriter, context: OutputContext) {
        writer.beginArray()
        for item in items { item.writeJSON(to: &writer, context: context) }
        writer.endArray()
    }
}

extension Array: LayerValue where Element: LayerItem {
    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        Element.writeJSON(array: self, to: &writer, context: context)
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
    /// Sentences and other plain span layers go out in one write.
    public static func writeJSON(array spans: [TextRange], to writer: inout JSONWriter, context: OutputContext) {
        guard !context.hasSourceOffsets else {
            writeEach(of: spans, to: &writer, context: context)
            return
        }
        writer.spanArray(count: spans.count) { index in
            (context.scalarOffset(spans[index].start), context.scalarOffset(spans[index].end))
        }
    }

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
