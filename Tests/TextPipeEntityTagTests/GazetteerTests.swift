import Foundation
import Testing
import TextPipeCore

@testable import TextPipeEntityTag

/// Loading the built-in gazetteers and users' files.
@Suite("entity_tag gazetteers")
struct GazetteerTests {
    let gazetteer = Gazetteer.builtIn

    func entry(_ name: String) -> GazetteerEntry? { gazetteer.entry(NameKey.of(name)) }

    @Test func builtInListsAreLoaded() throws {
        #expect(entry("Ukraine")?.facts.contains(.country) == true)
        #expect(entry("United Arab Emirates")?.facts.contains(.country) == true)
        #expect(try #require(entry("Kyiv")).population > 1_000_000)
        #expect(entry("Texas")?.facts.contains(.usState) == true)
        #expect(entry("Europe")?.facts.contains(.continent) == true)
        #expect(entry("Mark")?.facts.contains(.firstName) == true)
        #expect(try #require(entry("Smith")).surnameRank == 1)
        #expect(entry("Ukrainian")?.nameLabel?.label == .miscellaneous)
        #expect(entry("NATO")?.nameLabel?.label == .organization)
        #expect(entry("President")?.facts.contains(.title) == true)
        #expect(entry("Council")?.facts.contains(.organisationHeadOf) == true)
        #expect(entry("Square")?.facts.contains(.placeHead) == true)
    }

    @Test func keysFoldCaseAndApostrophes() {
        #expect(NameKey.of("KYIV") == NameKey.of("Kyiv"))
        #expect(NameKey.of("Shi’ite") == NameKey.of("shi'ite"))
        #expect(NameKey.of("ÉCOLE") == NameKey.of("école"))
        #expect(NameKey.of("Abu Dhabi") != NameKey.of("Abu"))
    }

    @Test func multiWordNamesMarkTheirPrefixes() {
        #expect(entry("Abu")?.facts.contains(.prefix) == true)
        #expect(entry("Abu Dhabi")?.nameLabel?.label == .location)
    }

    @Test func userFileAddsNamesWithAndWithoutLabels() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entity-tag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("names.tsv")
        try "# our names\nAcme Widgets\tORG\nZorblax\tperson\n\nGrand Fenwick\tLOC\n".write(
            to: file, atomically: true, encoding: .utf8)
        var options = EntityTagOptions()
        options.gazetteers = ["names.tsv"]
        var document = Document(id: "t", text: "Zorblax joined Acme Widgets in Grand Fenwick.")
        document[SentencesLayer.self] = [TextRange(start: 0, end: document.text.utf8.count)]
        try EntityTagStage(options: options, context: StageContext(baseDirectory: folder.path)).process(&document)
        let entities = document[EntitiesLayer.self] ?? []
        #expect(entities.map(\.text) == ["Zorblax", "Acme Widgets", "Grand Fenwick"])
        #expect(entities.map(\.label) == [.person, .organization, .location])
        #expect(entities.allSatisfy { $0.reason == "gazetteer:user" })
    }

    @Test func userFileWithBadLabelIsAnOptionError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        try "Acme\tCOMPANY\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var gazetteer = Gazetteer()
        #expect(throws: OptionError.self) { try gazetteer.addUserFile(at: file.path, writtenAs: "bad.tsv") }
    }
}
