/// A hash table from ``WordKey`` to a value, in one flat array with open addressing.
///
/// `Dictionary` and `Set` hash every key through `Hasher` (SipHash), which cost more than the rest of the
/// period check together; the word lists are small and fixed once the stage is built, so a multiply-mix hash
/// and linear probing in a table kept at most half full answer a lookup in a few instructions.
struct WordTable<Value: Sendable>: Sendable {
    /// The slots; `nil` is empty. The count is a power of two.
    private var slots: [(key: WordKey, value: Value)?]
    /// How far to shift ``WordKey/mixed`` right to get a slot index (64 minus log2 of the slot count).
    private var shift: UInt64
    /// The number of entries.
    private(set) var count = 0

    /// An empty table.
    init() {
        slots = Array(repeating: nil, count: 16)
        shift = 60
    }

    /// The value stored under `key`, or `nil`.
    @inline(__always)
    subscript(key: WordKey) -> Value? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key.mixed >> shift)
        while let slot = slots[index] {
            if slot.key == key { return slot.value }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Stores `value` under `key`, replacing any value there.
    mutating func insert(_ key: WordKey, _ value: Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key.mixed >> shift)
        while let slot = slots[index] {
            if slot.key == key {
                slots[index] = (key, value)
                return
            }
            index = (index + 1) & mask
        }
        slots[index] = (key, value)
        count += 1
    }

    /// Doubles the slots and puts every entry back.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        shift -= 1
        count = 0
        for case (let key, let value)? in old { insert(key, value) }
    }
}

extension WordTable where Value == Bool {
    /// Whether `key` is in the table (used as a set).
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    /// Adds `key` to the table (used as a set).
    mutating func insert(_ key: WordKey) { insert(key, true) }
}
