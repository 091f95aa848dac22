import Testing

@testable import TextPipeCore

/// `Document.initialize` sets every stored property through its own pointer; a property it missed would be
/// left uninitialized. These tests compare what it builds with what the initializers and setters build.
@Suite("Document built in place")
struct DocumentInitializeTests {
    /// Builds a document with `initialize` and hands it back as a value.
    private func built(
        id: String, text: String, source: DocumentSource, passthrough: [(key: String, value: JSONValue)],
        tracksAlignment: Bool, alignment: OffsetMap?, verbatimText: (original: String, json: ArraySlice<UInt8>)?
    ) -> Document {
        let slot = UnsafeMutablePointer<Document>.allocate(capacity: 1)
        defer { slot.deallocate() }
        Document.initialize(
            slot, id: id, text: text, source: source, passthrough: passthrough, tracksAlignment: tracksAlignment,
            alignment: alignment, verbatimText: verbatimText)
        return slot.move()
    }

    private func expectSame(_ first: Document, _ second: Document) {
        #expect(first.id == second.id)
        #expect(first.text == second.text)
        #expect(first.source == second.source)
        #expect(first.bytes == second.bytes)
        #expect(first.layers.isEmpty && second.layers.isEmpty)
        #expect(first.passthrough.map(\.key) == second.passthrough.map(\.key))
        #expect(first.passthrough.map(\.value) == second.passthrough.map(\.value))
        #expect(first.alignment == second.alignment)
        #expect(first.tracksAlignment == second.tracksAlignment)
        #expect(first.verbatimText?.original == second.verbatimText?.original)
        #expect(first.verbatimText.map { Array($0.json) } == second.verbatimText.map { Array($0.json) })
    }

    @Test func aRecordBuiltInPlaceEqualsOneBuiltByItsSetters() {
        let json: [UInt8] = Array(#"{"id":"a","text":"Kyiv is cold.","n":1}"#.utf8)
        for tracks in [false, true] {
            let passthrough: [(key: String, value: JSONValue)] = [("n", .number("1"))]
            let source = DocumentSource(byteCount: 13)
            let alignment: OffsetMap? = tracks ? .identity(count: 13) : nil
            let verbatim = ("Kyiv is cold.", json[17..<32])
            var expected = Document(id: "a", text: "Kyiv is cold.", source: source)
            expected.passthrough = passthrough
            expected.tracksAlignment = tracks
            expected.alignment = alignment
            expected.verbatimText = verbatim
            let document = built(
                id: "a", text: "Kyiv is cold.", source: source, passthrough: passthrough, tracksAlignment: tracks,
                alignment: alignment, verbatimText: verbatim)
            expectSame(document, expected)
        }
    }

    @Test func aDocumentBuiltInPlaceWorksLikeAnyOther() {
        var document = built(
            id: "b", text: "", source: DocumentSource(), passthrough: [], tracksAlignment: false, alignment: nil,
            verbatimText: nil)
        expectSame(document, Document(id: "b", text: ""))
        // Copy it, change the copy: the original keeps its values (every field is a proper value).
        var copy = document
        copy.text = "changed"
        copy[SentencesLayer.self] = [TextRange(start: 0, end: 7)]
        #expect(document.text.isEmpty && document.layers.isEmpty)
        document.dropContent()
        #expect(document.id == "b")
    }
}
