/// Eight bytes of text looked at together, for the tokenizer's fast path over ASCII words.
///
/// Masks have bit 7 or bit 5 of a byte's lane set; the first byte is the lowest lane. The class tests are
/// range checks on the low seven bits of every lane in one addition each (no lane can carry into the next),
/// with the lanes of bytes >= 0x80 cleared.
struct ASCIIBlock {
    /// The eight bytes from the position read; zeros past the end of the text.
    let word: UInt64

    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) {
        let n = bytes.count
        if i &+ 8 <= n {
            word = UInt64(
                littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self))
        } else {
            word = Self.tail(bytes, at: i)
        }
    }

    /// The last bytes of the text, fewer than eight, padded with zeros.
    @inline(never)
    private static func tail(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        var word: UInt64 = 0
        var k = i
        while k < bytes.count {
            word |= UInt64(bytes[k]) &<< UInt64((k &- i) &<< 3)
            k &+= 1
        }
        return word
    }

    /// Bit 7 set in the lanes that hold no ASCII letter or digit: marks, spaces, bytes >= 0x80, the zeros
    /// past the end.
    @inline(__always)
    var stops: UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low | 0x2020_2020_2020_2020
        // folded >= "a" and not > "z"; low >= "0" and not > "9".
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        return ~((letters | digits) & ~word) & 0x8080_8080_8080_8080
    }

    /// Bit 7 set in the lanes that hold no lower-case ASCII letter or digit: ``stops`` with capitals as stops.
    @inline(__always)
    var lowercaseStops: UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        // low >= "a" and not > "z"; low >= "0" and not > "9".
        let letters = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505)
        let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        return ~((letters | digits) & ~word) & 0x8080_8080_8080_8080
    }

    /// How many bytes from the first are ASCII letters or digits, 0 through 8, given ``stops``.
    @inline(__always)
    static func run(_ stops: UInt64) -> Int { stops.trailingZeroBitCount &>> 3 }

    /// The bytes with capitals folded to lower case, as ``NameKey`` hashes them; right in the lanes of
    /// letters and digits (digits already have bit 5 set), not in the others.
    @inline(__always)
    var folded: UInt64 { word | 0x2020_2020_2020_2020 }

    /// Bit 5 set in the lanes of capitals, when every lane is a letter or digit (digits have bit 5 set).
    @inline(__always)
    var upperInAlphanumerics: UInt64 { ~word & 0x2020_2020_2020_2020 }

    /// Bit 5 set in the lanes of lower-case letters, when every lane is a letter or digit (letters have bit
    /// 6 set, digits do not).
    @inline(__always)
    var lowerInAlphanumerics: UInt64 { word & (word &>> 1) & 0x2020_2020_2020_2020 }
}
