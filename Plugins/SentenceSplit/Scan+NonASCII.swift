import TextPipeText

/// Non-ASCII punctuation: ellipsis, bullets, other scripts' sentence marks, line separators.
extension Scan {
    /// Handles the scalar starting at lead byte `i`; returns where scanning goes on.
    mutating func nonASCII(at i: Int) -> Int {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
        let v = scalar.value
        // Most non-ASCII scalars are letters: only punctuation blocks are worth classifying.
        guard
            v == 0x85 || v == 0x37E || v == 0x589 || v == 0x61F || v == 0x6D4 || (0x964...0x965).contains(v)
                || (0x1362...0x1368).contains(v) || (0x104A...0x104B).contains(v) || (0x17D4...0x17D5).contains(v)
                || (0x2000...0x25FF).contains(v) || (0x3000...0x303F).contains(v) || (0xFF01...0xFF65).contains(v)
        else { return i + length }
        let c = CharClass.nonASCII(scalar)
        if c.contains(.lineBreak) { return lineBreak(at: i) }
        if c.contains(.ellipsis) { return ellipsisCharacter(at: i, length: length) }
        if c.contains(.terminal) {
            if (0x203C...0x2049).contains(v) { return exclamationEnd(from: i, after: i + length) }
            return fullStop(at: i, length: length)
        }
        if c.contains(.bullet) && v != 0xB7 && v != 0x2192 && v != 0x30FB { bullet(at: i, length: length) }
        return i + length
    }

    /// "…", possibly followed by more periods or `!?`.
    private mutating func ellipsisCharacter(at i: Int, length: Int) -> Int {
        let attached = i > 0 && text.spaceLength(before: i) == 0
        var q = i + length
        if attached, bytes[i - 1] == UInt8(ascii: "[") || bytes[i - 1] == UInt8(ascii: "(") { return q }
        while q < count, bytes[q] == UInt8(ascii: ".") || bytes[q] == UInt8(ascii: "!") || bytes[q] == UInt8(ascii: "?")
        {
            q += 1
        }
        return ellipsis(at: i, after: q, dots: 3, spaced: false, attached: attached)
    }

    /// A full stop of a script that writes no space after it ("。", "！", "？", "।"): always a sentence end.
    private mutating func fullStop(at i: Int, length: Int) -> Int {
        var q = i + length
        // A run of them ("！？") is one end.
        while q < count {
            let (c, l) = text.charClass(at: q)
            guard c.contains(.terminal) else { break }
            q += l
        }
        let (end, _) = text.closersEnd(from: q)
        cut(at: end)
        return end
    }
}
