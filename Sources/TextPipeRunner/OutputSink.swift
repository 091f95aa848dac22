import Foundation

/// Where encoded documents go, in input order.
public protocol OutputSink: AnyObject {
    /// Writes one encoded document.
    func write(_ bytes: [UInt8], for document: Document) throws
    /// Writes one encoded document held in part of a larger buffer (the runner encodes a batch into one). The
    /// default copies it into an array for the method above; the built-in stream and file sinks take it as is.
    func write(_ bytes: ArraySlice<UInt8>, for document: Document) throws
    /// Completes the output (closing brackets, renaming temporary files into place).
    func finish() throws
    /// Abandons the output, leaving no partial file behind.
    func discard()
}

extension OutputSink {
    public func write(_ bytes: ArraySlice<UInt8>, for document: Document) throws {
        try write(Array(bytes), for: document)
    }
}

/// Frames documents in a stream: JSON lines, a JSON array, or text blocks.
struct StreamFraming {
    let format: RunConfiguration.OutputFormat
    private(set) var count = 0

    init(format: RunConfiguration.OutputFormat) { self.format = format }

    mutating func frame(_ bytes: ArraySlice<UInt8>, into buffer: inout [UInt8]) {
        switch format {
        case .jsonl:
            buffer.append(contentsOf: bytes)
            buffer.append(UInt8(ascii: "\n"))
        case .json:
            buffer.append(contentsOf: count == 0 ? Array("[\n".utf8) : Array(",\n".utf8))
            buffer.append(contentsOf: bytes)
        case .text:
            buffer.append(contentsOf: bytes)
        }
        count += 1
    }

    func closing() -> [UInt8] {
        guard format == .json else { return [] }
        return count == 0 ? Array("[]\n".utf8) : Array("\n]\n".utf8)
    }
}

/// Writes to standard output (or any descriptor), buffered.
public final class StreamSink: OutputSink {
    private let descriptor: Int32
    private var framing: StreamFraming
    private var buffer: [UInt8] = []
    private let flushSize = 1 << 18

    public init(descriptor: Int32 = 1, format: RunConfiguration.OutputFormat) {
        self.descriptor = descriptor
        self.framing = StreamFraming(format: format)
    }

    public func write(_ bytes: [UInt8], for document: Document) throws {
        try write(bytes[...], for: document)
    }

    public func write(_ bytes: ArraySlice<UInt8>, for document: Document) throws {
        framing.frame(bytes, into: &buffer)
        if buffer.count >= flushSize { try flush() }
    }

    public func finish() throws {
        buffer.append(contentsOf: framing.closing())
        try flush()
    }

    public func discard() { buffer.removeAll() }

    private func flush() throws {
        try writeAll(descriptor, buffer, path: "standard output")
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes every document into one file, renamed into place when the run completes.
public final class FileSink: OutputSink {
    private let file: AtomicFile
    private var framing: StreamFraming
    private var buffer: [UInt8] = []

    public init(path: String, format: RunConfiguration.OutputFormat) throws {
        file = try AtomicFile(path: path, syncs: true)
        framing = StreamFraming(format: format)
    }

    public func write(_ bytes: [UInt8], for document: Document) throws {
        try write(bytes[...], for: document)
    }

    public func write(_ bytes: ArraySlice<UInt8>, for document: Document) throws {
        framing.frame(bytes, into: &buffer)
        if buffer.count >= 1 << 18 {
            try file.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    public func finish() throws {
        buffer.append(contentsOf: framing.closing())
        try file.write(buffer)
        try file.commit()
    }

    public func discard() { file.discard() }
}

/// Writes one file per document into a folder: `<input name>.json` (or `.txt` for text output).
public final class DirectorySink: OutputSink, Sendable {
    public let folder: String
    private let format: RunConfiguration.OutputFormat

    public init(folder: String, format: RunConfiguration.OutputFormat) throws {
        self.folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.format = format
        try FileManager.default.createDirectory(atPath: self.folder, withIntermediateDirectories: true)
    }

    /// The output path for a document id; ids are relative paths, so `..` and leading `/` are neutralised.
    public func path(for id: String) -> String {
        let parts = id.split(separator: "/").filter { $0 != ".." && $0 != "." }.map(String.init)
        let name = parts.isEmpty ? "document" : parts.joined(separator: "/")
        return folder + "/" + name + (format == .text ? ".txt" : ".json")
    }

    public func write(_ bytes: [UInt8], for document: Document) throws {
        var contents = bytes
        if format != .text { contents.append(UInt8(ascii: "\n")) }
        try AtomicFile.write(contents, to: path(for: document.id), syncs: false)
    }

    public func finish() throws {}

    public func discard() {}
}
