import TextPipeCore

/// Picks the sentences that summarise a document.
public struct SummariseStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "summarise", aliases: ["summarize"], summary: "Picks the sentences that best summarise the document.",
        requires: [.sentences], produces: [.summary])

    public init(options: NoOptions, context: StageContext) {}

    public func process(_ document: inout Document) throws {
        let sentences = document[SentencesLayer.self] ?? []
        let chosen = Array(sentences.indices.prefix(3))
        document[SummaryLayer.self] = Summary(
            text: chosen.map { String(document.text[utf8: sentences[$0]]) }.joined(separator: " "), sentences: chosen)
    }
}
