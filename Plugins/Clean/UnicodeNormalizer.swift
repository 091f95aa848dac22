import Foundation
import TextPipeText

/// Unicode normalisation (NFC or NFKC) through Foundation, with an alignment built one grapheme cluster at a
/// time: normalisation never reaches across a cluster boundary, so each changed cluster is one replaced run.
struct UnicodeNormalizer: Sendable {
    var form: NormalizationForm

    /// The normalised text, or `nil` when it was already normal (always for ASCII text, which the caller
    /// does not even pass).
    func normalize(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        guard form != .none else { return nil }
        if form == .nfc && Self.isSurelyNFC(text) { return nil }
        let normalized = apply(text)
        guard !normalized.utf8.elementsEqual(text.utf8) else { return nil }
        guard tracksAlignment else { return Rewrite(text: normalized, map: nil) }
        let bytes = Array(text.utf8)
        var rewriter = TextRewriter(source: bytes, tracksAlignment: true)
        var offset = 0
        for cluster in text {
            let length = cluster.utf8.count
            defer { offset += length }
            if cluster.isASCII { continue }
            let original = String(cluster)
            let result = apply(original)
            guard !result.utf8.elementsEqual(original.utf8) else { continue }
            rewriter.copy(upTo: offset)
            rewriter.replace(upTo: offset + length, with: Array(result.utf8))
        }
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }

    /// A quick test that saves calling Foundation on most text: every scalar is one that NFC neither
    /// changes nor combines with what precedes it (Latin, general punctuation and symbols, kana without
    /// voicing marks, CJK, Hangul syllables, emoji).
    static func isSurelyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var index = UTF8Scalars.endOfASCII(utf8, from: 0)
            while index < utf8.count {
                let (scalar, length) = UTF8Scalars.decode(utf8, at: index)
                index = UTF8Scalars.endOfASCII(utf8, from: index + length)
                let value = scalar.value
                if value < 0x300 { continue }
                switch value {
                case 0x2002...0x2125, 0x2127...0x2129, 0x212C...0x2328, 0x232B...0x2ADB, 0x2ADD...0x2FFF,
                    0x3000...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFFEF,
                    0x1F000...0x1FAFF:
                    continue
                default:
                    return false
                }
            }
            return true
        }
    }

    private func apply(_ text: String) -> String {
        form == .nfkc ? text.precomposedStringWithCompatibilityMapping : text.precomposedStringWithCanonicalMapping
    }
}
