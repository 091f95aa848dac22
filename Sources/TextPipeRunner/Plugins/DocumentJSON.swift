/// Documents as they cross a process or plugin boundary: one JSON object of the output contract.
///
/// Out: ``encode(_:)`` writes what `textpipe run` writes for the document (offsets in Unicode scalars).
/// Back: ``apply(_:to:)`` merges an answer into the document it was made from. The answer is an object of the
/// same form; `text`, when present and different, replaces the text (and drops the layers the answer leaves out,
/// whose offsets indexed the old text); every other key except `id`, `source` and `error` sets a layer (or the
/// passthrough field of that name), and `null` removes it. Built-in layers come back typed (see
/// ``LayerDecoding``). An answer with an `error` member fails the document with that message.
public enum DocumentJSON {
    private static let encoder = DocumentEncoder(format: .jsonl)

    /// The document as one compact JSON object, without a trailing newline.
    public static func encode(_ document: Document) -> [UInt8] {
        encoder.json(document, failure: nil)
    }

    /// Builds a document from its JSON form: what a plugin receives from the host.
    ///
    /// - Throws: ``DocumentJSONError`` when the bytes are not a JSON object or a built-in layer is malformed.
    public static func decode(_ bytes: some Collection<UInt8>) throws(DocumentJSONError) -> Document {
        let members = try object(bytes)
        var document = Document(id: "", text: "")
        if let id = members.first(where: { $0.key == "id" })?.value {
            document.id = id.stringValue ?? (id.intValue.map(String.init) ?? "")
        }
        if let source = members.first(where: { $0.key == "source" })?.value {
            document.source = DocumentSource(
                path: source["path"]?.stringValue, byteCount: source["bytes"]?.intValue,
                encoding: source["encoding"]?.stringValue)
        }
        try apply(members, to: &document, checkingID: false)
        return document
    }

    /// Merges an answer into the document it answers.
    ///
    /// - Throws: ``DocumentJSONError`` for an answer that is not a JSON object, names another document, carries
    ///   an `error` member, or holds a malformed built-in layer. The document is unchanged then.
    public static func apply(_ answer: some Collection<UInt8>, to document: inout Document) throws(DocumentJSONError) {
        var updated = document
        try apply(try object(answer), to: &updated, checkingID: true)
        document = updated
    }

    private static func object(_ bytes: some Collection<UInt8>) throws(DocumentJSONError) -> [(
        key: String, value: JSONValue
    )] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .notJSON(preview(bytes), String(describing: error))
        }
        guard let members = value.objectValue else { throw .notAnObject(preview(bytes)) }
        return members
    }

    private static func apply(
        _ members: [(key: String, value: JSONValue)], to document: inout Document, checkingID: Bool
    ) throws(DocumentJSONError) {
        if let failure = members.first(where: { $0.key == "error" })?.value, failure != .null {
            throw .failed(failure["message"]?.stringValue ?? failure.stringValue ?? "\(failure)")
        }
        if checkingID, let id = members.first(where: { $0.key == "id" })?.value {
            let answered = id.stringValue ?? id.intValue.map(String.init)
            guard answered == document.id else {
                throw .wrongDocument(expected: document.id, found: answered ?? "\(id)")
            }
        }
        if let text = members.first(where: { $0.key == "text" })?.value, text != .null {
            guard let newText = text.stringValue else { throw .malformedText }
            if newText != document.text || document.needsDecoding {
                document.bytes = nil
                document.text = newText
                // An outside program gives no offset map; source offsets stop here rather than lie.
                document.alignment = nil
                document.layers.removeAll()
            }
        }
        let passthroughKeys = Set(document.passthrough.map(\.key))
        var offsets: ScalarOffsetTable?
        for (key, value) in members where !["id", "text", "source", "error"].contains(key) {
            if passthroughKeys.contains(key) {
                if let index = document.passthrough.firstIndex(where: { $0.key == key }) {
                    document.passthrough[index].value = value
                }
                continue
            }
            if value == .null {
                document.layers.set(nil, named: key)
                continue
            }
            if offsets == nil, LayerDecoding.builtInNames.contains(key) {
                offsets = ScalarOffsetTable(text: document.text)
            }
            do {
                let layer = try LayerDecoding.layer(
                    named: key, from: value, offsets: offsets ?? ScalarOffsetTable(text: ""))
                document.layers.set(layer, named: key)
            } catch {
                throw .malformedLayer(error)
            }
        }
    }

    private static func preview(_ bytes: some Collection<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(80), as: UTF8.self)
        return bytes.count > 80 ? text + "…" : text
    }
}

/// Why a document's JSON could not be read back.
public enum DocumentJSONError: Error, Sendable, CustomStringConvertible {
    case notJSON(String, String)
    case notAnObject(String)
    case wrongDocument(expected: String, found: String)
    case malformedText
    case malformedLayer(LayerDecodingError)
    /// The answer reported a failure of its own.
    case failed(String)

    public var description: String {
        switch self {
        case .notJSON(let preview, let reason): return "answered something that is not JSON (\(reason)): \(preview)"
        case .notAnObject(let preview): return "answered JSON that is not an object: \(preview)"
        case .wrongDocument(let expected, let found):
            return "answered document '\(found)' while processing '\(expected)' (answers must come in input order)"
        case .malformedText: return "answered a 'text' that is not a string"
        case .malformedLayer(let error): return "answered a malformed \(error)"
        case .failed(let message): return message
        }
    }
}
