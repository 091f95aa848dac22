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

    /// An answer that carries only what changed from `original` to `updated`: the id, the text if it changed,
    /// every added or changed layer, and `null` for each removed one. ``apply(_:to:)`` on the original gives the
    /// updated document, with far less to write and parse than the whole document.
    public static func encodeChanges(from original: Document, to updated: Document) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 256)
        writer.beginObject()
        writer.field("id", updated.id)
        let textChanged = updated.text != original.text
        if textChanged { writer.field("text", updated.text) }
        var context: OutputContext?
        for (name, value) in updated.layers.all {
            if !textChanged, let before = original.layers.value(named: name), same(before, value) { continue }
            if context == nil { context = OutputContext(text: updated.text) }
            writer.key(name)
            value.writeJSON(to: &writer, context: context!)
        }
        if !textChanged {
            for (name, _) in original.layers.all where updated.layers.value(named: name) == nil {
                writer.key(name)
                writer.null()
            }
        }
        writer.endObject()
        return writer.bytes
    }

    /// Whether two layer values are known to be equal (built-in layers and JSON); `false` when unsure.
    private static func same(_ lhs: any LayerValue, _ rhs: any LayerValue) -> Bool {
        if let lhs = lhs as? [TextRange], let rhs = rhs as? [TextRange] { return lhs == rhs }
        if let lhs = lhs as? [Entity], let rhs = rhs as? [Entity] { return lhs == rhs }
        if let lhs = lhs as? [NumberMention], let rhs = rhs as? [NumberMention] { return lhs == rhs }
        if let lhs = lhs as? Summary, let rhs = rhs as? Summary { return lhs == rhs }
        if let lhs = lhs as? JSONLayer, let rhs = rhs as? JSONLayer { return lhs == rhs }
        return false
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
