/// A set of ``NameKey`` values: open addressing over a power-of-two array, for the cue word lists and the
/// table's connector and title keys (the per-document memory has ``DocumentKeyTable``). `Set<UInt64>` hashes every key again with SipHash on each lookup; these keys are
/// already well-mixed 64-bit hashes, so a multiply picks the slot.
///
/// A 64-bit filter (one bit per value of a key's top six bits) answers most misses without touching the
/// slots: most words of a document are in none of the small sets the tagger asks about.
struct KeySet: Sendable {
    /// 0 marks an empty slot; the key 0 itself is kept in `hasZero`.
    private var slots: [UInt64]
    private var mask: Int
    private var filter: UInt64 = 0
    private var hasZero = false
    /// The number of keys.
    private(set) var count = 0

    /// An empty set; it allocates nothing until the first key.
    init() {
        slots = []
        mask = 0
    }

    init(_ keys: some Sequence<UInt64>) {
        self.init()
        for key in keys { insert(key) }
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    static func bit(_ key: UInt64) -> UInt64 { 1 << (key >> 58) }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        guard filter & Self.bit(key) != 0 else { return false }
        if key == 0 { return hasZero }
        guard !slots.isEmpty else { return false }  // only the key 0 so far
        return slots.withUnsafeBufferPointer { slots in
            var i = Self.slot(key, mask)
            while true {
                let slot = slots[i]
                if slot == key { return true }
                if slot == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    mutating func insert(_ key: UInt64) {
        filter |= Self.bit(key)
        if key == 0 {
            if !hasZero { count += 1 }
            hasZero = true
            return
        }
        if (count + 1) * 2 > slots.count { grow() }  // also the first allocation
        var i = Self.slot(key, mask)
        while true {
            let slot = slots[i]
            if slot == key { return }
            if slot == 0 { break }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: max(16, old.count * 2))
        mask = slots.count - 1
        for key in old where key != 0 {
            var i = Self.slot(key, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
        }
    }
}
