import Dispatch
import Foundation
import Testing
import TextPipe

/// The `exec` stage against small Python children whose behaviour each document's text picks.
@Suite struct ExecStageTests {
    static let child = """
        import json, os, sys, time
        for line in sys.stdin:
            document = json.loads(line)
            text = document["text"]
            if "die" in text:
                sys.stderr.write("child: dying on purpose\\n")
                sys.exit(3)
            if "garbage" in text:
                print("this is not json", flush=True)
                continue
            if "sleep" in text:
                time.sleep(30)
            if "refuse" in text:
                print(json.dumps({"id": document["id"], "error": {"message": "cannot handle this one"}}), flush=True)
                continue
            print(json.dumps({"id": document["id"], "pid": os.getpid(), "chars": len(text)}), flush=True)
        """

    /// A pipeline file with an exec stage in a fresh folder holding the child script.
    static func pipeline(_ options: String = "timeout: 5") throws -> Pipeline {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-exec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try child.write(to: folder.appendingPathComponent("child.py"), atomically: true, encoding: .utf8)
        let yaml = "stages:\n  - exec:\n      command: [python3, child.py]\n      \(options)\n"
        let file = folder.appendingPathComponent("pipeline.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return try PipelineLoader(registry: .builtIn).load(file.path)
    }

    static func pid(_ document: Document) -> JSONValue? {
        (document.layers.value(named: "pid") as? JSONLayer)?.json
    }

    @Test func answersBecomeLayers() throws {
        let pipeline = try Self.pipeline()
        let (document, error) = pipeline.process(text: "Київ said hello.", id: "a")
        #expect(error == nil)
        #expect((document.layers.value(named: "chars") as? JSONLayer)?.json == .number("16"))
        #expect(document.text == "Київ said hello.")
    }

    @Test func childKeepsRunningAcrossDocuments() throws {
        let pipeline = try Self.pipeline()
        let first = pipeline.process(text: "one", id: "1").document
        let second = pipeline.process(text: "two", id: "2").document
        #expect(Self.pid(first) != nil)
        #expect(Self.pid(first) == Self.pid(second))
    }

    @Test(arguments: [
        ("please die", "exited with status 3"),
        ("garbage please", "not JSON"),
        ("refuse please", "cannot handle this one"),
    ])
    func failureFailsOnlyThatDocument(trigger: String, expected: String) throws {
        let pipeline = try Self.pipeline()
        let before = pipeline.process(text: "fine", id: "before").document
        let (_, failure) = pipeline.process(text: trigger, id: "bad")
        let failed = try #require(failure)
        #expect(failed.stage == "exec")
        #expect(failed.message.contains("exec [python3 child.py]"))
        #expect(failed.message.contains(expected))
        let (after, error) = pipeline.process(text: "fine again", id: "after")
        #expect(error == nil)
        #expect(Self.pid(after) != nil)
        if trigger != "refuse please" {
            #expect(Self.pid(after) != Self.pid(before), "the child should have been restarted")
        }
    }

    @Test func timeoutKillsAndRestarts() throws {
        let pipeline = try Self.pipeline("timeout: 0.5")
        // The first document of a fresh child also gets time for the interpreter to start.
        #expect(pipeline.process(text: "warm up", id: "first").error == nil)
        let started = Date()
        let (_, failure) = pipeline.process(text: "sleep now", id: "slow")
        #expect(failure?.message.contains("no answer within 0.5 s") == true)
        #expect(Date().timeIntervalSince(started) < 10)
        let (_, error) = pipeline.process(text: "quick", id: "next")
        #expect(error == nil)
    }

    @Test func manyThreadsShareChildrenInOrder() throws {
        let pipeline = try Self.pipeline("processes: 2")
        let texts = (0..<40).map { String(repeating: "x", count: $0 + 1) }
        let answers = LockedAnswers()
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            let document = pipeline.process(text: texts[index], id: "doc\(index)").document
            answers.set(index, (document.layers.value(named: "chars") as? JSONLayer)?.json)
        }
        for index in texts.indices {
            #expect(answers.get(index) == .number(String(index + 1)))
        }
    }

    @Test(arguments: [
        ("command: []", "option 'command' of 'exec' must name a program"),
        ("command: [python3]\n      timeout: 0", "option 'timeout' of 'exec' must be more than 0"),
        ("command: [no-such-program-here]", "cannot find the program 'no-such-program-here'"),
        ("command: [python3]\n      processes: 0", "must be between 1 and 256"),
    ])
    func badOptions(options: String, expected: String) {
        let yaml = "stages:\n  - exec:\n      \(options)\n"
        #expect {
            _ = try PipelineLoader(registry: .builtIn).load(yaml: yaml)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test func listedWithItsOptions() throws {
        let factory = try #require(PipelineLoader(registry: .builtIn).registry.factory(named: "exec"))
        #expect(factory.options.map(\.key) == ["command", "timeout", "processes", "directory"])
        #expect(factory.options.first { $0.key == "timeout" }?.defaultValue == "10.0")
    }
}

final class LockedAnswers: @unchecked Sendable {
    // @unchecked: `values` is only touched with `lock` held.
    private let lock = NSLock()
    private var values: [Int: JSONValue] = [:]

    func set(_ index: Int, _ value: JSONValue?) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> JSONValue? { lock.withLock { values[index] } }
}
