import TextPipeCore

/// The options of the `decode` stage.
public struct DecodeOptions: StageOptions, Equatable {
    /// What to do with bytes that are invalid in the chosen encoding.
    public enum OnInvalid: String, Codable, Sendable, YAMLChoice {
        /// Replace each invalid sequence with U+FFFD and count it in `source.replacedBytes`.
        case replace
        /// Fail the document.
        case fail
    }

    /// `auto` to detect, or the name of an encoding to decode every document with.
    public var encoding: String = "auto"
    /// The encoding for input that is not UTF-8 when detection has too little evidence to choose (a single byte
    /// above 0x7F), provided it decodes the input without invalid bytes.
    public var fallback: String = "windows-1252"
    /// What to do with invalid byte sequences.
    public var onInvalid: OnInvalid = .replace

    public init() {}

    public init(encoding: String = "auto", fallback: String = "windows-1252", onInvalid: OnInvalid = .replace) {
        self.encoding = encoding
        self.fallback = fallback
        self.onInvalid = onInvalid
    }

    public static let help: [String: String] = [
        "encoding": "auto (detect), or an encoding to force: utf-8, utf-16le, windows-1251, shift_jis, euc-jp, ...",
        "fallback":
            "encoding for non-UTF-8 input with too little evidence to detect (one non-ASCII byte), if it decodes cleanly",
        "on_invalid": "replace: invalid bytes become U+FFFD and are counted; fail: the document fails",
    ]

    public func validate() throws(OptionError) {
        if encoding.lowercased() != "auto" && EncodingCatalogue.canonicalName(encoding) == nil {
            throw OptionError(key: "encoding", EncodingCatalogue.unknownMessage(encoding))
        }
        if EncodingCatalogue.canonicalName(fallback) == nil {
            throw OptionError(key: "fallback", EncodingCatalogue.unknownMessage(fallback))
        }
    }
}
