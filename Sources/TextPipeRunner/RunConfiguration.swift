/// How a run reads, processes and writes documents: everything `textpipe run` takes besides the pipeline.
public struct RunConfiguration: Sendable {
    /// How input is interpreted.
    public enum InputFormat: String, Sendable, CaseIterable {
        /// `.jsonl` files and stdin starting with `{` are JSONL; everything else is one document per file.
        case auto
        /// One document per file (or all of stdin).
        case text
        /// One `{"id": ..., "text": ...}` object per line.
        case jsonl
    }

    /// The shape of the output.
    public enum OutputFormat: String, Sendable, CaseIterable {
        /// One JSON object per line (the output contract).
        case jsonl
        /// A JSON array of documents (one object per file with a folder output).
        case json
        /// The processed text of each document, each preceded by a `==> id <==` line.
        case text
    }

    public var inputFormat: InputFormat = .auto
    public var outputFormat: OutputFormat = .jsonl
    /// Glob patterns a file inside a folder must match (any of them); empty means all files.
    public var includePatterns: [String] = []
    /// Worker threads.
    public var jobs: Int = 1
    /// Documents in flight at once, per worker; bounds memory whatever the corpus size (batches of at most 1 MB
    /// of input each keep it bounded for large documents too).
    public var windowPerJob: Int = 128
    /// Stop reading new documents after the first failure.
    public var failFast = false
    /// Add `source_start`/`source_end` (byte offsets into the input file) to every span.
    public var sourceOffsets = false
    /// Skip inputs whose output already exists for the same input and pipeline (folder output only).
    public var resume = false

    public init() {}
}
