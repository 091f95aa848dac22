import Foundation

/// Unicode normalisation (NFC or NFKC) through Foundation, with an alignment built one grapheme cluster at a
/// time: normalisation never reaches across a cluster boundary, so each changed cluster is one replaced run.
struct UnicodeNormalizer: Sendable {
    var form: NormalizationForm

    /// The normalised text, or `nil` when it was already normal (always for ASCII text, which the caller
    /// does not even pass).
    func normalize(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        guard form != .none else { return nil }
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

    private func apply(_ text: String) -> String {
        form == .nfkc ? text.precomposedStringWithCompatibilityMapping : text.precomposedStringWithCanonicalMapping
    }
}
