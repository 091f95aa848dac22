/// The run of ASCII letters and digits that starts a word, scanned and hashed eight bytes at a time
/// (``ASCIIBlock``), with no branch per byte: the tokenizer's fast path, which finishes most words of English
/// text on its own. A byte-by-byte loop mispredicted a branch at the end of almost every word.
struct ASCIIWord {
    /// One past the run's last byte.
    let end: Int
    /// The run's bytes folded and hashed as ``NameKey`` does: whole words of eight in `hash`, the rest (as
    /// many bits as `bits`) in `pending`.
    let hash: UInt64
    let pending: UInt64
    let bits: UInt64
    /// Bit 5 of a lane set for each capital, and for each lower-case letter.
    let upper: UInt64
    let lower: UInt64
    /// The byte after the run; 0 at the end of the text.
    let next: UInt8
    /// The letters in the run's whole words of eight bytes (those in `pending` are counted by ``letters``).
    let lettersHashed: Int
    /// The byte after the run ends the word (anything but a non-ASCII byte or ' - & .; or the end of the
    /// text), so the run is the whole word.
    let isWhole: Bool

    /// The first byte is a capital (bit 5 clear in a letter).
    let capitalised: Bool

    /// The run from `start`, which holds an ASCII letter.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        var hash = NameKey.seed
        var upper: UInt64 = 0
        var lower: UInt64 = 0
        var lettersHashed = 0
        var j = start
        var block = ASCIIBlock(bytes, at: j)
        capitalised = block.word & 0x20 == 0
        var stops = block.stops
        while stops == 0 {
            hash = NameKey.step(hash, block.folded)
            upper |= block.upperInAlphanumerics
            lower |= block.lowerInAlphanumerics
            lettersHashed &+= (block.folded & Self.letterBits).nonzeroBitCount
            j &+= 8
            block = ASCIIBlock(bytes, at: j)
            stops = block.stops
        }
        // The first bytes up to the stop, whole lanes.
        let bits = UInt64(truncatingIfNeeded: stops.trailingZeroBitCount) & 0x38
        let keep = (1 &<< bits) &- 1
        j &+= Int(truncatingIfNeeded: bits &>> 3)
        // The byte after the run (0 past the end of the text, which ends the word too).
        let next = UInt8(truncatingIfNeeded: block.word &>> bits)
        // Bits 38, 39, 45 and 46: & ' - .
        let whole = next < 0x80 && (next >= 0x40 || (0x60C0_0000_0000 as UInt64) &>> next & 1 == 0)
        self.end = j
        self.hash = hash
        self.pending = block.folded & keep
        self.bits = bits
        self.upper = upper | (block.upperInAlphanumerics & keep)
        self.lower = lower | (block.lowerInAlphanumerics & keep)
        self.isWhole = whole
        self.next = next
        self.lettersHashed = lettersHashed
    }

    /// Bit 6 of every lane: set in folded letters, clear in digits.
    @inline(__always)
    private static var letterBits: UInt64 { 0x4040_4040_4040_4040 }

    /// The number of letters in the run.
    var letters: Int { lettersHashed &+ (pending & Self.letterBits).nonzeroBitCount }

    /// Bit 0x20 set when the run has a lower-case letter, bit 0x40 when it has a capital.
    var cases: UInt8 { (lower != 0 ? 0x20 : 0) | (upper != 0 ? 0x40 : 0) }

    /// The key of the run (of the word, when ``isWhole``).
    @inline(__always)
    var key: UInt64 { NameKey.Builder.finish(hash, pending) }

    /// The run's key so far, for a word that goes on.
    @inline(__always)
    var keyBuilder: NameKey.Builder { NameKey.Builder(hash: hash, pending: pending, filled: bits) }

    /// The word's shape: a letter, whether it is capitalised, all capitals or all lower case. The first byte
    /// is a letter, so a capitalised word is all capitals when it has no lower-case letter, and any other word
    /// is all lower case when it has no capital: one mask to test, chosen without a branch.
    @inline(__always)
    var shape: NameToken.Shape {
        let cap: UInt16 = capitalised ? 1 : 0
        let others = capitalised ? lower : upper
        let uniform: UInt16 = others == 0 ? 1 : 0
        // Bits of ``NameToken/Shape``: 1 capitalised, 2 all capitals, 4 lower case, 8 a letter.
        return NameToken.Shape(rawValue: 8 | cap | uniform &<< (2 &- cap))
    }
}
