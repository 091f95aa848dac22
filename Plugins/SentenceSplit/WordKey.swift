/// A word of up to 16 UTF-8 bytes packed into two integers, with ASCII letters in lower case: a hash key that
/// costs no allocation, so the scanner can look words up at every period.
struct WordKey: Hashable, Sendable {
    /// The largest number of bytes a key holds.
    static let capacity = 16

    /// Bytes 0–7 (byte k in bits 8k…8k+7), zero past the end of the word.
    private(set) var low: UInt64 = 0
    /// Bytes 8–15.
    private(set) var high: UInt64 = 0
    /// The number of bytes.
    private(set) var count = 0

    /// The key of `bytes[range]`, or `nil` when the word is empty or longer than ``capacity``.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let n = range.count
        guard n > 0, n <= Self.capacity, let base = bytes.baseAddress else { return nil }
        count = n
        if range.lowerBound + 16 <= bytes.count {
            // Two unaligned loads and a mask instead of a loop over the bytes: the period check builds a key
            // for most words that end in a period.
            let raw = UnsafeRawPointer(base + range.lowerBound)
            var first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            var second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if n < 8 {
                first &= (1 << UInt64(8 * n)) &- 1
                second = 0
            } else if n < 16 {
                second &= (1 << UInt64(8 * (n - 8))) &- 1
            }
            low = Self.lowercased(first)
            high = Self.lowercased(second)
        } else {
            for (k, i) in range.enumerated() {
                let b = bytes[i]
                let lower = UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
                if k < 8 { low |= lower << (8 * UInt64(k)) } else { high |= lower << (8 * UInt64(k - 8)) }
            }
        }
    }

    /// Eight bytes with every ASCII capital (0x41–0x5A) turned into its lower-case letter; other bytes kept.
    @inline(__always)
    static func lowercased(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let seven = x & (0x7F &* ones)
        // The high bit of each byte of `atLeastA` is set when the byte's low seven bits are ≥ 0x41, of
        // `pastZ` when they are ≥ 0x5B; no byte carries into the next (at most 0x7F + 0x3F).
        let atLeastA = seven &+ 0x3F &* ones
        let pastZ = seven &+ 0x25 &* ones
        let capitals = atLeastA & ~pastZ & ~x & (0x80 &* ones)
        return x | capitals >> 2
    }

    static func == (a: WordKey, b: WordKey) -> Bool { a.low == b.low && a.high == b.high }

    /// One multiply-mix of both halves: lookups happen at every period, and the keys come from our own word
    /// lists, so a cheap hash is enough.
    @inline(__always)
    var mixed: UInt64 { (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) }

    func hash(into hasher: inout Hasher) {
        hasher.combine(mixed)
    }

    /// The key of a string, or `nil` when it is empty or longer than ``capacity`` bytes.
    init?<S: StringProtocol>(_ text: S) {
        let bytes = Array(text.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
