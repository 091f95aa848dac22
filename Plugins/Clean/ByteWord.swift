/// Eight bytes at a time (SWAR): tests on a `UInt64` loaded from eight text bytes that set the high bit
/// (0x80) of exactly the bytes that pass, and no other bit.
///
/// The masks are exact per byte, unlike the classic `(x - 0x0101…) & ~x` zero test, whose borrow can flag
/// the byte after a true hit: every sum here adds at most 0x80 to a byte whose high bit is cleared first,
/// so nothing carries from one byte into the next, and a caller may ask where a hit is, not only whether.
enum ByteWord {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `pointer`, the first in the lowest bits.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// `byte` in each of the eight bytes, for ``equal(_:_:)``.
    @inline(__always)
    static func repeating(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The bytes equal to the byte repeated in `pattern`.
    @inline(__always)
    static func equal(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
        let difference = word ^ pattern
        // The low seven bits plus 0x7F reach the high bit unless they are all zero; `| difference` adds the
        // byte's own high bit.
        return ~(((difference & lowBits) &+ lowBits) | difference) & highBits
    }

    /// The ASCII bytes below `bound` (at most 0x80).
    @inline(__always)
    static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        ~(((word & lowBits) &+ repeating(0x80 &- bound)) | word) & highBits
    }

    /// The bytes from 0x7F up: DEL and every byte of a non-ASCII character.
    @inline(__always)
    static func deleteOrNonASCII(_ word: UInt64) -> UInt64 {
        (((word & lowBits) &+ 0x0101_0101_0101_0101) | word) & highBits
    }

    /// The offset of the first byte flagged in a non-zero mask.
    @inline(__always)
    static func firstOffset(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
