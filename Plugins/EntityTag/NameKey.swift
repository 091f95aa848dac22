/// Case-folded 64-bit hashes of names, so gazetteer lookups never build a `String`.
///
/// A token's key hashes its bytes with ASCII and Latin-1 capitals folded to lower case and the typographic
/// apostrophe and hyphens folded to their ASCII forms ("Ukraine’s" and "UKRAINE'S" share a key). The folded
/// bytes are taken eight at a time as little-endian words (the last one padded with zeros, an empty one when
/// the length is a multiple of eight), each multiplied into the hash, whose high bits are then folded into
/// the low ones. Eight bytes a step, not one: the tokenizer classifies a word's bytes eight at a time
/// (``ASCIIWord``) and hashes them as they are, where byte-wise FNV-1a needed a loop with a branch per byte.
/// A word of up to seven bytes is one multiplication; up to eight bytes hash without collisions, since each
/// step is a bijection. A sequence of tokens combines the token keys in order, so "Abu Dhabi" is found by
/// hashing "abu" and "dhabi" as the text is scanned. With 64 bits a collision among the ~78,000 entries is
/// vanishingly rare and would only add or miss one name.
enum NameKey {
    /// Streams folded bytes into a key: whole words of eight bytes go into the hash, the rest waits in
    /// `pending`.
    struct Builder {
        var hash: UInt64 = NameKey.seed
        /// Bytes not yet hashed, the first in the lowest byte.
        var pending: UInt64 = 0
        /// The number of bits in `pending`: 0, 8, ... 56.
        var filled: UInt64 = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            pending |= UInt64(byte) &<< filled
            filled &+= 8
            if filled == 64 {
                hash = NameKey.step(hash, pending)
                pending = 0
                filled = 0
            }
        }

        /// The key of the bytes appended.
        @inline(__always)
        var key: UInt64 { Self.finish(hash, pending) }

        /// The key of bytes hashed to `hash` with the last (fewer than eight) in `pending`.
        @inline(__always)
        static func finish(_ hash: UInt64, _ pending: UInt64) -> UInt64 {
            NameKey.finish(NameKey.step(hash, pending))
        }
    }

    static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The key of no bytes at all.
    static var empty: UInt64 { Builder().key }

    @inline(__always)
    static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 { (hash ^ word) &* 0xA076_1D64_78BD_642F }

    /// Folds the high bits of the hash, which the last multiplication left well mixed, into the low ones
    /// (a product's low bits depend only on its factors' low bits). The table takes its fingerprint from the
    /// high half and mixes the key again for its slot, the key sets take their slot from a product and their
    /// filter from the top bits, so this is all the finishing a key needs. A bijection, like each step.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash &>> 29) }

    /// The key of the UTF-8 bytes `bytes[start..<end]`.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var key = Builder()
        var i = start
        while i < end {
            var b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                key.append(b)
                i += 1
                continue
            }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x98 || c == 0x99 {  // ‘ ’ -> '
                    key.append(0x27)
                    i += 3
                    continue
                }
                if c == 0x90 || c == 0x91 {  // hyphens -> -
                    key.append(0x2D)
                    i += 3
                    continue
                }
            }
            if b == 0xC3, i + 1 < end {
                key.append(b)
                var c = bytes[i + 1]
                if c >= 0x80 && c <= 0x9E && c != 0x97 { c += 0x20 }  // À..Þ -> à..þ
                key.append(c)
                i += 2
                continue
            }
            key.append(b)
            i += 1
        }
        return key.key
    }

    /// The key of a sequence: the key of its first tokens combined with the key of the next token.
    @inline(__always)
    static func combine(_ sequence: UInt64, _ next: UInt64) -> UInt64 {
        var x = sequence ^ (next &+ 0x9E37_79B9_7F4A_7C15 &+ (sequence << 6) &+ (sequence >> 2))
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// The key of a string, token by token, as the tagger would compute it from text.
    static func of(_ text: String) -> UInt64 {
        let tokens = NameTokenizer.tokens(in: text)
        guard var key = tokens.first?.key else { return empty }
        for token in tokens.dropFirst() { key = combine(key, token.key) }
        return key
    }
}
