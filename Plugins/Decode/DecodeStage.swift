import TextPipeCore

/// Turns raw input bytes into text, detecting the encoding.
///
/// Evidence is weighed in this order: a byte-order mark; the zero-byte pattern of UTF-16/32 without one;
/// binary signatures (which fail the document); ISO-2022 escape sequences; strict UTF-8, which also wins when
/// a few stray bytes break otherwise well-formed UTF-8 (they become U+FFFD and are counted); and last a
/// statistical guess among legacy code pages. A document that arrives as text (JSONL) passes through untouched.
public struct DecodeStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "decode", summary: "Detects the character encoding of raw bytes and decodes them to text.",
        requires: [], produces: [.text])

    let options: DecodeOptions
    let decoder: ByteDecoder

    public init(options: DecodeOptions, context: StageContext) throws {
        try options.validate()
        self.options = options
        let forced = options.encoding.lowercased() == "auto" ? nil : EncodingCatalogue.canonicalName(options.encoding)
        decoder = ByteDecoder(
            forced: forced,
            fallback: EncodingCatalogue.canonicalName(options.fallback) ?? "windows-1252",
            failOnInvalid: options.onInvalid == .fail)
    }

    public func process(_ document: inout Document) throws {
        guard let bytes = document.bytes else { return }
        let tracks = document.tracksAlignment
        let result = try bytes.withUnsafeBufferPointer { try decoder.decode($0, tracksAlignment: tracks) }
        document.text = result.text
        document.bytes = nil
        document.source.encoding = result.encoding
        document.source.confidence = result.confidence
        document.source.replacedBytes = result.replacedBytes
        document.alignment = tracks ? result.alignment : nil
    }
}
