import Foundation
import Testing
import TextPipe

/// Sleeps a pseudo-random while so that workers finish out of order, then tags the document.
private struct JitterStage: Stage {
    static let descriptor = StageDescriptor(name: "jitter", summary: "Finishes out of order.", produces: [.sentences])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        let n = Int(document.id.dropFirst(3)) ?? 0
        usleep(UInt32((n * 7919) % 13) * 100)
        if document.text.contains("fail") { throw StageError("document \(n) asked to fail") }
        document[SentencesLayer.self] = [TextRange(start: 0, end: document.text.utf8.count)]
    }
}

/// Summarises a document as its first sentence; needs the sentences `JitterStage` makes.
private struct FirstSentenceStage: Stage {
    static let descriptor = StageDescriptor(
        name: "first-sentence", summary: "The first sentence as the summary.", requires: [.sentences], produces: [.summary])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        guard let first = document[SentencesLayer.self]?.first else { throw StageError("no sentences") }
        document[SummaryLayer.self] = Summary(text: String(document.text.utf8.prefix(first.end - first.start)) ?? "", sentences: [0])
    }
}

/// Collects what a run writes, in memory.
final class MemorySink: OutputSink {
    var lines: [String] = []
    var finished = false
    func write(_ bytes: [UInt8], for document: Document) throws { lines.append(String(decoding: bytes, as: UTF8.self)) }
    func finish() throws { finished = true }
    func discard() {}
}

@Suite("Runner")
struct RunnerTests {
    func jsonl(_ documents: [(String, String)]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-runner-\(UUID().uuidString).jsonl").path
        let body = documents.map { #"{"id":"\#($0.0)","text":"\#($0.1)","extra":{"k":[1,2]}}"# }.joined(separator: "\n") + "\n"
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func pipeline() throws -> Pipeline {
        try Pipeline(name: "t", stages: [PipelineStage(JitterStage(options: NoOptions(), context: StageContext()))])
    }

    @Test func fourWorkersKeepInputOrderOver200Documents() throws {
        let path = try jsonl((0..<200).map { ("doc\($0)", "text \($0)") })
        defer { try? FileManager.default.removeItem(atPath: path) }
        var configuration = RunConfiguration()
        configuration.jobs = 4
        configuration.windowPerJob = 4
        let sink = MemorySink()
        let summary = try Runner(pipeline: pipeline(), configuration: configuration).run([.file(path: path, id: "in.jsonl")], into: sink)
        #expect(summary.documents == 200)
        #expect(summary.failed == 0)
        #expect(sink.finished)
        let ids = try sink.lines.map { try JSONParser.parse($0)["id"]?.stringValue ?? "" }
        #expect(ids == (0..<200).map { "doc\($0)" })
        #expect(sink.lines[0] == #"{"id":"doc0","extra":{"k":[1,2]},"source":{"bytes":6},"text":"text 0","sentences":[{"start":0,"end":6}]}"#)
    }

    @Test func aFailingDocumentIsRecordedAndTheOthersContinue() throws {
        let path = try jsonl([("doc1", "fine"), ("doc2", "please fail"), ("doc3", "fine too")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        var configuration = RunConfiguration()
        configuration.jobs = 2
        let sink = MemorySink()
        let summary = try Runner(pipeline: pipeline(), configuration: configuration).run([.file(path: path, id: "in.jsonl")], into: sink)
        #expect(summary.documents == 3)
        #expect(summary.failed == 1)
        let failed = try JSONParser.parse(sink.lines[1])
        #expect(failed["error"] == .object([("stage", .string("jitter")), ("message", .string("document 2 asked to fail"))]))
        #expect(failed["sentences"] == nil)
        #expect(try JSONParser.parse(sink.lines[2])["sentences"] != nil)
    }

    @Test func aDocumentThatFailsSkipsTheLaterStagesWhileItsBatchGoesOn() throws {
        // One batch: the stages run stage by stage over all its documents.
        let path = try jsonl((1...20).map { ("doc\($0)", $0 % 7 == 0 ? "please fail" : "fine") })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pipeline = try Pipeline(
            name: "t",
            stages: [
                PipelineStage(JitterStage(options: NoOptions(), context: StageContext())),
                PipelineStage(FirstSentenceStage(options: NoOptions(), context: StageContext())),
            ])
        let sink = MemorySink()
        let summary = try Runner(pipeline: pipeline, configuration: RunConfiguration()).run([.file(path: path, id: "in.jsonl")], into: sink)
        #expect(summary.documents == 20)
        #expect(summary.failed == 2)
        for (index, line) in sink.lines.enumerated() {
            let output = try JSONParser.parse(line)
            let fails = (index + 1) % 7 == 0
            #expect(output["id"]?.stringValue == "doc\(index + 1)")
            #expect((output["error"]?["stage"]?.stringValue == "jitter") == fails)
            #expect((output["summary"] == nil) == fails, "doc\(index + 1)")
        }
        #expect(summary.stages.map(\.documents) == [20, 18])
    }

    @Test func badJSONLinesFailOnlyThemselves() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-bad-\(UUID().uuidString).jsonl").path
        try "{\"id\":\"a\",\"text\":\"ok\"}\n{not json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"ok\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = MemorySink()
        let summary = try Runner(pipeline: pipeline(), configuration: RunConfiguration()).run([.file(path: path, id: "x.jsonl")], into: sink)
        #expect(summary.documents == 4)
        #expect(summary.failed == 2)
        let second = try JSONParser.parse(sink.lines[1])
        #expect(second["id"]?.stringValue == "x.jsonl:2")
        #expect(second["error"]?["stage"]?.stringValue == "input")
        #expect(try JSONParser.parse(sink.lines[2])["error"]?["message"]?.stringValue == "line 3: no string field 'text'")
    }

    @Test func failFastStopsReadingAfterTheFirstFailure() throws {
        let path = try jsonl([("doc1", "please fail")] + (2..<2000).map { ("doc\($0)", "fine") })
        defer { try? FileManager.default.removeItem(atPath: path) }
        var configuration = RunConfiguration()
        configuration.failFast = true
        configuration.windowPerJob = 2
        let sink = MemorySink()
        let summary = try Runner(pipeline: pipeline(), configuration: configuration).run([.file(path: path, id: "in.jsonl")], into: sink)
        #expect(summary.failed == 1)
        // Reading stops within a window of batches, far before the end of the input.
        #expect(summary.documents < 200)
    }

    @Test func statisticsCoverEveryStage() throws {
        let path = try jsonl((0..<10).map { ("doc\($0)", "text") })
        defer { try? FileManager.default.removeItem(atPath: path) }
        let summary = try Runner(pipeline: pipeline(), configuration: RunConfiguration()).run([.file(path: path, id: "in.jsonl")], into: MemorySink())
        #expect(summary.stages.map(\.stage) == ["jitter"])
        #expect(summary.stages[0].documents == 10)
        #expect(summary.report.contains("jitter"))
    }
}
