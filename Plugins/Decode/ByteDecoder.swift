import TextPipeCore

/// Decodes one input's bytes: chooses the encoding (or takes the forced one) and produces the text.
struct ByteDecoder: Sendable {
    /// What decoding produced.
    struct Result {
        var text: String
        var encoding: String
        var confidence: Double
        var replacedBytes: Int
        var alignment: OffsetMap?
    }

    /// The encoding to use instead of detecting one.
    let forced: String?
    let fallback: String
    let failOnInvalid: Bool

    /// With fewer non-ASCII bytes than this the detector has nothing to compare, and the fallback encoding is used
    /// if it decodes the input without invalid bytes. A low confidence alone does not hand over to the fallback:
    /// the best guess of a close race (KOI8-R or KOI8-U) is still far better than an unrelated code page.
    static let fallbackEvidence = 2
    /// Well-formed multi-byte characters needed per invalid sequence for input to count as UTF-8 with strays.
    static let strayRatio = 4

    func decode(_ bytes: UnsafeBufferPointer<UInt8>, tracksAlignment: Bool) throws -> Result {
        if bytes.isEmpty {
            return Result(
                text: "", encoding: forced ?? "utf-8", confidence: 1, replacedBytes: 0,
                alignment: tracksAlignment ? OffsetMap.identity(count: 0) : nil)
        }
        if let mark = UnicodeDecoding.byteOrderMark(bytes), forced == nil || forced == mark.encoding {
            return try finish(
                decodeAs(
                    mark.encoding, UnsafeBufferPointer(rebasing: bytes[mark.length...]),
                    skipping: mark.length, tracksAlignment: tracksAlignment),
                encoding: mark.encoding, confidence: 1)
        }
        if let forced {
            if !forced.hasPrefix("utf-16") && !forced.hasPrefix("utf-32"), let reason = BinarySniffer.reason(bytes) {
                throw StageError(binaryMessage(reason))
            }
            if forced == "utf-8", let text = String(validating: bytes, as: UTF8.self) {
                return Result(
                    text: text, encoding: "utf-8", confidence: 1, replacedBytes: 0,
                    alignment: tracksAlignment ? OffsetMap.identity(count: bytes.count) : nil)
            }
            return try finish(
                decodeAs(forced, bytes, tracksAlignment: tracksAlignment), encoding: forced, confidence: 1)
        }
        if let wide = UnicodeDecoding.sniffWideUnicode(bytes) {
            let output = decodeAs(wide, bytes, tracksAlignment: tracksAlignment)
            if output.replacements * 100 <= bytes.count / 2 {
                return try finish(output, encoding: wide, confidence: 0.9)
            }
        }
        if let reason = BinarySniffer.reason(bytes) { throw StageError(binaryMessage(reason)) }
        if UnicodeDecoding.isASCII(bytes) {
            let iso2022 = ISO2022Decoder.sniff(bytes)
            guard let iso2022 else {
                return Result(
                    text: String(decoding: bytes, as: UTF8.self), encoding: "ascii", confidence: 1, replacedBytes: 0,
                    alignment: tracksAlignment ? OffsetMap.identity(count: bytes.count) : nil)
            }
            return try finish(
                decodeAs(iso2022, bytes, tracksAlignment: tracksAlignment), encoding: iso2022,
                confidence: 1)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            // Well-formed UTF-8: the text is the bytes and the map is the identity.
            return Result(
                text: text, encoding: "utf-8", confidence: 1, replacedBytes: 0,
                alignment: tracksAlignment ? OffsetMap.identity(count: bytes.count) : nil)
        }
        if let census = UnicodeDecoding.census(bytes, ratio: Self.strayRatio),
            census.multiByte >= 2 && census.multiByte >= Self.strayRatio * census.invalid
        {
            let confidence = Double(census.multiByte) / Double(census.multiByte + census.invalid)
            return try finish(
                decodeAs("utf-8", bytes, tracksAlignment: tracksAlignment), encoding: "utf-8",
                confidence: confidence)
        }
        return try decodeLegacy(bytes, tracksAlignment: tracksAlignment)
    }

    /// The statistical path: guess, decode, and widen a multi-byte guess to its superset when the rest of the
    /// input holds sequences only the superset defines.
    private func decodeLegacy(_ bytes: UnsafeBufferPointer<UInt8>, tracksAlignment: Bool) throws -> Result {
        // The models load on the first legacy input, so runs over UTF-8 never pay for them at start-up.
        let guess = EncodingDetector.shared.detect(bytes)
        var encoding = guess.encoding
        var output = decodeAs(encoding, bytes, tracksAlignment: tracksAlignment)
        for wider in Self.supersets[encoding] ?? [] where output.replacements > 0 {
            let widened = decodeAs(wider, bytes, tracksAlignment: tracksAlignment)
            if widened.replacements < output.replacements {
                output = widened
                encoding = wider
            }
        }
        if guess.highBytes < Self.fallbackEvidence && fallback != encoding {
            let alternative = decodeAs(fallback, bytes, tracksAlignment: tracksAlignment)
            if alternative.replacements == 0 {
                return try finish(alternative, encoding: fallback, confidence: guess.confidence)
            }
        }
        return try finish(output, encoding: encoding, confidence: guess.confidence)
    }

    /// Encodings that extend another one, tried in order when the narrower one meets undefined sequences.
    static let supersets: [String: [String]] = [
        "shift_jis": ["windows-31j"], "euc-kr": ["cp949"], "gb2312": ["gbk", "gb18030"], "gbk": ["gb18030"],
        "iso-8859-11": ["windows-874"], "tis-620": ["windows-874"],
    ]

    private func finish(_ output: consuming UTF8Output, encoding: String, confidence: Double) throws -> Result {
        if failOnInvalid && output.replacements > 0 {
            throw StageError(
                "\(output.replacedBytes) invalid byte\(output.replacedBytes == 1 ? "" : "s") for \(encoding) "
                    + "(on_invalid: fail)")
        }
        let replaced = output.replacedBytes
        let (text, alignment) = output.finish()
        return Result(
            text: text, encoding: encoding, confidence: confidence, replacedBytes: replaced,
            alignment: alignment)
    }

    private func binaryMessage(_ reason: String) -> String {
        "binary file (\(reason)), not text"
    }

    /// Decodes with a known encoding; `skipping` source bytes (a byte-order mark) are mapped as deleted.
    func decodeAs(
        _ encoding: String, _ bytes: UnsafeBufferPointer<UInt8>, skipping: Int = 0, tracksAlignment: Bool
    ) -> UTF8Output {
        var output = UTF8Output(capacity: bytes.count + bytes.count / 2 + 16, tracksAlignment: tracksAlignment)
        if skipping > 0 { output.skip(sourceCount: skipping) }
        switch encoding {
        case "utf-8":
            UnicodeDecoding.decodeUTF8(bytes, into: &output)
        case "ascii":
            for byte in bytes {
                if byte < 0x80 { output.appendASCII(byte) } else { output.appendReplacement(sourceCount: 1) }
            }
        case "utf-16le", "utf-16be", "utf-32le", "utf-32be":
            UnicodeDecoding.decodeWide(
                bytes, width: encoding.hasPrefix("utf-16") ? 2 : 4, bigEndian: encoding.hasSuffix("be"), into: &output)
        case "iso-2022-jp", "iso-2022-kr":
            ISO2022Decoder.decode(bytes, korean: encoding == "iso-2022-kr", into: &output)
        default:
            if let page = SingleByteTables.codePages[encoding] {
                page.decode(bytes, into: &output)
            } else if let table = DoubleByteTables.table(named: encoding) {
                table.decode(bytes, into: &output)
            } else {
                UnicodeDecoding.decodeUTF8(bytes, into: &output)
            }
        }
        return output
    }
}
