/// A 64-bit hash of a word's bytes, ASCII letters lower-cased: how the summariser compares words without making
/// strings.
///
/// The word is read eight bytes at a time, each block lower-cased with a few bit operations and folded in with one
/// multiply, so a typical word costs one or two multiplies. Words of up to eight bytes never collide (each step is
/// a bijection); longer ones collide with a chance of about n²/2⁶⁵ among an article's n distinct words, and a
/// collision would only merge two words' counts.
struct WordHash: Hashable, Sendable {
    let value: UInt64

    /// The hash of bytes already in lower case.
    init(lowercasedASCII bytes: [UInt8]) {
        value = bytes.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count) }
    }

    /// The hash of `bytes[range]`, lower-casing ASCII letters on the way.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        value = Self.hash(bytes, range)
    }

    /// The hash of `bytes[range]`, lower-casing ASCII letters on the way.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = seed(count: range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            hash = adding(lowercasedBlock(bytes, at: index, count: min(8, range.upperBound &- index)), to: hash)
            index &+= 8
        }
        return hash
    }

    /// The hash of a word of up to eight bytes given as a lower-cased block (see ``lowercased(_:)``): the same
    /// value ``hash(_:_:)`` gives for those bytes.
    @inline(__always)
    static func hash(block: UInt64, count: Int) -> UInt64 {
        adding(count < 8 ? block & ((1 &<< UInt64(count &* 8)) &- 1) : block, to: seed(count: count))
    }

    /// The hash of a word of nine to sixteen bytes given as two lower-cased blocks: the same value
    /// ``hash(_:_:)`` gives for those bytes.
    @inline(__always)
    static func hash(first: UInt64, second: UInt64, count: Int) -> UInt64 {
        let rest = count &- 8
        return adding(
            rest < 8 ? second & ((1 &<< UInt64(rest &* 8)) &- 1) : second, to: adding(first, to: seed(count: count)))
    }

    /// Where the hash of a word of `count` bytes starts.
    @inline(__always)
    private static func seed(count: Int) -> UInt64 { 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count) }

    /// `hash` with one more block of eight bytes folded in.
    @inline(__always)
    private static func adding(_ block: UInt64, to hash: UInt64) -> UInt64 {
        let mixed = (hash ^ block) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    /// `count` (1...8) bytes from `start` as a little-endian integer, ASCII capitals lower-cased, zeros above.
    @inline(__always)
    private static func lowercasedBlock(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> UInt64 {
        var block: UInt64 = 0
        if start &+ 8 <= bytes.count {
            block = UInt64(
                littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))
            if count < 8 { block &= (1 &<< UInt64(count &* 8)) &- 1 }
        } else {
            for offset in 0..<count { block |= UInt64(bytes[start &+ offset]) &<< UInt64(offset &* 8) }
        }
        return lowercased(block)
    }

    /// `block` with its ASCII capitals lower-cased.
    @inline(__always)
    static func lowercased(_ block: UInt64) -> UInt64 {
        // Per byte: bit 7 set from 0x41 up and from 0x5B up; a capital is in the first set, not the second, and
        // below 0x80. Its bit 7 shifted down to bit 5 is the 0x20 that lower-cases it. No byte carries into the next.
        let low = block & 0x7F7F_7F7F_7F7F_7F7F
        let fromA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = low &+ 0x2525_2525_2525_2525
        let capitals = fromA & ~pastZ & ~block & 0x8080_8080_8080_8080
        return block | (capitals >> 2)
    }
}
