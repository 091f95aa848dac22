/// The possessive and stem endings the summariser strips from words, read from eight-byte blocks without branches.
///
/// Whether a word ends in "'s", "ing" or "s" is close to a coin toss in running text, so a branch per test
/// mispredicts often (callgrind counted about a fifth of the stage's mispredictions there). These compute the
/// same answers as byte-by-byte tests with comparisons and selects. ASCII letters compare case-insensitively by
/// setting bit 5, as the byte tests did.
enum WordEndings {
    /// Bit 5 of every byte: set, it folds ASCII capitals onto small letters.
    private static let fold: UInt64 = 0x2020_2020_2020_2020

    /// How many bytes a possessive ending takes at the end of a word of `length` bytes: 2 for "'s" (more than three
    /// bytes in all), 4 for "’s" (more than five), else 0. `tail` holds the eight bytes that end the word (the
    /// last byte highest), bytes before the text as zeros.
    @inline(__always)
    static func possessiveLength(tail: UInt64, length: Int) -> Int {
        let last4 = UInt64(truncatingIfNeeded: UInt32(truncatingIfNeeded: tail &>> 32) | 0x2000_0000)
        // Little-endian: "'s" is 27 73, "’s" is E2 80 99 73.
        let straight = isGreater(length, than: 3) & isZero((last4 &>> 16) ^ 0x7327)
        let curly = isGreater(length, than: 5) & isZero(last4 ^ 0x7399_80E2)
        return straight &* 2 | curly &* 4
    }

    /// The eight bytes of `bytes` that end at `end` (the last byte highest), zeros before the start.
    @inline(__always)
    static func tail(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> UInt64 {
        if end >= 8 {
            return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + (end &- 8)).loadUnaligned(as: UInt64.self))
        }
        var bits: UInt64 = 0
        var index = 0
        while index < end {
            bits |= UInt64(bytes[index]) &<< UInt64((8 &- end &+ index) &* 8)
            index &+= 1
        }
        return bits
    }

    /// The length of a word of `length` (2...8) bytes without a plural or verb ending, as
    /// `DocumentProfile.stemLength` gives it: "ing" goes from words of more than six bytes, "ed" and "es" from more
    /// than five, "s" from more than four. `block` holds the word from its first byte (the first byte lowest).
    @inline(__always)
    static func stemLength(block: UInt64, length: Int) -> Int {
        let folded = block | fold
        // A shift of the whole block down puts the word's last bytes lowest; lengths below three give garbage that
        // the length tests ignore.
        let last3 = (folded &>> UInt64(truncatingIfNeeded: (length &- 3) &* 8)) & 0xFF_FFFF
        let last2 = (folded &>> UInt64(truncatingIfNeeded: (length &- 2) &* 8)) & 0xFFFF
        let last1 = (folded &>> UInt64(truncatingIfNeeded: (length &- 1) &* 8)) & 0xFF
        let ing = isGreater(length, than: 6) & isZero(last3 ^ 0x67_6E69)
        let edOrEs = isGreater(length, than: 5) & (isZero(last2 ^ 0x6465) | isZero(last2 ^ 0x7365))
        let s = isGreater(length, than: 4) & isZero(last1 ^ 0x73)
        // At most one rule applies: "ing" ends in g, and a word ending in "es" also ends in "s" (the longer cut wins).
        let cut = ing &* 3 &+ edOrEs &* 2 &+ (s & (edOrEs ^ 1))
        return length &- cut
    }

    /// How many bytes ``stemLength(block:length:)`` cuts from a word of `length` (2...7) bytes given lower-cased
    /// (ASCII letters and digits only, zeros above): the same answer from fewer operations, as the word is already
    /// folded and no longer than seven bytes.
    @inline(__always)
    static func shortStemCut(_ word: UInt64, length: Int) -> Int {
        // The word's last byte moved to the top byte. Truth values as numbers (set-on-compare), since the optimiser
        // made branches of `&&` and they mispredict.
        let top = word &<< UInt64(truncatingIfNeeded: 64 &- length &* 8)
        let last2 = top &>> 48
        let ing = bit(top &>> 40 == 0x67_6E69) & bit(length > 6)
        let edOrEs = (bit(last2 == 0x6465) | bit(last2 == 0x7365)) & bit(length > 5)
        let s = bit(top &>> 56 == 0x73) & bit(length > 4)
        return ing &* 3 &+ edOrEs &* 2 &+ (s & (edOrEs ^ 1))
    }

    /// ``shortStemCut(_:length:)`` read from `cuts` (``shortStemCuts``, which the caller loads once): a table load
    /// and a few operations where the comparisons took about forty instructions.
    ///
    /// The table is indexed by the length past four (0 for up to four bytes, which keep their ending) and the last
    /// two bytes; "ng" gives 3 there, kept only after an "i".
    @inline(__always)
    static func shortStemCut(_ word: UInt64, length: Int, cuts: UnsafePointer<UInt8>) -> Int {
        // The word's last byte moved to the top byte.
        let top = word &<< UInt64(truncatingIfNeeded: 64 &- length &* 8)
        let lengthClass = length > 4 ? length &- 4 : 0
        let cut = Int(cuts[lengthClass &<< 16 | Int(truncatingIfNeeded: top &>> 48)])
        let afterI = bit(UInt8(truncatingIfNeeded: top &>> 40) == UInt8(ascii: "i"))
        return cut & (0 &- (afterI | bit(cut != 3)))
    }

    /// The table ``shortStemCut(_:length:cuts:)`` reads: for each length class (1 to 3 for five to seven bytes)
    /// and each pair of last two lower-case letters (the last one high), the cut of ``shortStemCut(_:length:)``,
    /// "ing" taken as "ng".
    static let shortStemCuts: [UInt8] = {
        var cuts = [UInt8](repeating: 0, count: 4 << 16)
        let letters = UInt8(ascii: "a")...UInt8(ascii: "z")
        for lengthClass in 1..<4 {
            let length = lengthClass + 4
            for previous in letters {
                for last in letters {
                    var cut: UInt8 = 0
                    if length > 6, previous == UInt8(ascii: "n"), last == UInt8(ascii: "g") {
                        cut = 3
                    } else if length > 5, previous == UInt8(ascii: "e"),
                        last == UInt8(ascii: "d") || last == UInt8(ascii: "s")
                    {
                        cut = 2
                    } else if last == UInt8(ascii: "s") {
                        cut = 1
                    }
                    cuts[lengthClass << 16 | Int(last) << 8 | Int(previous)] = cut
                }
            }
        }
        return cuts
    }()

    /// 1 for `true`, 0 for `false`.
    @inline(__always)
    private static func bit(_ value: Bool) -> Int { Int(unsafeBitCast(value, to: UInt8.self)) }

    /// 1 when `value` (below 2⁶³) is zero, else 0: arithmetic, so the optimiser makes no branch of it.
    @inline(__always)
    private static func isZero(_ value: UInt64) -> Int { Int(truncatingIfNeeded: (value &- 1) &>> 63) }

    /// 1 when `value` is greater than `bound`, else 0 (both far from the limits of `Int`).
    @inline(__always)
    private static func isGreater(_ value: Int, than bound: Int) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: bound &- value) &>> 63)
    }
}
