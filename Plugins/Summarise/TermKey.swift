/// The key a term is numbered and looked up by: a word of up to seven bytes is its own key (its bytes, ASCII letters
/// lower-cased, in one integer with zeros above), a longer word its ``WordHash``.
///
/// The short form costs no hashing: the term tables scramble keys with a multiply anyway. Both forms are one-to-one
/// on their words; a short key has a zero top byte, so it meets a long word's hash with a chance of about 2⁻⁵⁶.
enum TermKey {
    /// The key of a word of `count` (1...8) bytes given as a lower-cased block (see ``WordHash/lowercased(_:)``),
    /// bytes past `count` ignored.
    @inline(__always)
    static func of(block: UInt64, count: Int) -> UInt64 {
        guard count < 8 else { return WordHash.hash(block: block, count: 8) }
        return block & ((1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1)
    }

    /// The key of a word of nine to sixteen bytes given as two lower-cased blocks.
    @inline(__always)
    static func of(first: UInt64, second: UInt64, count: Int) -> UInt64 {
        WordHash.hash(first: first, second: second, count: count)
    }

    /// The key of `bytes[range]`, ASCII letters lower-cased.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard range.count < 8 else { return WordHash.hash(bytes, range) }
        var block: UInt64 = 0
        for offset in 0..<range.count {
            block |= UInt64(bytes[range.lowerBound &+ offset]) &<< UInt64(offset &* 8)
        }
        return WordHash.lowercased(block)
    }

    /// The keys of `words`, given in lower case.
    static func of(_ words: [String]) -> [UInt64] {
        words.map { word in
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { of($0, 0..<$0.count) }
        }
    }
}
