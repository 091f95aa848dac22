import Foundation

/// `exec`: runs a program in any language as a stage. The program is started once and kept alive; it reads one
/// JSON document a line on stdin and answers one a line on stdout, in the form of the output contract (offsets
/// in Unicode scalars). Its stderr is passed through.
///
/// ```yaml
/// - exec:
///     command: [python3, stage.py]   # run in the pipeline file's folder
///     timeout: 10
/// ```
///
/// A child that dies, answers garbage or overruns the timeout is killed; the documents it had in flight fail with
/// an error naming the command, and a new child is started for the next ones. Because it runs in another
/// process, `exec` is also the way to isolate untrusted or crash-prone code: a runtime plugin shares the
/// runner's address space, and its crash ends the run.
public struct ExecStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "exec",
        summary: "Runs a program in any language that answers one JSON document a line (stdin -> stdout).")

    private let pool: ExecPool

    public init(options: ExecOptions, context: StageContext) throws {
        let directory = context.resolve(options.directory.isEmpty ? "." : options.directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OptionError(key: "directory", "'\(directory)' is not a folder")
        }
        let program = options.command[0]
        guard ExecStage.findExecutable(program, from: directory) else {
            throw OptionError(
                key: "command",
                "cannot find the program '\(program)' (looked in \(program.contains("/") ? directory : "PATH"))")
        }
        pool = ExecPool(options: options, directory: directory)
    }

    public func process(_ document: inout Document) throws {
        guard !document.needsDecoding else {
            throw StageError("\(pool.label): the document is not decoded yet; put exec after decode")
        }
        var line = DocumentJSON.encode(document)
        line.append(UInt8(ascii: "\n"))
        let (result, child) = pool.exchange(line)
        let answer: [UInt8]
        switch result {
        case .success(let bytes): answer = bytes
        case .failure(let failure):
            throw StageError("\(pool.label) \(failure.message); a new copy starts for the next documents")
        }
        do {
            try DocumentJSON.apply(answer, to: &document)
        } catch let error {
            if case .failed(let message) = error { throw StageError("\(pool.label): \(message)") }
            // The stream may be out of step now (a stray print, a skipped answer): start afresh.
            child?.kill(because: "answered garbage for document '\(document.id)'")
            throw StageError("\(pool.label) \(error); the command was restarted")
        }
    }

    /// Whether `program` names an executable file, directly or on `PATH`.
    static func findExecutable(_ program: String, from directory: String) -> Bool {
        if program.contains("/") {
            let path = program.hasPrefix("/") ? program : directory + "/" + program
            return FileManager.default.isExecutableFile(atPath: path)
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}

/// The options of ``ExecStage``.
public struct ExecOptions: StageOptions {
    /// The program and its arguments.
    public var command: [String] = []
    /// Seconds a document may take before the child is considered stuck.
    public var timeout: Double = 10
    /// How many copies of the program to run side by side.
    public var processes: Int = 1
    /// The folder the program runs in; relative to the pipeline file. Empty: the pipeline file's folder.
    public var directory: String = ""

    public init() {}

    public static let help = [
        "command": "The program and its arguments, e.g. [python3, stage.py]; run in the pipeline file's folder.",
        "timeout": "Seconds one document may take; a child that overruns it is killed and restarted.",
        "processes": "How many copies of the program to run side by side (documents are spread over them).",
        "directory": "The folder to run the program in, relative to the pipeline file (default: the file's folder).",
    ]

    public func validate() throws(OptionError) {
        if command.isEmpty || command[0].isEmpty {
            throw OptionError(key: "command", "must name a program, e.g. [python3, stage.py]")
        }
        if !(timeout > 0) { throw OptionError(key: "timeout", "must be more than 0 seconds") }
        if processes < 1 || processes > 256 { throw OptionError(key: "processes", "must be between 1 and 256") }
    }
}

/// The children of one `exec` stage, started on demand and replaced when they fail.
final class ExecPool: Sendable {
    let label: String
    private let options: ExecOptions
    private let directory: String
    private let slots: [LockedValue<ExecChild?>]
    private let next = LockedValue(0)

    init(options: ExecOptions, directory: String) {
        self.options = options
        self.directory = directory
        self.label = "exec [\(options.command.joined(separator: " "))]"
        self.slots = (0..<options.processes).map { _ in LockedValue(nil) }
    }

    deinit {
        for slot in slots { slot.withLock { $0?.finish() } }
    }

    /// Sends a line to a running child (starting one if needed) and waits for the answer.
    func exchange(_ line: [UInt8]) -> (Result<[UInt8], ExecChildFailure>, ExecChild?) {
        let slot = next.withLock { value in
            defer { value = (value + 1) % slots.count }
            return value
        }
        // A child found dead before the line went out lost nothing; one retry with a fresh child.
        for _ in 0..<2 {
            let child: ExecChild
            do {
                child = try running(slot)
            } catch {
                return (.failure(error), nil)
            }
            if let answer = child.exchange(line) { return (answer, child) }
        }
        return (.failure(ExecChildFailure("keeps failing before it can read a document")), nil)
    }

    private func running(_ slot: Int) throws(ExecChildFailure) -> ExecChild {
        let result = slots[slot].withLock { child -> Result<ExecChild, ExecChildFailure> in
            if let child, !child.hasFailed { return .success(child) }
            do throws(ExecChildFailure) {
                let started = try ExecChild(
                    command: options.command, directory: directory, timeout: options.timeout, label: label)
                child = started
                return .success(started)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
