/// Case-folded 64-bit hashes of names, so gazetteer lookups never build a `String`.
///
/// A token's key is FNV-1a over its bytes with ASCII and Latin-1 capitals folded to lower case and the
/// typographic apostrophe and hyphens folded to their ASCII forms ("Ukraine’s" and "UKRAINE'S" share a key).
/// A sequence of tokens combines the token keys in order, so "Abu Dhabi" is found by hashing "abu" and
/// "dhabi" as the text is scanned. With 64 bits a collision among the ~70,000 entries is vanishingly rare
/// and would only add or miss one name.
enum NameKey {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The key of the UTF-8 bytes `bytes[start..<end]`.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = empty
        var i = start
        while i < end {
            var b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
                i += 1
                continue
            }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x98 || c == 0x99 {  // ‘ ’ -> '
                    hash = (hash ^ 0x27) &* 0x100_0000_01b3
                    i += 3
                    continue
                }
                if c == 0x90 || c == 0x91 {  // hyphens -> -
                    hash = (hash ^ 0x2D) &* 0x100_0000_01b3
                    i += 3
                    continue
                }
            }
            if b == 0xC3, i + 1 < end {
                hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
                var c = bytes[i + 1]
                if c >= 0x80 && c <= 0x9E && c != 0x97 { c += 0x20 }  // À..Þ -> à..þ
                hash = (hash ^ UInt64(c)) &* 0x100_0000_01b3
                i += 2
                continue
            }
            hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
            i += 1
        }
        return hash
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
