/// Joins words hyphenated across a line break: a small letter, a hyphen ending the line, and a small letter
/// starting the next (`inter-\nnational` -> `international`). A capital after the break ("Anglo-\nSaxon")
/// keeps its hyphen and line break.
enum Dehyphenation {
    static func join(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        let bytes = Array(text.utf8)
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        var changed = false
        var index = 1
        while index + 2 < bytes.count {
            if bytes[index] == 0x2D && bytes[index + 1] == 0x0A && isLowercaseLetter(bytes, before: index)
                && isLowercaseLetter(bytes[index + 2])
            {
                rewriter.copy(upTo: index)
                rewriter.delete(upTo: index + 2)
                changed = true
                index += 3
                continue
            }
            index += 1
        }
        guard changed else { return nil }
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// Whether the character before `index` is a small letter (ASCII, or a non-ASCII letter ending in a
    /// continuation byte, which in the texts we see is an accented small letter far more often than not).
    private static func isLowercaseLetter(_ bytes: [UInt8], before index: Int) -> Bool {
        let byte = bytes[index - 1]
        return isLowercaseLetter(byte) || (byte >= 0x80 && byte <= 0xBF)
    }
}
