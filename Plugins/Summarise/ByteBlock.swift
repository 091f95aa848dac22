/// Eight bytes of text in one `UInt64` (little-endian: the first byte lowest), tested all at once.
///
/// Each test returns bit 7 of every byte that passes (`0x80` per byte); the additions never carry from one byte
/// into the next because bit 7 is cleared first.
struct ByteBlock {
    let bits: UInt64

    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes in `bits`, the first lowest.
    @inline(__always)
    init(bits: UInt64) { self.bits = bits }

    /// Up to eight bytes from `start` (fewer near the end of `bytes`), zeros past the end.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
        if start &+ 8 <= bytes.count {
            bits = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))
        } else {
            var bits: UInt64 = 0
            var offset = 0
            while start &+ offset < bytes.count {
                bits |= UInt64(bytes[start &+ offset]) &<< UInt64(offset &* 8)
                offset &+= 1
            }
            self.bits = bits
        }
    }

    /// Bit 7 of the first `count` bytes (all eight from 8 up).
    @inline(__always)
    static func first(_ count: Int) -> UInt64 {
        count >= 8 ? high : high & ((1 &<< UInt64(count &* 8)) &- 1)
    }

    /// The ASCII letters.
    @inline(__always)
    var letters: UInt64 {
        let folded = (bits | 0x2020_2020_2020_2020) & Self.low
        return (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~bits & Self.high
    }

    /// The ASCII digits.
    @inline(__always)
    var digits: UInt64 {
        let value = bits & Self.low
        return (value &+ 0x5050_5050_5050_5050) & ~(value &+ 0x4646_4646_4646_4646) & ~bits & Self.high
    }

    /// The bytes outside ASCII.
    @inline(__always)
    var nonASCII: UInt64 { bits & Self.high }

    /// The bytes equal to `byte`.
    @inline(__always)
    func equal(to byte: UInt8) -> UInt64 {
        let difference = bits ^ (UInt64(byte) &* Self.ones)
        return ~(((difference & Self.low) &+ Self.low) | difference) & Self.high
    }

    /// The offset of the byte a set bit 7 stands for, from the lowest set bit of `mask` (non-zero).
    @inline(__always)
    static func firstOffset(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
