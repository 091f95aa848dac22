/// The full keys and the numbers of the built-in table's names, left base64-encoded in the binary and
/// decoded one slot at a time when a rule asks for them.
///
/// Stage creation decoded every name's key and numbers (three quarters of the table's bytes) into arrays;
/// the tagger reads a slot's numbers only for the few names a rule weighs (a town's population, a name's
/// Census rank) and the full keys only to place names again when a user's gazetteer makes the table grow.
/// Kept free of imports, like ``NameTable``, so tools/gazetteers/ can compile it into the generator.
struct PackedRecords: Sendable {
    /// For each filled slot, in slot order, 18 bytes (24 characters of ``alphabet``): population and surname
    /// rank (`Int32`), first-name frequency (`Float` bits), then the key's low half (`UInt32`; the slot holds
    /// the high half) and two zero bytes. Little-endian. The numbers are the first four groups of base64 and
    /// the key the last two, so each is decoded alone.
    let data: StaticString
    /// One bit per slot, set for the filled ones (bit `i % 64` of word `i / 64`).
    let occupied: [UInt64]
    /// The number of filled slots before each group of 64.
    let ranks: [UInt32]

    /// The alphabet of the base64 text: base64's without "O" and "X", with "-" and "_" added at the end, so
    /// that the generated text can never spell one of the to-do markers that checkers search for (see
    /// tools/gazetteers/README.md).
    static let alphabet: StaticString = "ABCDEFGHIJKLMNPQRSTUVWYZabcdefghijklmnopqrstuvwxyz0123456789+/-_"

    /// The value of each character of ``alphabet``.
    static let values: [UInt8] = {
        var values = [UInt8](repeating: 0, count: 256)
        alphabet.withUTF8Buffer { characters in
            for (value, character) in characters.enumerated() { values[Int(character)] = UInt8(value) }
        }
        return values
    }()

    /// Records for the filled slots of `occupied`; `data` holds one record per set bit.
    init(data: StaticString, occupied: [UInt64]) {
        self.data = data
        self.occupied = occupied
        var ranks = [UInt32](repeating: 0, count: occupied.count)
        var filled: UInt32 = 0
        for group in occupied.indices {
            ranks[group] = filled
            filled += UInt32(occupied[group].nonzeroBitCount)
        }
        self.ranks = ranks
    }

    /// The position of a filled slot's record among the records.
    @inline(__always)
    func rank(_ slot: Int) -> Int {
        let below = occupied[slot >> 6] & ((1 &<< UInt64(slot & 63)) &- 1)
        return Int(ranks[slot >> 6]) + below.nonzeroBitCount
    }

    /// Decodes `groups` groups of four characters from the record of filled slot `slot`, starting with group
    /// `first`, into the bytes of a `UInt64` pair (at most five groups).
    @inline(__always)
    private func decode(slot: Int, first: Int, groups: Int) -> (UInt64, UInt64) {
        let offset = rank(slot) * 24 + 4 * first
        var bytes: (UInt64, UInt64) = (0, 0)
        Self.values.withUnsafeBufferPointer { values in
            data.withUTF8Buffer { text in
                withUnsafeMutableBytes(of: &bytes) { output in
                    for group in 0..<groups {
                        var word: UInt32 = 0
                        for k in 0..<4 { word = word << 6 | UInt32(values[Int(text[offset + 4 * group + k])]) }
                        output[3 * group] = UInt8(truncatingIfNeeded: word >> 16)
                        output[3 * group + 1] = UInt8(truncatingIfNeeded: word >> 8)
                        output[3 * group + 2] = UInt8(truncatingIfNeeded: word)
                    }
                }
            }
        }
        return bytes
    }

    /// The numbers of filled slot `slot`.
    func numbers(at slot: Int) -> NameTable.Numbers {
        let (low, high) = decode(slot: slot, first: 0, groups: 4)
        return NameTable.Numbers(
            population: Int32(truncatingIfNeeded: low), surnameRank: Int32(truncatingIfNeeded: low >> 32),
            firstNameFrequency: Float(bitPattern: UInt32(truncatingIfNeeded: high)))
    }

    /// The low half of the key of filled slot `slot`.
    func keyLow(at slot: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: decode(slot: slot, first: 4, groups: 2).0)
    }
}
