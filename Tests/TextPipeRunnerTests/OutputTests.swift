import Foundation
import Testing
@testable import TextPipeRunner

@Suite("Atomic output")
struct OutputTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-out-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFileOutputAppearsOnlyWhenComplete() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.jsonl"
        let sink = try FileSink(path: path, format: .jsonl)
        try sink.write(Array(#"{"id":"a"}"#.utf8), for: Document(id: "a", text: ""))
        // Mid-run: nothing at the final path, one hidden partial file.
        #expect(!FileManager.default.fileExists(atPath: path))
        let partial = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(partial.count == 1 && partial[0].hasPrefix(".out.jsonl.partial-"))
        try sink.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"id\":\"a\"}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.jsonl"])
    }

    @Test func anAbandonedRunLeavesNoFileAndKeepsTheOldOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.json"
        try "previous\n".write(toFile: path, atomically: true, encoding: .utf8)
        let sink = try FileSink(path: path, format: .json)
        try sink.write(Array("{}".utf8), for: Document(id: "a", text: ""))
        sink.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
    }

    @Test func interruptedRunsLeaveOnlyHiddenPartialsThatCleanupDeletes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A registry of its own: the shared one also holds the partial files of tests running alongside.
        let registry = TemporaryFiles()
        let file = try AtomicFile(path: folder + "/x.json", syncs: false, registry: registry)
        try file.write(Array("{\"half\":".utf8))
        // What a signal handler does before exiting.
        registry.removeAll()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func jsonFormatWritesAnArray() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sink = try FileSink(path: folder + "/all.json", format: .json)
        try sink.write(Array(#"{"id":"a"}"#.utf8), for: Document(id: "a", text: ""))
        try sink.write(Array(#"{"id":"b"}"#.utf8), for: Document(id: "b", text: ""))
        try sink.finish()
        let value = try JSONParser.parse(Array(FileManager.default.contents(atPath: folder + "/all.json")!))
        #expect(value.arrayValue?.count == 2)
    }

    @Test func folderOutputNamesFilesAfterInputsAndStaysInside() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sink = try DirectorySink(folder: folder + "/", format: .jsonl)
        #expect(sink.path(for: "sub/a.txt") == folder + "/sub/a.txt.json")
        #expect(sink.path(for: "../../etc/passwd") == folder + "/etc/passwd.json")
        try sink.write(Array("{}".utf8), for: Document(id: "sub/a.txt", text: ""))
        #expect(FileManager.default.fileExists(atPath: folder + "/sub/a.txt.json"))
    }

    @Test func inputsExpandFoldersRecursivelySkippingHiddenFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["b.txt", "a.txt", ".hidden.txt", "sub/c.txt", "sub/d.md", ".git/x.txt"] {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "x".write(toFile: path, atomically: true, encoding: .utf8)
        }
        let items = try InputItem.expand([folder], include: [])
        #expect(items.map { if case .file(_, let id) = $0 { id } else { "-" } } == ["a.txt", "b.txt", "sub/c.txt", "sub/d.md"])
        let onlyText = try InputItem.expand([folder], include: ["*.txt"])
        #expect(onlyText.count == 3)
        #expect(throws: InputError.self) { try InputItem.expand([folder + "/missing"], include: []) }
    }
}
