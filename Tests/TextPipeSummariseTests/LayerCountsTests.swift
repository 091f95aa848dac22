import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// Names and figures per sentence come from the `entities` and `numbers` layers when they exist, in whatever order
/// the layers list them, and from the sentence's own tokens otherwise.
struct LayerCountsTests {
    private let sentences = [
        "Mary Dunlop met John Smith in Port Ellen on Monday.", "Nothing happened.",
        "The council spent 12 million pounds on 3 new cranes in 2019.", "Glasgow City Council agreed.",
    ]

    /// Every run of letters and digits not inside a word, as an entity (capitalised runs) or a number mention
    /// (digit runs; every third one marked as not really a number).
    private func layers(of document: Document) -> ([Entity], [NumberMention]) {
        let bytes = Array(document.text.utf8)
        var entities: [Entity] = []
        var numbers: [NumberMention] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var end = index
            if byte &- 0x41 < 26 {
                // Capitalised words one space apart make one name.
                while end < bytes.count, bytes[end] &- 0x41 < 26 {
                    while end < bytes.count, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
                    guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), bytes[end + 1] &- 0x41 < 26 else {
                        break
                    }
                    end += 1
                }
                entities.append(Entity(range: TextRange(start: index, end: end), text: "", label: .person))
            } else if byte &- 0x30 < 10 {
                while end < bytes.count, bytes[end] &- 0x30 < 10 { end += 1 }
                numbers.append(
                    NumberMention(
                        range: TextRange(start: index, end: end), text: "", kind: .cardinal,
                        marker: numbers.count % 3 == 2 ? "not_number" : nil))
            }
            index = max(end, index + 1)
        }
        return (entities, numbers)
    }

    @Test func layersCountInAnyOrder() throws {
        var document = document(sentences)
        let ranges = document[SentencesLayer.self] ?? []
        let (entities, numbers) = layers(of: document)
        // The plain counts: words of the names (spaces plus one) and unmarked mentions starting in each sentence.
        let bytes = Array(document.text.utf8)
        let expectedNames = ranges.map { range in
            entities.filter { $0.range.start >= range.start && $0.range.start < range.end }
                .map { 1 + bytes[$0.range.start..<$0.range.end].filter { $0 == UInt8(ascii: " ") }.count }
                .reduce(0, +)
        }
        let expectedFigures = ranges.map { range in
            numbers.filter { $0.marker == nil && $0.range.start >= range.start && $0.range.start < range.end }.count
        }
        #expect(expectedNames == [7, 1, 1, 3] && expectedFigures == [0, 0, 2, 0])
        let stage = try SummariseStage(options: SummariseOptions(), context: StageContext())
        for (entityOrder, numberOrder) in [(entities, numbers), (entities.reversed(), numbers.reversed())] {
            document[EntitiesLayer.self] = Array(entityOrder)
            document[NumbersLayer.self] = Array(numberOrder)
            var profile = DocumentProfile(
                text: document.text, sentences: ranges, limit: SummariseStage.maximumSentences)
            stage.countNames(document, ranges, into: &profile)
            stage.countFigures(document, ranges, into: &profile)
            #expect(profile.sentences.map(\.names) == expectedNames)
            #expect(profile.sentences.map(\.figures) == expectedFigures)
        }
        // Without the layers, capitalised words after the first and number tokens stand in.
        let plain = DocumentProfile(text: document.text, sentences: ranges, limit: SummariseStage.maximumSentences)
        #expect(plain.sentences.map(\.names) == plain.sentences.map(\.capitalised))
        #expect(plain.sentences.map(\.figures) == plain.sentences.map(\.numbers))
    }
}
