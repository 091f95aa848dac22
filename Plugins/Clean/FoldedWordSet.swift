/// A fixed set of words looked up straight from a text's bytes, ASCII capitals folded to lower case: no
/// `String` per lookup, a hash of the length and the end bytes, and a probe into a flat open-addressing table.
///
/// For a word of ASCII bytes, `contains` answers as `Set<String>.contains` does for the word with its ASCII
/// capitals lowered, which is how the line screens ask: `String` equality is canonical equivalence, and an
/// ASCII string is equivalent only to itself unless a member decomposes to ASCII (the Kelvin sign, say),
/// which no set of this module holds (a test checks the sets that are built).
struct FoldedWordSet: Sendable {
    /// Each slot holds a member as `offset << 8 | length` into `storage`; 0 marks an empty slot.
    private let slots: [UInt32]
    private let storage: [UInt8]
    private let slotShift: UInt32
    private let holdsEmptyWord: Bool
    /// The length in bytes of the longest member: longer words are not looked up.
    let longest: Int

    init<Words: Sequence<String>>(_ words: Words) {
        let members = Set(words).map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        // At most a quarter full, so a miss ends after a probe or two.
        var slotBits: UInt32 = 3
        while 1 << slotBits < members.count * 4 { slotBits += 1 }
        var slots = [UInt32](repeating: 0, count: 1 << slotBits)
        var storage: [UInt8] = []
        for member in members where !member.isEmpty {
            precondition(member.count < 256, "a word of \(member.count) bytes")
            var slot = member.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count, shift: 32 - slotBits) }
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt32(storage.count) << 8 | UInt32(member.count)
            storage += member
        }
        self.slots = slots
        self.storage = storage
        self.slotShift = 32 - slotBits
        self.holdsEmptyWord = members.contains { $0.isEmpty }
        self.longest = members.map(\.count).max() ?? 0
    }

    /// The ASCII capitals lowered, other bytes as they are.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// A slot from the length and the first and last bytes: the members of these small sets rarely share all
    /// three, and a lookup reads no other byte until it meets a member of its length.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, shift: UInt32) -> Int {
        let key =
            UInt32(folded(bytes[range.lowerBound])) << 16 | UInt32(folded(bytes[range.upperBound - 1])) << 8
            | UInt32(truncatingIfNeeded: range.count)
        return Int((key &* 0x9E37_79B1) >> shift)
    }

    /// Whether the bytes in `range`, capitals lowered, spell a member.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count <= longest else { return false }
        guard count > 0 else { return holdsEmptyWord }
        var slot = Self.hash(bytes, range, shift: slotShift)
        return slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { storage in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return false }
                    if Int(entry & 0xFF) == count {
                        let start = Int(entry >> 8)
                        var offset = 0
                        while offset < count && storage[start + offset] == Self.folded(bytes[range.lowerBound + offset])
                        {
                            offset += 1
                        }
                        if offset == count { return true }
                    }
                    slot = (slot + 1) & (slots.count - 1)
                }
            }
        }
    }

    /// Whether `word`, capitals lowered, is a member.
    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0, 0..<$0.count) }
    }
}
