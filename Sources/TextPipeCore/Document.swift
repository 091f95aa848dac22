/// One unit of work: a file, a JSONL record or a string, with its text and the annotation layers stages add.
///
/// A document is a value. The runner hands it `inout` to each stage in turn, so a stage that throws leaves no
/// half-made layers behind: the runner keeps the copy it had before the stage ran.
public struct Document: Sendable {
    /// A stable identifier: the input's relative path, a JSONL record's `id`, or a name given by the caller.
    public var id: String
    /// Where the document came from.
    public var source: DocumentSource
    /// The raw input bytes, until a stage (decode) turns them into `text` and clears them.
    public var bytes: [UInt8]?
    /// The text every stage after decoding works on. Layer offsets index its UTF-8 bytes.
    public var text: String
    /// The annotation layers, in the order stages added them.
    public var layers: Layers
    /// Fields of a JSONL input record other than `id` and `text`, passed through to the output untouched.
    public var passthrough: [(key: String, value: JSONValue)]
    /// Maps UTF-8 offsets of `text` to byte offsets of the raw input. `nil` when `text` is the input itself
    /// (JSONL or strings) or when nobody asked for alignment (see `tracksAlignment`).
    public var alignment: OffsetMap?
    /// Whether stages that rewrite text should maintain `alignment`. The runner sets it for `--source-offsets`;
    /// keeping it off saves building maps nobody reads.
    public var tracksAlignment: Bool
    /// The JSON text of `text` as it came in a JSONL record, so an unchanged text is written back out without
    /// escaping it again; it applies only while `text` still equals `original`.
    @usableFromInline package var verbatimText: (original: String, json: ArraySlice<UInt8>)?

    /// A document whose text is already known.
    public init(id: String, text: String, source: DocumentSource = DocumentSource()) {
        self.id = id
        self.source = source
        self.bytes = nil
        self.text = text
        self.layers = Layers()
        self.passthrough = []
        self.alignment = nil
        self.tracksAlignment = false
        self.verbatimText = nil
    }

    /// A document whose raw bytes still need decoding.
    public init(id: String, bytes: [UInt8], source: DocumentSource) {
        self.init(id: id, text: "", source: source)
        self.bytes = bytes
        if self.source.byteCount == nil { self.source.byteCount = bytes.count }
    }

    /// Initializes the document at `document` (uninitialized memory) with every field given, field by field in
    /// place: the reader builds one per JSONL line where the runner keeps it, and the initializer (even inlined)
    /// built the document aside and then copied it whole. Every stored property must be initialized here; a
    /// test compares the result with the initializers'.
    @inlinable package static func initialize(
        _ document: UnsafeMutablePointer<Document>, id: String, text: String, source: DocumentSource,
        passthrough: [(key: String, value: JSONValue)], tracksAlignment: Bool, alignment: OffsetMap?,
        verbatimText: (original: String, json: ArraySlice<UInt8>)?
    ) {
        document.pointer(to: \.id)!.initialize(to: id)
        document.pointer(to: \.source)!.initialize(to: source)
        document.pointer(to: \.bytes)!.initialize(to: nil)
        document.pointer(to: \.text)!.initialize(to: text)
        document.pointer(to: \.layers)!.initialize(to: Layers())
        document.pointer(to: \.passthrough)!.initialize(to: passthrough)
        document.pointer(to: \.alignment)!.initialize(to: alignment)
        document.pointer(to: \.tracksAlignment)!.initialize(to: tracksAlignment)
        document.pointer(to: \.verbatimText)!.initialize(to: verbatimText)
    }

    /// Whether the document still holds undecoded bytes.
    public var needsDecoding: Bool { bytes != nil }

    /// The value of a layer, or `nil` when no stage produced it.
    public subscript<Key: LayerKey>(key: Key.Type) -> Key.Value? {
        get { layers[key] }
        set { layers[key] = newValue }
    }

    /// Drops the text, the raw bytes, the layers and the pass-through fields, keeping `id` and `source`: what
    /// the runner keeps of a document once its output is encoded.
    package mutating func dropContent() {
        bytes = nil
        text = ""
        layers.removeAll()
        passthrough = []
        alignment = nil
        verbatimText = nil
    }

    /// Replaces `text` with a rewritten version and shifts the alignment accordingly.
    ///
    /// - Parameters:
    ///   - newText: The rewritten text.
    ///   - map: How offsets of `newText` map to offsets of the old `text`. Ignored unless `tracksAlignment`.
    public mutating func replaceText(_ newText: String, mappedBy map: @autoclosure () -> OffsetMap) {
        if tracksAlignment {
            let step = map()
            alignment = alignment.map { step.followed(by: $0) } ?? step
        }
        text = newText
    }
}
