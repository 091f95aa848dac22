/// A word of up to 16 UTF-8 bytes packed into two integers, with ASCII letters in lower case: a hash key that
/// costs no allocation, so the scanner can look words up at every period.
struct WordKey: Hashable, Sendable {
    /// The largest number of bytes a key holds.
    static let capacity = 16

    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// The number of bytes.
    private(set) var count = 0

    /// The key of `bytes[range]`, or `nil` when the word is empty or longer than ``capacity``.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.capacity else { return nil }
        count = range.count
        for (k, i) in range.enumerated() {
            let b = bytes[i]
            let lower = UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
            if k < 8 { low |= lower << (8 * UInt64(k)) } else { high |= lower << (8 * UInt64(k - 8)) }
        }
    }

    static func == (a: WordKey, b: WordKey) -> Bool { a.low == b.low && a.high == b.high }

    /// One multiply-mix of both halves: lookups happen at every period, and the keys come from our own word
    /// lists, so a cheap hash is enough.
    func hash(into hasher: inout Hasher) {
        hasher.combine((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F))
    }

    /// The key of a string, or `nil` when it is empty or longer than ``capacity`` bytes.
    init?<S: StringProtocol>(_ text: S) {
        let bytes = Array(text.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
