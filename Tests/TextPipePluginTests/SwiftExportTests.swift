import CTextPipePlugin
import Testing
import TextPipe
import TextPipePluginABI

/// A plugin-side stage that reads a built-in layer (typed, after the JSON crossing) and adds its own.
struct SentenceCountStage: Stage {
    static let descriptor = StageDescriptor(
        name: "sentence_count", summary: "Counts sentences.", requires: [.text, .sentences],
        produces: ["sentence_count"])

    struct Options: StageOptions {
        var atLeast = 0
        static let help = ["at_least": "Fail documents with fewer sentences."]
        func validate() throws(OptionError) {
            if atLeast < 0 { throw OptionError(key: "at_least", "must not be negative") }
        }
    }

    enum CountLayer: LayerKey {
        typealias Value = Count
        static let name = "sentence_count"
    }

    struct Count: Codable, Sendable, LayerValue {
        var sentences: Int
        var first: TextRange?
    }

    let atLeast: Int

    init(options: Options, context: StageContext) { atLeast = options.atLeast }

    func process(_ document: inout Document) throws {
        let sentences = document[SentencesLayer.self] ?? []
        if sentences.count < atLeast { throw StageError("only \(sentences.count) sentences") }
        document[CountLayer.self] = Count(sentences: sentences.count, first: sentences.first)
    }
}

/// The Swift export helper, loaded in-process through the same C table a dlopen'ed plugin fills.
@Suite struct SwiftExportTests {
    static func library() throws -> PluginLibrary {
        try PluginLibrary(path: "in-process") { version, table, size in
            TextPipePlugin.export([SentenceCountStage.self], version, UnsafeMutableRawPointer(table), size)
        }
    }

    @Test func describesStagesWithOptions() throws {
        let factory = try #require(try Self.library().factories.first)
        #expect(factory.descriptor.name == "sentence_count")
        #expect(factory.descriptor.requires == [.text, .sentences])
        #expect(factory.options.map(\.key) == ["at_least"])
        #expect(factory.options.first?.help == "Fail documents with fewer sentences.")
    }

    @Test func processesThroughJSONWithTypedBuiltInLayers() throws {
        var loader = PipelineLoader.builtIn
        try loader.registry.register(Self.library())
        let pipeline = try loader.load(yaml: "stages:\n  - sentence_split\n  - sentence_count\n")
        let (document, error) = pipeline.process(text: "Київ is big. So is Lviv.")
        #expect(error == nil)
        let json = try #require((document.layers.value(named: "sentence_count") as? JSONLayer)?.json)
        #expect(json["sentences"] == .number("2"))
        // The custom layer's range is written in Unicode scalars, as the output contract wants.
        #expect(json["first"]?["start"] == .number("0"))
        #expect(json["first"]?["end"] == .number("12"))
    }

    @Test func optionErrorsComeBackLocated() throws {
        var loader = PipelineLoader.builtIn
        try loader.registry.register(Self.library())
        #expect {
            _ = try loader.load(
                yaml: "stages:\n  - sentence_split\n  - sentence_count:\n      at_least: -1\n", name: "p.yaml")
        } throws: { error in
            "\(error)".hasPrefix(
                "p.yaml:4:17: error: option 'at_least' of 'sentence_count' must not be negative (plugin 'in-process')")
        }
        #expect {
            _ = try loader.load(
                yaml: "stages:\n  - sentence_split\n  - sentence_count:\n      at_lest: 1\n", name: "p.yaml")
        } throws: { error in
            "\(error)".contains("did you mean 'at_least'?")
        }
    }

    @Test func throwingStageFailsTheDocumentOnly() throws {
        var loader = PipelineLoader.builtIn
        try loader.registry.register(Self.library())
        let pipeline = try loader.load(yaml: "stages:\n  - sentence_split\n  - sentence_count: {at_least: 2}\n")
        let failure = try #require(pipeline.process(text: "Just one.").error)
        #expect(failure.message == "only 1 sentences (stage 'sentence_count' of plugin 'in-process')")
        #expect(pipeline.process(text: "One. Two.").error == nil)
    }

    @Test func mismatchedHostVersionWritesOnlyTheVersion() {
        var table = textpipe_plugin()
        let status = TextPipePlugin.export([SentenceCountStage.self], 7, &table, MemoryLayout<textpipe_plugin>.size)
        #expect(status == TEXTPIPE_PLUGIN_VERSION_MISMATCH)
        #expect(table.abi_version == TEXTPIPE_PLUGIN_ABI_VERSION)
        #expect(table.process == nil)
    }
}
