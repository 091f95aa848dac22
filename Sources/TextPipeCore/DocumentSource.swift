/// Where a document came from and how its bytes were read.
public struct DocumentSource: Sendable, Equatable {
    /// The input path as given on the command line (or inside a folder), if the document came from a file.
    public var path: String?
    /// The size of the raw input in bytes.
    public var byteCount: Int?
    /// The character encoding the text was decoded from, as an IANA-style name ("utf-8", "windows-1252").
    public var encoding: String?
    /// How sure the decoder was of `encoding`, from 0 to 1.
    public var confidence: Double?
    /// How many invalid bytes were replaced with U+FFFD while decoding.
    public var replacedBytes: Int?

    public init(
        path: String? = nil, byteCount: Int? = nil, encoding: String? = nil, confidence: Double? = nil,
        replacedBytes: Int? = nil
    ) {
        self.path = path
        self.byteCount = byteCount
        self.encoding = encoding
        self.confidence = confidence
        self.replacedBytes = replacedBytes
    }
}
