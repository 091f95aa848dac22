import Foundation
import Testing
import TestSupport

@Suite("textpipe command line", .serialized)
struct CommandLineTests {
    let sentencesPipeline = "name: s\nstages:\n  - decode\n  - sentence_split\n"

    func writePipeline(_ yaml: String, in folder: String, name: String = "p.yaml") throws -> String {
        let path = folder + "/" + name
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func runsOnAFolderWithTextFilesAndAPNG() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try "Kyiv is cold. Talks went on.".write(toFile: folder + "/in/a.txt", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: SharedData.url(SharedData.seedArticlePath).path, toPath: folder + "/in/b.txt")
        // The first bytes of a real PNG file: signature, IHDR chunk.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]
        try Data(png).write(to: URL(fileURLWithPath: folder + "/in/c.png"))
        let pipeline = try writePipeline(sentencesPipeline, in: folder)
        let result = try CommandRunner.run(["run", pipeline, folder + "/in"])
        #expect(result.status == 1)
        let records = result.records
        #expect(records.map { $0["id"] as? String } == ["a.txt", "b.txt", "c.png"])
        #expect(records[0]["error"] == nil)
        #expect((records[0]["sentences"] as? [[String: Int]])?.count == 2)
        #expect(records[1]["error"] == nil)
        let error = try #require(records[2]["error"] as? [String: String])
        #expect(error["stage"] == "decode")
        #expect(records[2]["sentences"] == nil)
        #expect(result.stderr.contains("1 of 3 documents failed"))
    }

    @Test func readsJSONLFromStandardInputAndPassesExtraFieldsThrough() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipeline = try writePipeline(sentencesPipeline, in: folder)
        let input = #"{"id": "n1", "text": "Mr. Smith went to Washington. He met the press.", "lang": "en"}"# + "\n"
            + #"{"id": 2, "text": "Über die Brücke. Dann weiter."}"# + "\n"
        let result = try CommandRunner.run(["run", pipeline, "--input-format", "jsonl", "-"], stdin: input)
        #expect(result.status == 0)
        let records = result.records
        #expect(records.count == 2)
        #expect(records[0]["lang"] as? String == "en")
        #expect(records[1]["id"] as? String == "2")
        let text = try #require(records[1]["text"] as? String)
        let spans = try #require(records[1]["sentences"] as? [[String: Int]])
        // Offsets are Unicode scalar offsets: they index the text as a sequence of scalars.
        let scalars = Array(text.unicodeScalars)
        let first = String(String.UnicodeScalarView(scalars[spans[0]["start"]!..<spans[0]["end"]!]))
        #expect(first == "Über die Brücke.")
    }

    @Test func autoDetectsJSONLOnStandardInput() throws {
        let result = try CommandRunner.run(["run", "news", "-"], stdin: #"{"id":"x","text":"One sentence here."}"# + "\n")
        #expect(result.records.first?["id"] as? String == "x")
    }

    @Test func writesOneFilePerInputIntoAFolder() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in/sub", withIntermediateDirectories: true)
        try "One. Two.".write(toFile: folder + "/in/a.txt", atomically: true, encoding: .utf8)
        try "Three.".write(toFile: folder + "/in/sub/b.txt", atomically: true, encoding: .utf8)
        let pipeline = try writePipeline(sentencesPipeline, in: folder)
        let result = try CommandRunner.run(["run", pipeline, folder + "/in", "-o", folder + "/out/"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder + "/out/a.txt.json"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out/sub/b.txt.json"))
    }

    @Test func resumeProcessesOnlyNewOrChangedInputs() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try "One. Two.".write(toFile: folder + "/in/a.txt", atomically: true, encoding: .utf8)
        try "Three.".write(toFile: folder + "/in/b.txt", atomically: true, encoding: .utf8)
        let pipeline = try writePipeline(sentencesPipeline, in: folder)
        let first = try CommandRunner.run(["run", pipeline, folder + "/in", "-o", folder + "/out/", "--resume"])
        #expect(first.status == 0)
        let written = try String(contentsOfFile: folder + "/out/a.txt.json", encoding: .utf8)
        #expect(written.contains(#""input_hash":"#) && written.contains(#""pipeline_hash":"#))
        try "Changed.".write(toFile: folder + "/in/b.txt", atomically: true, encoding: .utf8)
        try "New.".write(toFile: folder + "/in/c.txt", atomically: true, encoding: .utf8)
        let second = try CommandRunner.run(["run", pipeline, folder + "/in", "-o", folder + "/out/", "--resume", "--stats"])
        #expect(second.status == 0)
        #expect(second.stderr.contains("2 documents (0 failed, 1 skipped)"))
        #expect(try String(contentsOfFile: folder + "/out/b.txt.json", encoding: .utf8).contains("Changed."))
        let noFolder = try CommandRunner.run(["run", pipeline, folder + "/in", "--resume"])
        #expect(noFolder.status == 2)
    }

    @Test func textFormatPrintsTheProcessedText() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Plain words.".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let pipeline = try writePipeline(sentencesPipeline, in: folder)
        let result = try CommandRunner.run(["run", pipeline, folder + "/a.txt", "--format", "text"])
        #expect(result.stdout == "==> a.txt <==\nPlain words.\n")
    }

    @Test func validateReportsEveryErrorCompilerStyleAndExits2() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipeline = try writePipeline("name: bad\nstages:\n  - decod\n  - summarise\n", in: folder, name: "bad.yaml")
        let result = try CommandRunner.run(["validate", "bad.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:3:5: error: unknown stage 'decod'; did you mean 'decode'?"))
        #expect(result.stderr.contains("bad.yaml:4:5: error: summarise needs sentences; add sentence_split before it"))
        let run = try CommandRunner.run(["run", pipeline, "-"], stdin: "x")
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
    }

    @Test func validateAcceptsTheBuiltInPipeline() throws {
        let result = try CommandRunner.run(["validate", "news"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("news: ok"))
    }

    @Test func stagesListsEveryStageAndDescribesOne() throws {
        let list = try CommandRunner.run(["stages"])
        for name in ["decode", "clean", "sentence_split", "entity_tag", "number_extract", "summarise"] {
            #expect(list.stdout.contains(name))
        }
        let one = try CommandRunner.run(["stages", "summarise"])
        #expect(one.stdout.contains("requires: sentences"))
        #expect(one.stdout.contains("produces: summary"))
        let unknown = try CommandRunner.run(["stages", "sumarise"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'summarise'?"))
    }

    @Test func aMissingInputIsAUsageError() throws {
        let result = try CommandRunner.run(["run", "news", "/no/such/file.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder: /no/such/file.txt"))
    }
}

@Suite("Source offsets", .serialized)
struct SourceOffsetTests {
    @Test func everySpanMapsBackToItsBytesInTheInputFile() throws {
        let path = SharedData.url(SharedData.seedArticlePath).path
        let raw = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try CommandRunner.run(["run", "news", path, "--source-offsets"])
        #expect(result.status == 0)
        let record = try #require(result.records.first)
        let text = Array((record["text"] as? String ?? "").unicodeScalars)
        var checked = 0
        for layer in ["sentences", "entities", "numbers"] {
            for span in record[layer] as? [[String: Any]] ?? [] {
                let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
                let sourceStart = try #require(span["source_start"] as? Int), sourceEnd = try #require(span["source_end"] as? Int)
                let inText = String(String.UnicodeScalarView(text[start..<end]))
                let inFile = String(decoding: raw[sourceStart..<sourceEnd], as: UTF8.self)
                #expect(inFile == inText, "\(layer) span \(start)..<\(end)")
                checked += 1
            }
        }
        #expect(checked > 30)
    }
}
