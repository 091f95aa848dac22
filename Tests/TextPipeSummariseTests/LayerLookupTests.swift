import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// `LayerLookup` gives what `Document`'s subscript gives: present, absent, another layer's name, or a layer of that
/// name whose value has another type.
struct LayerLookupTests {
    private static let entity = Entity(range: TextRange(start: 0, end: 4), text: "Kyiv", label: .location)

    @Test func lookupsMatchTheSubscript() {
        var documents: [Document] = []
        var plain = Document(id: "plain", text: "Kyiv is cold.")
        documents.append(plain)
        plain[SentencesLayer.self] = [TextRange(start: 0, end: 13)]
        documents.append(plain)
        plain[EntitiesLayer.self] = [Self.entity]
        documents.append(plain)
        plain[EntitiesLayer.self] = []
        documents.append(plain)
        var other = Document(id: "other", text: "Kyiv is cold.")
        // A layer named like one, of another type (as from an exec stage).
        other.layers.set(JSONLayer(.string("x")), named: EntitiesLayer.name)
        other[SentencesLayer.self] = [TextRange(start: 0, end: 4), TextRange(start: 5, end: 13)]
        documents.append(other)
        for document in documents {
            #expect(LayerLookup.value(SentencesLayer.self, in: document) == document[SentencesLayer.self])
            #expect(LayerLookup.value(EntitiesLayer.self, in: document) == document[EntitiesLayer.self])
            #expect(LayerLookup.value(NumbersLayer.self, in: document) == document[NumbersLayer.self])
        }
    }
}
