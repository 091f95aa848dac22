import TestSupport
import TextPipeCore

@testable import TextPipeEntityTag

/// Runs entity_tag on text whose sentences are its lines (so these tests do not depend on sentence_split).
func tag(_ text: String, options: EntityTagOptions = EntityTagOptions()) throws -> [Entity] {
    var document = Document(id: "test", text: text)
    var sentences: [TextRange] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let length = line.utf8.count
        if length > 0 { sentences.append(TextRange(start: offset, end: offset + length)) }
        offset += length + 1
    }
    document[SentencesLayer.self] = sentences
    try EntityTagStage(options: options, context: StageContext()).process(&document)
    return document[EntitiesLayer.self] ?? []
}

/// The entities of a text as "LABEL text" strings, in order.
func labelled(_ text: String, options: EntityTagOptions = EntityTagOptions()) throws -> [String] {
    try tag(text, options: options).map { "\($0.label.rawValue) \($0.text)" }
}
