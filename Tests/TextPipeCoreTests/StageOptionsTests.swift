import Testing
@testable import TextPipeCore

@Suite("Stage options")
struct StageOptionsTests {
    func options(_ yaml: String) throws -> CountingStage.Options {
        let spec = try PipelineSpec(yaml: "stages:\n  - counting\(yaml)\n", file: "t.yaml")
        let pipeline = try testRegistry().makePipeline(spec, context: StageContext())
        return try #require(pipeline.stages.first?.stage as? CountingStage).options
    }

    @Test func aBareNameTakesEveryDefault() throws {
        let defaults = try options("")
        #expect(defaults.count == 3)
        #expect(defaults.mode == .fast)
        #expect(defaults.keepOrder)
        #expect(defaults.words.isEmpty)
    }

    @Test func eachKeyOverridesOnlyItself() throws {
        #expect(try options(": {count: 7}").count == 7)
        #expect(try options(": {count: 7}").mode == .fast)
        #expect(try options(": {mode: careful}").mode == .careful)
        #expect(try options(": {keep_order: false}").keepOrder == false)
        #expect(try options(": {words: [a, b]}").words == ["a", "b"])
        #expect(try options(":").count == 3)
    }

    @Test func optionInfoIsReadFromTheDefaults() {
        let info = OptionInfo.describe(CountingStage.Options.self)
        #expect(info.map(\.key) == ["count", "mode", "keep_order", "words"])
        #expect(info[0] == OptionInfo(key: "count", type: "Int", defaultValue: "3", help: "How many."))
        #expect(info[1].type == "one of: fast, careful")
        #expect(info[1].defaultValue == "fast")
        #expect(info[3].type == "[String]")
        #expect(info[3].defaultValue == "[]")
    }

    @Test func keysForCheckingAPipelineAreTheListedKeys() {
        #expect(OptionInfo.keys(of: CountingStage.Options.self) == OptionInfo.describe(CountingStage.Options.self).map(\.key))
    }

    @Test func optionsThatAreNotAMappingAreAnError() throws {
        #expect(throws: PipelineError.self) { try options(": [1, 2]") }
    }
}

@Suite("Stage registry")
struct StageRegistryTests {
    @Test func registeringADuplicateNameIsAnError() throws {
        var registry = try testRegistry()
        #expect(throws: RegistryError.self) { try registry.register(CountingStage.self) }
        #expect(registry.descriptors.count == 3)
    }

    @Test func aliasesResolveAndClash() throws {
        let registry = try testRegistry()
        #expect(registry.factory(named: "needy")?.descriptor.name == "needs_counted")
        struct Needy: Stage {
            static let descriptor = StageDescriptor(name: "needy", summary: "Clashes with an alias.")
            init(options: NoOptions, context: StageContext) {}
            func process(_ document: inout Document) throws {}
        }
        #expect {
            _ = try registry.adding(Needy.self)
        } throws: { error in
            (error as! RegistryError).description == "the name 'needy' is already taken by stage 'needs_counted'"
        }
    }

    @Test func addingReturnsACopy() throws {
        let base = try StageRegistry([CountingStage.self])
        let extended = try base.adding(FlakyStage.self)
        #expect(base.descriptors.map(\.name) == ["counting"])
        #expect(extended.descriptors.map(\.name) == ["counting", "flaky"])
    }
}
