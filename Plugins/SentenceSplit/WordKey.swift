/// A word of up to 16 UTF-8 bytes packed into two integers, with ASCII letters in lower case: a hash key that
/// costs no allocation, so the scanner can look words up at every period.
struct WordKey: Hashable, Sendable {
    /// The largest number of bytes a key holds.
    static let capacity = 16

    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The key of `bytes[range]`, or `nil` when the word is empty or longer than ``capacity``.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.capacity else { return nil }
        for (k, i) in range.enumerated() {
            let b = bytes[i]
            let lower = UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
            if k < 8 { low |= lower << (8 * UInt64(k)) } else { high |= lower << (8 * UInt64(k - 8)) }
        }
    }

    /// The key of a string, or `nil` when it is empty or longer than ``capacity`` bytes.
    init?<S: StringProtocol>(_ text: S) {
        let bytes = Array(text.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
