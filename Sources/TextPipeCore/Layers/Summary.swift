/// The `summary` layer.
public enum SummaryLayer: LayerKey {
    public typealias Value = Summary
    public static let name = "summary"
}

/// An extractive summary: the chosen sentences' text and their indices in the `sentences` layer.
public struct Summary: Sendable, Hashable, LayerValue {
    public var text: String
    /// Indices into the document's `sentences` layer, in the order they appear in `text`.
    public var sentences: [Int]

    public init(text: String, sentences: [Int]) {
        self.text = text
        self.sentences = sentences
    }

    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        writer.beginObject()
        writer.field(static: "text", text)
        writer.key(static: "sentences")
        writer.beginArray()
        for index in sentences { writer.number(index) }
        writer.endArray()
        writer.endObject()
    }
}
