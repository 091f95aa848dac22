/// A fixed set of ``WordHash`` values in one flat open-addressing table.
///
/// Looking a word up costs one multiply and usually one load, where `Set<WordHash>` runs Swift's seeded SipHash on
/// every lookup.
struct WordHashSet: Sendable {
    /// The hashes, each in the first free slot from its home slot on; zero marks a free slot.
    private let slots: [UInt64]
    /// Shifts a scrambled hash down to a slot number.
    private let shift: UInt64
    /// The byte lengths of the shortest and the longest word: words of other lengths need no lookup.
    let shortestWord: Int
    let longestWord: Int

    /// A set of the hashes of `words`, given in lower case.
    init(_ words: [String]) {
        self.init(words, keys: words.map { WordHash(lowercasedASCII: Array($0.utf8)).value })
    }

    /// A set of the ``TermKey``s of `words`, given in lower case: for looking term keys up.
    init(termKeysOf words: [String]) {
        self.init(words, keys: TermKey.of(words))
    }

    private init(_ words: [String], keys: [UInt64]) {
        var bits: UInt64 = 4
        while 1 << bits < words.count * 4 { bits += 1 }
        shift = 64 - bits
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let mask = slots.count - 1
        for (word, hash) in zip(words, keys) {
            precondition(hash != 0, "a word hashes to the free-slot marker: \(word)")
            var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot] != 0, slots[slot] != hash { slot = (slot + 1) & mask }
            slots[slot] = hash
        }
        self.slots = slots
        shortestWord = words.map(\.utf8.count).min() ?? 0
        longestWord = words.map(\.utf8.count).max() ?? 0
    }

    /// Whether `hash` is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        // Slot numbers are masked into the table, so the array's bounds checks are left out.
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> shift) & mask
            while true {
                let stored = slots[slot]
                if stored == hash { return hash != 0 }
                if stored == 0 { return false }
                slot = (slot &+ 1) & mask
            }
        }
    }
}
