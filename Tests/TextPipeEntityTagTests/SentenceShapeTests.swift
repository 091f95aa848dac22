import Testing

@testable import TextPipeEntityTag

/// The score-line test skips the walk that counts words when `SentenceShape.mayBeScoreLine(capitals:mentions:)` is
/// false: that must never hide a score line.
@Suite("entity_tag sentence shapes")
struct SentenceShapeTests {
    @Test func noScoreLineIsMissedWithoutTheWordCounts() {
        for capitals in [false, true] {
            for numbers in UInt32(0)...3 {
                for mentions in 0...3 {
                    var shape = TaggingPass.SentenceShape()
                    shape.numbers = numbers
                    let may = shape.mayBeScoreLine(capitals: capitals, mentions: mentions)
                    for words in UInt32(0)...8 {
                        for lowercaseWords in UInt32(0)...words {
                            for versus in [false, true] {
                                shape.words = words
                                shape.lowercaseWords = lowercaseWords
                                shape.versus = versus
                                if shape.isScoreLine(capitals: capitals, mentions: mentions) {
                                    #expect(may, "numbers \(numbers), mentions \(mentions), words \(words)")
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
