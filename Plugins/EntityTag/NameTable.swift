/// A read-only open-addressing hash table from ``NameKey`` to ``GazetteerEntry``.
///
/// The keys are already well-mixed 64-bit hashes, so a lookup is a mask, a probe or two and a compare,
/// several times cheaper than `Dictionary`, which rehashes every key with SipHash. Each slot holds the key
/// and the entry's facts side by side, so the common question ("is this word a title?") touches one cache
/// line; the rest of the entry lives in a separate array. Built once per stage.
struct NameTable: Sendable {
    private struct Slot {
        var key: UInt64
        var facts: UInt32
        /// Index into `entries`, or -1 for an empty slot.
        var index: Int32
    }

    private let slots: [Slot]
    private let entries: [GazetteerEntry]
    private let mask: Int

    init(_ dictionary: [UInt64: GazetteerEntry]) {
        var capacity = 16
        while capacity < dictionary.count + dictionary.count / 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, facts: 0, index: -1), count: capacity)
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(dictionary.count)
        let mask = capacity - 1
        for (key, entry) in dictionary {
            var i = Self.start(key, mask)
            while slots[i].index >= 0 { i = (i + 1) & mask }
            slots[i] = Slot(key: key, facts: entry.facts.rawValue, index: Int32(entries.count))
            entries.append(entry)
        }
        self.slots = slots
        self.entries = entries
        self.mask = mask
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> 20) & mask
    }

    /// The entry of a key, if any.
    @inline(__always)
    func entry(_ key: UInt64) -> GazetteerEntry? {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.start(key, mask)
            while true {
                let slot = slots[i]
                if slot.index < 0 { return nil }
                if slot.key == key { return entries[Int(slot.index)] }
                i = (i + 1) & mask
            }
        }
    }

    /// The facts of a key; empty when unknown.
    @inline(__always)
    func facts(_ key: UInt64) -> GazetteerEntry.Facts {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.start(key, mask)
            while true {
                let slot = slots[i]
                if slot.index < 0 { return [] }
                if slot.key == key { return GazetteerEntry.Facts(rawValue: slot.facts) }
                i = (i + 1) & mask
            }
        }
    }
}
