import Foundation

/// Records, in each output file of a folder output, the hashes of its input and of the pipeline; with
/// `--resume`, skips inputs whose output already records the same two hashes. A re-run on a grown folder then
/// processes only new or changed files, and a changed pipeline reprocesses everything.
public struct ResumePolicy: Sendable {
    /// The hash of the pipeline definition.
    public let pipelineHash: String
    /// Where the output of a document id goes.
    public let outputPath: @Sendable (String) -> String
    /// Skip documents whose output is current (otherwise only record the hashes).
    public let skipsCurrent: Bool

    public init(pipelineHash: String, skipsCurrent: Bool, outputPath: @escaping @Sendable (String) -> String) {
        self.pipelineHash = pipelineHash
        self.skipsCurrent = skipsCurrent
        self.outputPath = outputPath
    }

    /// The fields written into each output object.
    func fields(inputHash: String) -> [(key: String, value: JSONValue)] {
        [("input_hash", .string(inputHash)), ("pipeline_hash", .string(pipelineHash))]
    }

    /// Whether the existing output for `id` records these hashes and finished without error.
    func isCurrent(id: String, inputHash: String) -> Bool {
        guard skipsCurrent, let handle = FileHandle(forReadingAtPath: outputPath(id)) else { return false }
        defer { try? handle.close() }
        // The hashes come right after the id and passthrough fields; the head of the file is enough.
        guard let head = try? handle.read(upToCount: 64 * 1024) else { return false }
        let text = String(decoding: head, as: UTF8.self)
        return text.contains(#""input_hash":"\#(inputHash)""#) && text.contains(#""pipeline_hash":"\#(pipelineHash)""#)
            && !text.contains(#""error":{"stage""#)
    }
}
