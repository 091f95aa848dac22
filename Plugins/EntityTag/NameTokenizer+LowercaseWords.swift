extension NameTokenizer {
    /// Writes the run of plain lower-case words that starts at `start`, right after a space: words of ASCII
    /// lower-case letters and digits, each after one space. Returns where the run stopped and whether a space
    /// is right before that position; the tokenizer's loop takes the text on from there.
    ///
    /// Most tokens of prose are such words, and each needs no more than its bounds and key: its shape is
    /// known, it has no facts to look up, and it starts no sentence unless it starts at or after `quietBefore`
    /// (see ``TokenObserver/quietBefore``), where the run stops. So this loop keeps to what those words need
    /// (one eight-byte block for most), where the general word path also works out cases, letters and shapes
    /// and reports to the observer. It stops at anything else (a capital, a digit or a mark first, a word that
    /// goes on past its ASCII run, fewer than eight bytes left) and leaves it to the loop, which makes the
    /// same tokens there.
    @inline(__always)
    static func scanLowercaseWords(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout UnsafeMutablePointer<NameToken>,
        end outEnd: UnsafeMutablePointer<NameToken>, quietBefore limit: Int
    ) -> (next: Int, spaceBefore: Bool) {
        let n = bytes.count
        var i = start
        while i &+ 8 <= n && i < limit && out < outEnd {
            var block = ASCIIBlock(bytes, at: i)
            // A lower-case letter first (a digit starts a number).
            guard UInt8(truncatingIfNeeded: block.word) &- 0x61 < 26 else { break }
            var stops = block.stops
            var hash = NameKey.seed
            var capitals: UInt64 = 0
            var j = i
            // Whole blocks of letters and digits: hashed as they are (lower-case letters and digits are their
            // own folded form; a capital anywhere sends the word back to the loop).
            while stops == 0 {
                hash = NameKey.step(hash, block.word)
                capitals |= block.upperInAlphanumerics
                j &+= 8
                guard j &+ 8 <= n else { return (i, true) }
                block = ASCIIBlock(bytes, at: j)
                stops = block.stops
            }
            let bits = UInt64(truncatingIfNeeded: stops.trailingZeroBitCount) & 0x38
            let keep = (1 &<< bits) &- 1
            capitals |= block.upperInAlphanumerics & keep
            let next = UInt8(truncatingIfNeeded: block.word &>> bits)
            // The byte after the run ends the word (as in ``ASCIIWord/isWhole``: not & ' - . or a byte >= 0x80).
            let whole = next < 0x80 && (next >= 0x40 || (0x60C0_0000_0000 as UInt64) &>> next & 1 == 0)
            guard capitals == 0, whole else { break }
            let end = j &+ Int(truncatingIfNeeded: bits &>> 3)
            out.initialize(
                to: NameToken(
                    start: i, end: end, key: NameKey.Builder.finish(hash, block.word & keep), headEnd: end,
                    kind: .word, shape: [.hasLetter, .lowercase, .spaceBefore], mark: 0))
            out += 1
            guard next == 0x20 else { return (end, false) }
            i = end &+ 1
        }
        return (i, true)
    }
}
