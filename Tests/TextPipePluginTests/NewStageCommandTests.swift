import Foundation
import Testing

@testable import TextPipeCommandLine

/// `textpipe new-stage` writes the files of a working package; building it takes minutes, so Examples/run.sh
/// builds one and runs its test.
@Suite struct NewStageCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized.path

    static func scaffold(_ arguments: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("new-stage-\(UUID().uuidString)")
        var command = try TextPipeCommand.parseAsRoot(
            ["new-stage"] + arguments + ["--path", folder.path, "--textpipe-source", repository])
        try command.run()
        return folder
    }

    static func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func compiledInPackage() throws {
        let folder = try Self.scaffold(["word_count"])
        let manifest = try Self.read(folder, "Package.swift")
        #expect(manifest.contains(".package(name: \"TextPipe\", path: \"\(Self.repository)\")"))
        #expect(manifest.contains(".executable(name: \"textpipe-word-count\""))
        #expect(try Self.read(folder, "Sources/WordCount/WordCountStage.swift").contains("name: \"word_count\""))
        #expect(try Self.read(folder, "Sources/WordCountCLI/main.swift").contains("adding(WordCountStage.self)"))
        #expect(
            try Self.read(folder, "Tests/WordCountTests/WordCountStageTests.swift").contains("@Test func countsWords"))
        #expect(try Self.read(folder, "pipeline.yaml").contains("- word_count:"))
    }

    @Test func pluginPackage() throws {
        let folder = try Self.scaffold(["keyword_flag", "--plugin"])
        let manifest = try Self.read(folder, "Package.swift")
        #expect(manifest.contains("type: .dynamic"))
        #expect(manifest.contains("TextPipePluginABI"))
        let export = try Self.read(folder, "Sources/KeywordFlag/Export.swift")
        #expect(export.contains("@_cdecl(\"textpipe_plugin_entry\")"))
        #expect(export.contains("TextPipePlugin.export([KeywordFlagStage.self]"))
        #expect(try Self.read(folder, "pipeline.yaml").contains(".build/release/libKeywordFlag.so"))
    }

    @Test(arguments: ["WordCount", "9lives", "word-count", ""])
    func rejectsNamesThatAreNotSnakeCase(name: String) {
        #expect(throws: (any Error).self) {
            _ = try TextPipeCommand.parseAsRoot(["new-stage", name])
        }
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = try Self.scaffold(["word_count"])
        var command = try TextPipeCommand.parseAsRoot(
            ["new-stage", "word_count", "--path", folder.path, "--textpipe-source", Self.repository])
        #expect(throws: (any Error).self) { try command.run() }
    }
}
