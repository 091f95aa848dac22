import TestSupport
import TextPipeCore

@testable import TextPipeEntityTag

/// Runs entity_tag on text whose sentences are its lines (so these tests do not depend on sentence_split).
func tag(_ text: String, options: EntityTagOptions = EntityTagOptions()) throws -> [Entity] {
    var document = Document(id: "test", text: text)
    document[SentencesLayer.self] = lineSentences(of: text)
    try EntityTagStage(options: options, context: StageContext()).process(&document)
    return document[EntitiesLayer.self] ?? []
}

/// The entities of a text as "LABEL text" strings, in order.
func labelled(_ text: String, options: EntityTagOptions = EntityTagOptions()) throws -> [String] {
    try tag(text, options: options).map { "\($0.label.rawValue) \($0.text)" }
}

/// The non-empty lines of `text` as sentences.
func lineSentences(of text: String) -> [TextRange] {
    var sentences: [TextRange] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let length = line.utf8.count
        if length > 0 { sentences.append(TextRange(start: offset, end: offset + length)) }
        offset += length + 1
    }
    return sentences
}

/// Up to `maximumPieces` of `pieces` in a row, each followed by a space except one time in `noSpaceOneIn`.
func randomText(of pieces: [String], maximumPieces: Int, noSpaceOneIn: Int, using random: inout SplitMix) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 0...maximumPieces, using: &random) {
        text += pieces.randomElement(using: &random)!
        if Int.random(in: 0..<noSpaceOneIn, using: &random) > 0 { text += " " }
    }
    return text
}
