import Foundation
import Testing
import TextPipeCore

@testable import TextPipeEntityTag

/// Options: defaults, each key, bad values.
@Suite("entity_tag options")
struct EntityTagOptionsTests {
    @Test func defaults() {
        let options = EntityTagOptions()
        #expect(options.labels == ["PERSON", "ORG", "LOC", "MISC"])
        #expect(options.gazetteers.isEmpty)
        #expect(options.memory)
        #expect(EntityTagStage.descriptor.name == "entity_tag")
        #expect(EntityTagStage.descriptor.requires == [.sentences])
        #expect(EntityTagStage.descriptor.produces == [.entities])
    }

    @Test func helpCoversEveryKey() {
        #expect(Set(EntityTagOptions.help.keys) == ["labels", "gazetteers", "memory"])
    }

    @Test func labelsKeepOnlyThoseLabels() throws {
        var options = EntityTagOptions()
        options.labels = ["PERSON", "loc"]
        let entities = try tag("Ukrainian President Volodymyr Zelenskyy visited Kyiv.", options: options)
        #expect(entities.map(\.text) == ["Volodymyr Zelenskyy", "Kyiv"])
    }

    @Test(arguments: ["PEOPLE", "", "GEO"])
    func unknownLabelIsRejected(_ label: String) {
        var options = EntityTagOptions()
        options.labels = [label]
        #expect(throws: OptionError.self) { try options.validate() }
        #expect(throws: OptionError.self) { try EntityTagStage(options: options, context: StageContext()) }
    }

    @Test func labelSpellings() {
        #expect(EntityTagOptions.label(named: "per") == .person)
        #expect(EntityTagOptions.label(named: "Organization") == .organization)
        #expect(EntityTagOptions.label(named: "LOCATION") == .location)
        #expect(EntityTagOptions.label(named: "misc") == .miscellaneous)
    }

    @Test func emptyGazetteerPathIsRejected() {
        var options = EntityTagOptions()
        options.gazetteers = [" "]
        #expect(throws: OptionError.self) { try options.validate() }
    }

    @Test func missingGazetteerFileIsAnOptionError() {
        var options = EntityTagOptions()
        options.gazetteers = ["no-such-gazetteer.txt"]
        do {
            _ = try EntityTagStage(options: options, context: StageContext(baseDirectory: "/nonexistent"))
            Issue.record("expected an error")
        } catch let error as OptionError {
            #expect(error.key == "gazetteers")
            #expect(error.message.contains("no-such-gazetteer.txt"))
            #expect(error.message.contains("/nonexistent/no-such-gazetteer.txt"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func memoryKeyTurnsMemoryOff() throws {
        var options = EntityTagOptions()
        options.memory = false
        let entities = try tag("Mark Rutte arrived.\nRutte spoke.", options: options)
        #expect(entities.map(\.text) == ["Mark Rutte"])
        #expect(try tag("Mark Rutte arrived.\nRutte spoke.").map(\.text) == ["Mark Rutte", "Rutte"])
    }
}
