/// Finds the next byte a JSON string cannot hold literally (`"`, `\`, or a control character), eight bytes at a
/// time: the parser and the writer spend most of their time skipping ordinary text.
enum JSONStringScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first special byte at or after `start`, or `bytes.count`.
    @inline(__always)
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if hasSpecial(word) { break }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return index }
            index += 1
        }
        return count
    }

    /// Whether any byte of `word` is below 0x20, a quote or a backslash (exact: no false negatives; a byte
    /// at or above 0x80 can set a false positive, which only sends that word through the byte loop).
    @inline(__always)
    private static func hasSpecial(_ word: UInt64) -> Bool {
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
        let quote = word ^ 0x2222_2222_2222_2222
        let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let quoteZero = (quote &- ones) & ~quote & highs
        let backslashZero = (backslash &- ones) & ~backslash & highs
        return (control | quoteZero | backslashZero) != 0
    }
}
