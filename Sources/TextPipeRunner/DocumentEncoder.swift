import Foundation

/// Serialises processed documents into the output contract (DESIGN.md): one JSON object per document with
/// `id`, passthrough fields, `source`, `text`, every layer, and `error` for a failed document.
public struct DocumentEncoder: Sendable {
    public var format: RunConfiguration.OutputFormat
    /// Add input-file byte offsets to spans (`--source-offsets`).
    public var sourceOffsets: Bool

    public init(format: RunConfiguration.OutputFormat = .jsonl, sourceOffsets: Bool = false) {
        self.format = format
        self.sourceOffsets = sourceOffsets
    }

    /// The bytes for one document; JSON formats end without a newline, the sink adds separators.
    ///
    /// - Parameter extra: Top-level fields to add after the passthrough fields (the hashes `--resume` compares).
    public func encode(_ document: Document, failure: StageFailure?, extra: [(key: String, value: JSONValue)] = []) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: Self.expectedSize(textBytes: document.text.utf8.count))
        withUnsafePointer(to: document) { encode(at: $0, failure: failure, extra: extra, into: &writer) }
        return writer.takeBytes()
    }

    /// The document as one compact JSON object.
    public func json(_ document: Document, failure: StageFailure?, extra: [(key: String, value: JSONValue)] = []) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: Self.expectedSize(textBytes: document.text.utf8.count))
        withUnsafePointer(to: document) { json(at: $0, failure: failure, extra: extra, into: &writer) }
        return writer.takeBytes()
    }

    /// Room for a document's output: twice the text and a kilobyte covers the text, its escapes and the layers
    /// of nearly every document, so the buffer rarely grows (each growth copies it); the reservation is not
    /// filled, so unused room costs no writes.
    static func expectedSize(textBytes: Int) -> Int {
        2 * textBytes + 1024
    }

    /// Appends the bytes for one document to `writer`, after whatever it holds (no separator is written between
    /// documents).
    ///
    /// For the runner, which encodes a batch of documents into one buffer (one allocation per batch rather than
    /// one as large as the text per document) and holds its documents in memory of its own (passing one by
    /// value copied it: a dozen retains and releases).
    func encode(
        at document: UnsafePointer<Document>, failure: StageFailure?, extra: [(key: String, value: JSONValue)],
        into writer: inout JSONWriter
    ) {
        switch format {
        case .text:
            writer.appendRaw("==> \(document.pointee.id) <==\n".utf8)
            if let failure {
                writer.appendRaw("error in \(failure.stage): \(failure.message)\n".utf8)
            } else {
                writer.appendRaw(document.pointee.text.utf8)
                // The text ends on a line of its own (an empty text ends after the header's newline).
                if let last = document.pointee.text.utf8.last, last != UInt8(ascii: "\n") {
                    writer.appendRaw(CollectionOfOne(UInt8(ascii: "\n")))
                }
            }
        case .json, .jsonl:
            json(at: document, failure: failure, extra: extra, into: &writer)
        }
    }

    /// Appends the document at `document` as one compact JSON object.
    private func json(
        at document: UnsafePointer<Document>, failure: StageFailure?, extra: [(key: String, value: JSONValue)],
        into writer: inout JSONWriter
    ) {
        writer.startTopLevelValue()
        writer.reserve(Self.expectedSize(textBytes: document.pointee.text.utf8.count))
        writer.beginObject()
        writer.field(static: "id", document.pointee.id)
        for member in document.pointee.passthrough where member.key != "source" && member.key != "error" {
            writer.key(member.key)
            writer.value(member.value)
        }
        for member in extra {
            writer.key(member.key)
            writer.value(member.value)
        }
        writeSource(of: document, to: &writer)
        if !document.pointee.needsDecoding {
            if let json = Self.unchangedTextJSON(of: document) {
                // Unchanged since it was read: its JSON is written back as it came, not escaped again.
                writer.key(static: "text")
                writer.rawValue(json)
            } else {
                writer.field(static: "text", document.pointee.text)
            }
        }
        if !document.pointee.layers.isEmpty {
            let context = OutputContext(
                text: document.pointee.text, alignment: sourceOffsets ? document.pointee.alignment : nil)
            document.pointee.layers.write(to: &writer, context: context)
        }
        if let failure {
            writer.key(static: "error")
            writer.beginObject()
            writer.field(static: "stage", failure.stage)
            writer.field(static: "message", failure.message)
            writer.endObject()
        }
        writer.endObject()
    }

    /// Whether two strings hold the same UTF-8 bytes (not `==`, which equates canonically equivalent texts
    /// that a normalising stage tells apart).
    /// The JSON text of the document's text as it was read, while the text still holds the same bytes.
    ///
    /// Read through the document's address: copying the recorded text and its JSON out first cost four retains
    /// and releases.
    private static func unchangedTextJSON(of document: UnsafePointer<Document>) -> ArraySlice<UInt8>? {
        guard let verbatim = document.pointer(to: \.verbatimText), let original = verbatim.pointee?.original,
            sameBytes(original, document.pointee.text)
        else { return nil }
        return verbatim.pointee?.json
    }

    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        var first = first
        var second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                guard let left = a.baseAddress, let right = b.baseAddress, left != right else { return true }
                return memcmp(left, right, a.count) == 0
            }
        }
    }

    /// Writes the document's `source` object, reading each field where it is (passed by value, the source
    /// was copied and destroyed for every document).
    private func writeSource(of document: UnsafePointer<Document>, to writer: inout JSONWriter) {
        guard let source = document.pointer(to: \.source) else { return }
        guard source.pointee.path != nil || source.pointee.byteCount != nil || source.pointee.encoding != nil else {
            return
        }
        writer.key(static: "source")
        writer.beginObject()
        if let path = source.pointee.path { writer.field(static: "path", path) }
        if let bytes = source.pointee.byteCount { writer.integerField("bytes", bytes) }
        if let encoding = source.pointee.encoding { writer.field(static: "encoding", encoding) }
        if let confidence = source.pointee.confidence {
            writer.field(static: "confidence", (confidence * 1000).rounded() / 1000)
        }
        if let replaced = source.pointee.replacedBytes, replaced > 0 {
            writer.integerField("replaced_bytes", replaced)
        }
        writer.endObject()
    }
}
