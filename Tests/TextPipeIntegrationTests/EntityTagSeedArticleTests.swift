import Foundation
import TestSupport
import Testing
import TextPipe

/// entity_tag after the real decode, clean and sentence_split stages, on the seed article, and built from
/// pipeline YAML as the CLI builds it.
@Suite("entity_tag on the seed article")
struct EntityTagSeedArticleTests {
    /// The seed article after decode, clean (default options, or news boilerplate removal, which drops the
    /// photo caption), sentence_split and entity_tag.
    func seedDocument(newsBoilerplate: Bool = false) throws -> Document {
        var document = Document(
            id: "seed", bytes: try SharedData.bytes(SharedData.seedArticlePath),
            source: DocumentSource(path: SharedData.seedArticlePath))
        var clean = CleanStage.Options()
        if newsBoilerplate { clean.boilerplate = .news }
        let stages: [any Stage] = [
            try DecodeStage(options: .init(), context: StageContext()),
            try CleanStage(options: clean, context: StageContext()),
            try SentenceSplitStage(options: .init(), context: StageContext()),
            try EntityTagStage(options: .init(), context: StageContext()),
        ]
        for stage in stages { try stage.process(&document) }
        return document
    }

    static let expected: [(Entity.Label, String)] = [
        (.person, "Volodymyr Zelenskyy"), (.person, "Zelenskyy"), (.person, "Mark Rutte"),
        (.person, "Vladimir Putin"), (.person, "Putin"), (.person, "Donald Trump"), (.person, "Rustem Umerov"),
        (.organization, "NATO"), (.organization, "Kyiv Post"), (.organization, "France 2"),
        (.organization, "Center for Strategic and International Studies"), (.organization, "CSIS"),
        (.organization, "Kremlin"), (.organization, "National Security and Defense Council"),
        (.location, "Ukraine"), (.location, "Kyiv"), (.location, "Independence Square"), (.location, "Abu Dhabi"),
        (.location, "United Arab Emirates"), (.location, "UAE"), (.location, "Washington"),
        (.location, "United States"), (.location, "Russia"),
        (.miscellaneous, "Ukrainian"), (.miscellaneous, "Russian"), (.miscellaneous, "Europeans"),
    ]

    @Test func expectedEntitiesAreFound() throws {
        let entities = try seedDocument()[EntitiesLayer.self] ?? []
        for (label, text) in Self.expected {
            #expect(entities.contains { $0.label == label && $0.text == text }, "\(label.rawValue) \(text)")
        }
    }

    /// Without the photo caption, the names that only it holds are gone; every other one is still found.
    @Test func articleBodyWithoutCaption() throws {
        let entities = try seedDocument(newsBoilerplate: true)[EntitiesLayer.self] ?? []
        let captionOnly: Set<String> = ["Mark Rutte", "NATO", "Kyiv", "Independence Square"]
        for (label, text) in Self.expected where !captionOnly.contains(text) {
            #expect(entities.contains { $0.label == label && $0.text == text }, "\(label.rawValue) \(text)")
        }
    }

    @Test(arguments: [false, true])
    func everyZelenskyyAndPutinIsThePerson(newsBoilerplate: Bool) throws {
        let document = try seedDocument(newsBoilerplate: newsBoilerplate)
        let entities = document[EntitiesLayer.self] ?? []
        for name in ["Zelenskyy", "Putin"] {
            var count = 0
            var search = document.text.startIndex
            while let found = document.text.range(of: name, range: search..<document.text.endIndex) {
                let start = document.text.utf8.distance(from: document.text.utf8.startIndex, to: found.lowerBound)
                #expect(
                    entities.contains { $0.label == .person && $0.range.start <= start && start < $0.range.end },
                    "\(name) at \(start)")
                count += 1
                search = found.upperBound
            }
            #expect(count >= 2)
        }
    }

    @Test func entityTextsMatchTheirRanges() throws {
        let document = try seedDocument()
        for entity in document[EntitiesLayer.self] ?? [] {
            #expect(document.slice(entity.range) == entity.text)
        }
    }

    @Test func yamlOptionsReachTheStage() throws {
        let yaml =
            "name: people\nstages:\n  - sentence_split\n  - entity_tag:\n      labels: [PERSON]\n      memory: false\n"
        let spec = try PipelineSpec(yaml: yaml, file: "people.yaml")
        let pipeline = try StageRegistry.builtIn.makePipeline(spec, context: StageContext())
        let (document, error) = pipeline.process(
            text: "President Volodymyr Zelenskyy spoke in Kyiv. Zelenskyy said more.")
        #expect(error == nil)
        #expect(document[EntitiesLayer.self]?.map(\.text) == ["Volodymyr Zelenskyy"])
    }

    @Test func missingGazetteerFileFailsThePipeline() throws {
        let yaml = "name: g\nstages:\n  - sentence_split\n  - entity_tag:\n      gazetteers: [missing-names.txt]\n"
        let spec = try PipelineSpec(yaml: yaml, file: "g.yaml")
        #expect(throws: PipelineError.self) {
            try StageRegistry.builtIn.makePipeline(spec, context: StageContext(baseDirectory: "/nonexistent"))
        }
    }
}
