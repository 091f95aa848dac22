import Foundation
import Testing
import TextPipe

/// Tags a document with one sentence over its text, or fails it when the text says so.
private struct TagStage: Stage {
    static let descriptor = StageDescriptor(name: "tag", summary: "One sentence over the text.", produces: [.sentences])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        if document.text.contains("fail") { throw StageError("asked to fail") }
        document[SentencesLayer.self] = [TextRange(start: 0, end: document.text.utf8.count)]
    }
}

/// Records each document the runner hands to a sink, with its bytes.
private final class RecordingSink: OutputSink {
    var outputs: [[UInt8]] = []
    var documents: [Document] = []
    func write(_ bytes: [UInt8], for document: Document) throws {
        outputs.append(bytes)
        documents.append(document)
    }
    func finish() throws {}
    func discard() {}
}

/// The runner encodes a batch's documents one after another into one buffer and hands each sink a slice of it;
/// each document's bytes must be what encoding it alone gives, in every format.
@Suite("Batch output")
struct BatchOutputTests {
    /// 150 documents (several batches): escapes, non-ASCII text, empty texts, texts ending in a newline, failures.
    private func texts() -> [String] {
        (0..<150).map { index in
            switch index % 6 {
            case 0: "Plain text \(index)."
            case 1: "A \"quoted\" line\nand a second \u{1} with é and €."
            case 2: ""
            case 3: "ends in a newline \(index)\n"
            case 4: "please fail \(index)"
            default: String(repeating: "long text \(index) ", count: index)
            }
        }
    }

    private func input(_ texts: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "textpipe-batch-\(UUID().uuidString).jsonl"
        ).path
        var lines: [String] = []
        for (index, text) in texts.enumerated() {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("id", "doc\(index)")
            writer.field("text", text)
            writer.endObject()
            lines.append(String(decoding: writer.bytes, as: UTF8.self))
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// What encoding each document alone gives, run through the same pipeline.
    private func expected(_ texts: [String], pipeline: Pipeline, format: RunConfiguration.OutputFormat) -> [[UInt8]] {
        let encoder = DocumentEncoder(format: format)
        return texts.enumerated().map { index, text in
            var document = Document(id: "doc\(index)", text: text, source: DocumentSource(byteCount: text.utf8.count))
            do throws(StageFailure) {
                try pipeline.process(&document)
                return encoder.encode(document, failure: nil)
            } catch {
                return encoder.encode(document, failure: error)
            }
        }
    }

    @Test(arguments: [RunConfiguration.OutputFormat.jsonl, .json, .text])
    func eachDocumentsBytesAreItsOwnEncoding(format: RunConfiguration.OutputFormat) throws {
        let texts = texts()
        let path = try input(texts)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pipeline = try Pipeline(
            name: "t", stages: [PipelineStage(TagStage(options: NoOptions(), context: StageContext()))])
        for jobs in [1, 3] {
            var configuration = RunConfiguration()
            configuration.jobs = jobs
            configuration.outputFormat = format
            let sink = RecordingSink()
            let summary = try Runner(pipeline: pipeline, configuration: configuration).run(
                [.file(path: path, id: "in.jsonl")], into: sink)
            #expect(summary.documents == texts.count)
            #expect(summary.failed == texts.count / 6)
            let wanted = expected(texts, pipeline: pipeline, format: format)
            #expect(sink.outputs.count == wanted.count)
            for (index, output) in sink.outputs.enumerated() where index < wanted.count {
                #expect(output == wanted[index], "\(format) -j \(jobs), document \(index)")
            }
            // The sink gets each document with its id and source, its content already dropped.
            #expect(sink.documents.map(\.id) == texts.indices.map { "doc\($0)" })
            #expect(sink.documents.allSatisfy { $0.text.isEmpty && $0.layers.isEmpty })
        }
    }

    @Test func recordKeysAreFoundWithOrWithoutEscapes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "textpipe-keys-\(UUID().uuidString).jsonl"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = [
            #"{"i\u0064":"a","te\u0078t":"one","idx":1}"#, #"{"text":"two","id":7,"texts":"x"}"#,
            #"{"Id":"c","TEXT":"three"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let pipeline = try Pipeline(
            name: "t", stages: [PipelineStage(TagStage(options: NoOptions(), context: StageContext()))])
        let sink = RecordingSink()
        _ = try Runner(pipeline: pipeline, configuration: RunConfiguration()).run(
            [.file(path: path, id: "in.jsonl")], into: sink)
        let outputs = sink.outputs.map { String(decoding: $0, as: UTF8.self) }
        #expect(outputs.count == 3)
        #expect(outputs.first?.hasPrefix(#"{"id":"a","idx":1,"source":{"bytes":3},"text":"one","#) == true)
        #expect(
            outputs.dropFirst().first?.hasPrefix(#"{"id":"7","texts":"x","source":{"bytes":3},"text":"two","#) == true)
        // Keys are matched exactly: "Id" and "TEXT" pass through, and the record has no text.
        #expect(
            outputs.last?.contains(#""error":{"stage":"input","message":"line 3: no string field 'text'"}"#) == true)
        #expect(outputs.last?.hasPrefix(#"{"id":"in.jsonl:3","Id":"c","TEXT":"three""#) == true)
    }

    @Test func aStreamSinkWritesTheSlicesFramed() throws {
        let texts = texts()
        let path = try input(texts)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "textpipe-batch-\(UUID().uuidString).jsonl"
        ).path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let pipeline = try Pipeline(
            name: "t", stages: [PipelineStage(TagStage(options: NoOptions(), context: StageContext()))])
        let sink = try FileSink(path: output, format: .jsonl)
        _ = try Runner(pipeline: pipeline, configuration: RunConfiguration()).run(
            [.file(path: path, id: "in.jsonl")], into: sink)
        let written = try #require(FileManager.default.contents(atPath: output))
        let wanted = expected(texts, pipeline: pipeline, format: .jsonl).flatMap { $0 + [UInt8(ascii: "\n")] }
        #expect(Array(written) == wanted)
    }
}
