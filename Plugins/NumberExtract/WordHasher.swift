/// The key of every word table: a hash of a token's bytes with ASCII letters lower-cased, taken eight bytes at
/// a time so a short word costs one multiply-and-mix instead of one multiply per byte.
///
/// Bytes are packed little-endian into 64-bit words; each full word is mixed into the state, and the last,
/// partial one (zero-filled) is mixed with the length at the end. Feeding the same bytes one at a time
/// (`add`) or eight at a time (`addWord`, `addLast`) gives the same hash, so the tokenizer's fast path, its
/// byte-by-byte path and `wordHash` on the tables agree. `WordHashes.swift` holds literals of this function
/// (a test checks them).
struct WordHasher {
    /// The state before any byte.
    static let seed: UInt64 = 0x243F_6A88_85A3_08D3

    private var state: UInt64 = WordHasher.seed
    private var pending: UInt64 = 0
    private var length = 0

    /// Adds one byte (an ASCII capital is lower-cased).
    @inline(__always) mutating func add(_ byte: UInt8) {
        let lower = byte &- 65 < 26 ? byte | 0x20 : byte
        pending |= UInt64(lower) &<< UInt64((length & 7) &<< 3)
        length += 1
        if length & 7 == 0 {
            state = WordHasher.mix(state ^ pending)
            pending = 0
        }
    }

    /// Adds eight lower-cased bytes; only while the length so far is a multiple of eight.
    @inline(__always) mutating func addWord(_ word: UInt64) {
        state = WordHasher.mix(state ^ word)
        length += 8
    }

    /// Adds the first `count` (below eight) of eight lower-cased bytes; only while the length so far is a
    /// multiple of eight.
    @inline(__always) mutating func addLast(_ word: UInt64, count: Int) {
        pending = word & ((1 &<< UInt64(count &<< 3)) &- 1)
        length += count
    }

    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9FB2_1C65_1E98_DF25
        return product ^ (product &>> 28)
    }

    /// The hash of the bytes added.
    @inline(__always) var value: UInt64 {
        WordHasher.finish(state: state, pending: pending, length: length)
    }

    /// The hash of `length` bytes from the state after their full eight-byte words and the zero-filled rest
    /// (`pending`): what `value` gives, for callers that keep the state themselves.
    ///
    /// One odd multiply and one shift-xor, both invertible: two words of up to seven bytes (whose bytes and
    /// length go in unmixed) never share a hash, and the lookup table takes its slot from bits 40 and up, which
    /// the multiply fills from every byte below them. (A second multiply round cost more than the table needs.)
    @inline(__always) static func finish(state: UInt64, pending: UInt64, length: Int) -> UInt64 {
        let hash = (state ^ pending ^ (UInt64(truncatingIfNeeded: length) &<< 56)) &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash &>> 32)
    }
}

/// The hash of a word or phrase piece as written in the tables.
func wordHash(_ text: String) -> UInt64 {
    var hasher = WordHasher()
    for byte in text.utf8 { hasher.add(byte) }
    return hasher.value
}
