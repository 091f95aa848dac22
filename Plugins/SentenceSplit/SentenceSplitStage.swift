import TextPipeCore

/// Splits text into sentences.
public struct SentenceSplitStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "sentence_split", summary: "Splits text into sentences.", requires: [.text], produces: [.sentences])

    public init(options: NoOptions, context: StageContext) {}

    public func process(_ document: inout Document) throws {
        document[SentencesLayer.self] = [TextRange(start: 0, end: document.text.utf8.count)]
    }
}
