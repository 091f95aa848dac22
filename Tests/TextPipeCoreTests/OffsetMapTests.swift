import Testing
import TextPipeCore

@Suite("Offset maps")
struct OffsetMapTests {
    @Test func identityMapsEveryOffsetToItself() {
        let map = OffsetMap.identity(count: 10)
        #expect(map.sourceRange(of: TextRange(start: 2, end: 7)) == TextRange(start: 2, end: 7))
    }

    @Test func replacedRunsSnapOutward() {
        // "a &amp; b" (9 bytes) became "a & b" (5 bytes).
        var builder = OffsetMap.Builder()
        builder.copy(2)
        builder.replace(targetCount: 1, sourceCount: 5)
        builder.copy(2)
        let map = builder.build()
        #expect(map.sourceRange(of: TextRange(start: 0, end: 5)) == TextRange(start: 0, end: 9))
        #expect(map.sourceRange(of: TextRange(start: 2, end: 3)) == TextRange(start: 2, end: 7))
        #expect(map.sourceRange(of: TextRange(start: 4, end: 5)) == TextRange(start: 8, end: 9))
    }

    @Test func deletedTextIsSkipped() {
        // "Input\nBody" became "Body": the first 6 bytes were dropped.
        var builder = OffsetMap.Builder()
        builder.delete(6)
        builder.copy(4)
        let map = builder.build()
        #expect(map.sourceRange(of: TextRange(start: 0, end: 4)) == TextRange(start: 6, end: 10))
    }

    @Test func mapsComposeThroughTwoRewrites() {
        // Decode: a BOM (3 bytes) dropped, then 10 bytes copied.
        var decode = OffsetMap.Builder()
        decode.delete(3)
        decode.copy(10)
        // Clean: the first 4 text bytes dropped, the rest copied.
        var clean = OffsetMap.Builder()
        clean.delete(4)
        clean.copy(6)
        let combined = clean.build().followed(by: decode.build())
        #expect(combined.sourceRange(of: TextRange(start: 0, end: 6)) == TextRange(start: 7, end: 13))
        #expect(combined.sourceRange(of: TextRange(start: 1, end: 3)) == TextRange(start: 8, end: 10))
    }

    @Test func replaceTextComposesOnlyWhenTracking() {
        var document = Document(id: "d", text: "xxHello")
        document.replaceText("Hello", mappedBy: { var b = OffsetMap.Builder(); b.delete(2); b.copy(5); return b.build() }())
        #expect(document.alignment == nil)
        document = Document(id: "d", text: "xxHello")
        document.tracksAlignment = true
        document.alignment = .identity(count: 7)
        document.replaceText("Hello", mappedBy: { var b = OffsetMap.Builder(); b.delete(2); b.copy(5); return b.build() }())
        #expect(document.alignment?.sourceRange(of: TextRange(start: 0, end: 5)) == TextRange(start: 2, end: 7))
    }
}

@Suite("Offset map composition edges")
struct OffsetMapEdgeTests {
    @Test func trailingDeletionsOfTheEarlierStepSurviveComposition() {
        // Decode: 10 bytes copied, then 3 trailing bytes dropped (a NUL padding, say).
        var decode = OffsetMap.Builder()
        decode.copy(10)
        decode.delete(3)
        // Clean: 8 bytes kept, the trailing 2 (a newline pair) dropped.
        var clean = OffsetMap.Builder()
        clean.copy(8)
        clean.delete(2)
        let combined = clean.build().followed(by: decode.build())
        #expect(combined.sourceCount == 13)
        #expect(combined.sourceRange(of: TextRange(start: 0, end: 8)) == TextRange(start: 0, end: 8))
    }

    @Test func aLeadingDeletionKeepsTheFollowingRunACopy() {
        var decode = OffsetMap.Builder()
        decode.delete(3)
        decode.copy(10)
        var clean = OffsetMap.Builder()
        clean.copy(10)
        let combined = clean.build().followed(by: decode.build())
        #expect(combined.runs.map(\.isCopy) == [false, true])
        #expect(combined.sourceRange(of: TextRange(start: 2, end: 5)) == TextRange(start: 5, end: 8))
    }
}
