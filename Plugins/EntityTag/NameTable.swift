/// A read-only open-addressing hash table from ``NameKey`` to ``GazetteerEntry``.
///
/// The keys are already well-mixed 64-bit hashes, so a lookup is a mask, a probe or two and a compare,
/// several times cheaper than `Dictionary`, which rehashes every key with SipHash. Built once per stage.
struct NameTable: Sendable {
    private let keys: [UInt64]
    private let slots: [Int32]
    private let entries: [GazetteerEntry]
    private let mask: Int

    init(_ dictionary: [UInt64: GazetteerEntry]) {
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(dictionary.count)
        let mask = capacity - 1
        for (key, entry) in dictionary {
            var i = Self.start(key, mask)
            while slots[i] >= 0 { i = (i + 1) & mask }
            keys[i] = key
            slots[i] = Int32(entries.count)
            entries.append(entry)
        }
        self.keys = keys
        self.slots = slots
        self.entries = entries
        self.mask = mask
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 20) & mask
    }

    /// The entry of a key, if any.
    @inline(__always)
    func entry(_ key: UInt64) -> GazetteerEntry? {
        var i = Self.start(key, mask)
        while true {
            let slot = slots[i]
            if slot < 0 { return nil }
            if keys[i] == key { return entries[Int(slot)] }
            i = (i + 1) & mask
        }
    }

    /// The facts of a key; empty when unknown.
    @inline(__always)
    func facts(_ key: UInt64) -> GazetteerEntry.Facts { entry(key)?.facts ?? [] }
}
