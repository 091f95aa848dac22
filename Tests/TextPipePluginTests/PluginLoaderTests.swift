import CTextPipePlugin
import Foundation
import Testing
import TextPipe
import TextPipePluginABI

/// Loading runtime plugins: error paths with small C libraries compiled on the fly (a C compiler builds one in
/// well under a second; a Swift plugin takes minutes, so the Swift happy path is in Examples/run.sh), and the
/// Swift export helper driven in-process through the same table.
@Suite struct PluginLoaderTests {
    static let header = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/TextPipePluginABI/C/include").standardized.path

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "textpipe-plugin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Compiles a C plugin: `stages` is its description JSON; the flags pick its misbehaviour.
    static func cPlugin(
        in folder: URL, name: String = "plugin", entry: String = "textpipe_plugin_entry",
        abi: String = "TEXTPIPE_PLUGIN_ABI_VERSION",
        stages: String = #"[{"name": "c_stage", "summary": "A stage in C.", "produces": ["c_plugin"]}]"#,
        createFails: Bool = false, processFails: Bool = false
    ) throws -> String {
        let quoted = stages.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let source = """
            #include <stdlib.h>
            #include <string.h>
            #include "textpipe_plugin.h"
            static char *copy(const char *text, size_t *length) {
                size_t count = strlen(text); char *buffer = malloc(count + 1); memcpy(buffer, text, count + 1);
                *length = count; return buffer;
            }
            static int32_t describe(char **out, size_t *length) { *out = copy("\(quoted)", length); return 0; }
            static int32_t create(const char *entry, size_t size, void **instance, char **out, size_t *length) {
                if (\(createFails ? 1 : 0)) {
                    *out = copy("{\\"diagnostics\\": [{\\"line\\": 4, \\"column\\": 9, \\"message\\": \\"option 'x' is wrong\\"}]}", length);
                    return TEXTPIPE_PLUGIN_FAILED;
                }
                *instance = malloc(1); return 0;
            }
            static int32_t process(void *instance, const char *document, size_t size, char **out, size_t *length) {
                if (\(processFails ? 1 : 0)) { *out = copy("boom: the C stage failed", length); return TEXTPIPE_PLUGIN_FAILED; }
                *out = copy("{\\"c_plugin\\": true}", length); return 0;
            }
            static void free_buffer(char *buffer) { free(buffer); }
            static void destroy(void *instance) { free(instance); }
            int32_t \(entry)(uint32_t host, textpipe_plugin *table, size_t size) {
                table->abi_version = \(abi);
                if (host != table->abi_version || size != sizeof(textpipe_plugin)) return TEXTPIPE_PLUGIN_VERSION_MISMATCH;
                table->describe = describe; table->create = create; table->process = process;
                table->free_buffer = free_buffer; table->destroy = destroy;
                return 0;
            }
            """
        let sourceFile = folder.appendingPathComponent("\(name).c")
        try source.write(to: sourceFile, atomically: true, encoding: .utf8)
        let library = folder.appendingPathComponent("lib\(name).so").path
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-I", header, "-o", library, sourceFile.path]
        try compiler.run()
        compiler.waitUntilExit()
        try #require(compiler.terminationStatus == 0, "cc failed")
        return library
    }

    static func load(_ path: String) throws(PluginError) -> PluginLibrary { try PluginLibrary(path: path) }

    static func reason(_ body: () throws(PluginError) -> Void) -> PluginError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() throws {
        let error = Self.reason { () throws(PluginError) in _ = try Self.load("/nonexistent/libnothing.so") }
        #expect(error?.reason == .missingFile)
        #expect(error?.description.contains("plugin '/nonexistent/libnothing.so': no such file") == true)
    }

    @Test func fileThatIsNotALibrary() throws {
        let file = try Self.folder().appendingPathComponent("libfake.so")
        try "not a shared library".write(to: file, atomically: true, encoding: .utf8)
        let error = Self.reason { () throws(PluginError) in _ = try Self.load(file.path) }
        guard case .notALibrary? = error?.reason else {
            Issue.record("expected notALibrary, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains(file.path) == true)
    }

    @Test func missingEntrySymbol() throws {
        let library = try Self.cPlugin(in: Self.folder(), entry: "textpipe_plugin_entry_misspelt")
        let error = Self.reason { () throws(PluginError) in _ = try Self.load(library) }
        guard case .missingEntry? = error?.reason else {
            Issue.record("expected missingEntry, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("does not export 'textpipe_plugin_entry'") == true)
    }

    @Test func abiVersionMismatch() throws {
        let library = try Self.cPlugin(in: Self.folder(), abi: "99u")
        let error = Self.reason { () throws(PluginError) in _ = try Self.load(library) }
        #expect(error?.reason == .versionMismatch(plugin: 99, host: TEXTPIPE_PLUGIN_ABI_VERSION))
        #expect(
            error?.description.contains("built for plugin ABI version 99, but this textpipe speaks version 1") == true)
    }

    @Test func stageNameClashingWithABuiltIn() throws {
        let library = try Self.cPlugin(in: Self.folder(), stages: #"[{"name": "decode", "summary": "Mine."}]"#)
        var registry = StageRegistry.builtIn
        let error = Self.reason { () throws(PluginError) in try registry.register(Self.load(library)) }
        #expect(error?.reason == .nameClash(stage: "decode", existing: "decode"))
        #expect(registry.descriptors.count == StageRegistry.builtIn.descriptors.count)
    }

    @Test func unreadableDescription() throws {
        let library = try Self.cPlugin(in: Self.folder(), stages: "not json")
        let error = Self.reason { () throws(PluginError) in _ = try Self.load(library) }
        guard case .badDescription? = error?.reason else {
            Issue.record("expected badDescription, got \(String(describing: error))")
            return
        }
    }

    /// A pipeline file naming plugins relative to itself, run through the loader the CLI uses.
    static func pipeline(in folder: URL, plugins: [String], stages: String) throws -> String {
        let yaml = "plugins:\n" + plugins.map { "  - \($0)\n" }.joined() + "stages:\n" + stages
        let file = folder.appendingPathComponent("pipeline.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func pluginStageRunsFromAPipelineFile() throws {
        let folder = try Self.folder()
        _ = try Self.cPlugin(in: folder)
        let file = try Self.pipeline(in: folder, plugins: ["libplugin.so"], stages: "  - sentence_split\n  - c_stage\n")
        let pipeline = try PipelineLoader.builtIn.load(file)
        let (document, error) = pipeline.process(text: "One. Two.")
        #expect(error == nil)
        #expect((document.layers.value(named: "c_plugin") as? JSONLayer)?.json == .bool(true))
        #expect(document[SentencesLayer.self]?.count == 2)
    }

    @Test func pluginErrorsInAPipelineNameTheLine() throws {
        let folder = try Self.folder()
        let file = try Self.pipeline(in: folder, plugins: ["libmissing.so"], stages: "  - decode\n")
        #expect {
            _ = try PipelineLoader.builtIn.load(file)
        } throws: { error in
            "\(error)".contains("pipeline.yaml:2:5: error: plugin '\(folder.path)/libmissing.so': no such file")
        }
    }

    @Test func pluginFromTheCommandLine() throws {
        let folder = try Self.folder()
        var loader = PipelineLoader.builtIn
        loader.pluginPaths = [try Self.cPlugin(in: folder)]
        let pipeline = try loader.load(yaml: "stages:\n  - c_stage\n")
        #expect(pipeline.process(text: "x").error == nil)
    }

    @Test func sameLibraryOnTheCommandLineAndInTheFileLoadsOnce() throws {
        let folder = try Self.folder()
        var loader = PipelineLoader.builtIn
        loader.pluginPaths = [try Self.cPlugin(in: folder)]
        let file = try Self.pipeline(in: folder, plugins: ["libplugin.so"], stages: "  - c_stage\n")
        #expect(try loader.load(file).process(text: "x").error == nil)
    }

    @Test func stageThatFailsNamesThePlugin() throws {
        let folder = try Self.folder()
        var loader = PipelineLoader.builtIn
        let library = try Self.cPlugin(in: folder, processFails: true)
        loader.pluginPaths = [library]
        let pipeline = try loader.load(yaml: "stages:\n  - c_stage\n")
        let failure = try #require(pipeline.process(text: "x").error)
        #expect(failure.stage == "c_stage")
        #expect(failure.message == "boom: the C stage failed (stage 'c_stage' of plugin '\(library)')")
    }

    @Test func creationErrorsKeepTheirLocation() throws {
        let folder = try Self.folder()
        var loader = PipelineLoader.builtIn
        loader.pluginPaths = [try Self.cPlugin(in: folder, createFails: true)]
        #expect {
            _ = try loader.load(yaml: "stages:\n  - c_stage:\n      x: 1\n", name: "p.yaml")
        } throws: { error in
            "\(error)".hasPrefix("p.yaml:4:9: error: option 'x' is wrong (plugin '")
        }
    }
}
