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

    /// The built-in table is laid out by tools/gazetteers/generate.py with the keys of this module's
    /// tokenizer at that time; a tokenizer or `NameKey` change without regenerating fails here.
    @Test func generatedTableKeysMatchNameKey() {
        #expect(generatedNameKeys.count > 10)
        for (name, key) in generatedNameKeys {
            #expect(NameKey.of(name) == key, "\(name): rerun tools/gazetteers/generate.py")
            #expect(entry(name) != nil, "\(name) is missing from the built-in table")
        }
        #expect(gazetteer.table.count == BuiltInTable.count)
    }

    @Test func userNamesJoinACopyOfTheBuiltInTable() {
        var withUser = Gazetteer.builtIn
        withUser.add("Zorblax Industries Holding", .user) { $0.userLabel = NameTable.code(of: .organization) }
        #expect(withUser.entry(NameKey.of("Zorblax Industries Holding"))?.nameLabel?.label == .organization)
        #expect(withUser.entry(NameKey.of("Zorblax Industries"))?.facts.contains(.prefix) == true)
        #expect(withUser.longestName >= 3)
        #expect(Gazetteer.builtIn.entry(NameKey.of("Zorblax Industries Holding")) == nil)
        #expect(withUser.entry(NameKey.of("Kyiv"))?.facts.contains(.city) == true)
    }

    @Test func userNamesGrowTheTable() {
        var small = Gazetteer()
        for n in 0..<200 { small.add(Substring("Name\(n)"), .user) }
        #expect(small.table.count == 200)
        #expect((0..<200).allSatisfy { small.entry(NameKey.of("Name\($0)"))?.facts.contains(.user) == true })
        #expect(small.entry(NameKey.of("Name200")) == nil)
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
