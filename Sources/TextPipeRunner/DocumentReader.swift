import Foundation

/// Turns inputs into documents, in order: whole files as one document each, JSONL files and streams as one
/// document per line. A line or file that cannot be read becomes a failed document, so it is reported in
/// its place and the rest goes on.
struct DocumentReader {
    let format: RunConfiguration.InputFormat
    /// Whether documents from files keep their raw bytes for a decoding stage.
    let keepsBytes: Bool
    let tracksAlignment: Bool

    /// An input read but not yet turned into a document: JSONL lines are parsed by the workers, in parallel.
    enum Pending: Sendable {
        case document(Document, StageFailure?)
        case jsonLine([UInt8], label: String, lineNumber: Int)

        /// The byte size, for batching.
        var size: Int {
            switch self {
            case .document(let document, _): document.bytes?.count ?? document.text.utf8.count
            case .jsonLine(let bytes, _, _): bytes.count
            }
        }
    }

    typealias Produce = (_ pending: Pending) throws -> Bool

    /// Initializes the memory at `slot` with the document for a pending input and returns a failure found while
    /// reading it. The runner keeps its documents in memory of its own: returned as a value, each document was
    /// copied into place (a dozen retains and releases).
    func resolve(_ pending: Pending, into slot: UnsafeMutablePointer<Document>) -> StageFailure? {
        switch pending {
        case .document(let document, let failure):
            slot.initialize(to: document)
            return failure
        case .jsonLine(let bytes, let label, let lineNumber):
            return record(bytes[...], label: label, lineNumber: lineNumber, into: slot)
        }
    }

    /// Calls `produce` for every document until it returns false.
    func read(_ items: [InputItem], produce: Produce) throws {
        for item in items {
            guard try read(item, produce: produce) else { return }
        }
    }

    private func read(_ item: InputItem, produce: Produce) throws -> Bool {
        switch item {
        case .standardInput:
            if format == .jsonl {
                return try readLines(descriptor: 0, label: "stdin", produce: produce)
            }
            let bytes = try readAll(descriptor: 0)
            if format == .auto, bytes.first(where: { !isWhitespace($0) }) == UInt8(ascii: "{") {
                return try readLines(bytes: bytes, label: "stdin", produce: produce)
            }
            return try produce(.document(document(id: "stdin", path: nil, bytes: bytes), nil))
        case .file(let path, let id):
            if format == .jsonl || (format == .auto && (path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson"))) {
                let descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else {
                    return try produce(.document(failed(id: id, path: path), StageFailure(stage: "input", message: "cannot open \(path): \(String(cString: strerror(errno)))")))
                }
                defer { close(descriptor) }
                return try readLines(descriptor: descriptor, label: id, produce: produce)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return try produce(.document(failed(id: id, path: path), StageFailure(stage: "input", message: "cannot read \(path)")))
            }
            return try produce(.document(document(id: id, path: path, bytes: Array(data)), nil))
        }
    }

    private func failed(id: String, path: String?) -> Document {
        Document(id: id, text: "", source: DocumentSource(path: path))
    }

    private func document(id: String, path: String?, bytes: [UInt8]) -> Document {
        let source = DocumentSource(path: path, byteCount: bytes.count)
        if keepsBytes {
            var document = Document(id: id, bytes: bytes, source: source)
            document.tracksAlignment = tracksAlignment
            return document
        }
        // No stage decodes: read the bytes as UTF-8, replacing what is not.
        var document = Document(id: id, text: String(decoding: bytes, as: UTF8.self), source: source)
        document.source.encoding = "utf-8"
        document.tracksAlignment = tracksAlignment
        if tracksAlignment { document.alignment = .identity(count: bytes.count) }
        return document
    }

    private func readLines(descriptor: Int32, label: String, produce: Produce) throws -> Bool {
        var reader = LineReader(descriptor: descriptor)
        var lineNumber = 0
        while let line = try reader.nextLine() {
            lineNumber += 1
            guard line.contains(where: { !isWhitespace($0) }) else { continue }
            guard try produce(.jsonLine(Array(line), label: label, lineNumber: lineNumber)) else { return false }
        }
        return true
    }

    private func readLines(bytes: [UInt8], label: String, produce: Produce) throws -> Bool {
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !isWhitespace($0) }) else { continue }
            guard try produce(.jsonLine(Array(line), label: label, lineNumber: lineNumber)) else { return false }
        }
        return true
    }

    /// One JSONL record, built in place at `slot` (uninitialized memory): `id` and `text` are taken, every other
    /// field passes through.
    func record(
        _ line: ArraySlice<UInt8>, label: String, lineNumber: Int, into slot: UnsafeMutablePointer<Document>
    ) -> StageFailure? {
        // Built only when a line has no id: string interpolation costs as much as parsing a short line.
        var fallbackID: String { "\(label):\(lineNumber)" }
        var id: String?
        var text: String?
        var textJSON: ArraySlice<UInt8> = []
        var passthrough: [(key: String, value: JSONValue)] = []
        let isObject: Bool
        do {
            isObject = try line.withUnsafeBufferPointer { buffer throws(JSONParser.SyntaxError) in
                // Members are sorted as they are parsed: no array of all of them is built only to be taken apart.
                try JSONParser.visitMembers(buffer) { key, value, raw in
                    switch (key, value) {
                    case ("id", .string(let string)): id = string
                    case ("id", .number(let literal)): id = literal
                    case ("text", .string(let string)):
                        text = string
                        textJSON = line[(line.startIndex + raw.lowerBound)..<(line.startIndex + raw.upperBound)]
                    default: passthrough.append((key, value))
                    }
                }
            }
        } catch {
            slot.initialize(to: Document(id: fallbackID, text: ""))
            return StageFailure(stage: "input", message: "line \(lineNumber): \(error)")
        }
        guard isObject else {
            slot.initialize(to: Document(id: fallbackID, text: ""))
            return StageFailure(stage: "input", message: "line \(lineNumber): expected a JSON object")
        }
        let byteCount = text?.utf8.count
        Document.initialize(
            slot, id: id ?? fallbackID, text: text ?? "", source: DocumentSource(byteCount: byteCount),
            passthrough: passthrough, tracksAlignment: tracksAlignment,
            alignment: tracksAlignment ? .identity(count: byteCount ?? 0) : nil,
            verbatimText: text.map { ($0, textJSON) })
        guard text != nil else {
            return StageFailure(stage: "input", message: "line \(lineNumber): no string field 'text'")
        }
        return nil
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
