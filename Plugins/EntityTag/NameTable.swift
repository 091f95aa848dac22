/// An open-addressing hash table from ``NameKey`` to what the gazetteers know about a name.
///
/// The keys are already well-mixed 64-bit hashes, so a lookup is a mask, a probe or two and a compare,
/// several times cheaper than `Dictionary`, which rehashes every key with SipHash. Each slot packs a key
/// fingerprint and the name's facts in eight bytes, so the common question ("is this word a title?")
/// touches one cache line of a table that fits the L2 cache; the numbers and full keys live in separate
/// arrays at the same positions, or, for the built-in table, stay packed until asked for (``PackedRecords``).
///
/// The built-in table is laid out at build time by tools/gazetteers/ (see ``BuiltInTable``) and its slots
/// only copied into place at start-up; users' gazetteers are added to a copy with ``update(_:_:)``, which
/// unpacks the keys and numbers first. This file has no
/// imports so the generator compiles it as is: slot placement is this file's, on both sides.
struct NameTable: Sendable {
    /// The numbers some facts carry.
    struct Numbers: Sendable {
        /// Population of the largest city of this name.
        var population: Int32 = 0
        /// Census surname rank (1 = most frequent), 0 when not a surname.
        var surnameRank: Int32 = 0
        /// Census first-name frequency, in percent.
        var firstNameFrequency: Float = 0
        /// The label of a user's gazetteer line (see `NameTable+Entry.swift`), 0 for none.
        var userLabel: UInt8 = 0
    }

    /// One slot a `UInt64`: the key's fingerprint (its high 32 bits) above the name's facts; 0 is an empty
    /// slot (every stored name has at least one fact). Eight bytes a slot keep the built-in table at 1 MB, so
    /// it mostly stays in the L2 cache: with 16-byte slots a lookup per token cost twice as much. The slot
    /// position comes from all 64 bits, so two names are confused only if they agree on the start slot and
    /// 32 more bits: about once in 10^9 lookups of unknown words.
    private(set) var slots: [UInt64]
    /// The numbers of each slot, in the same positions (read only by ``lookup(_:)``); empty while `packed`
    /// holds them.
    private(set) var numbers: [Numbers]
    /// The full key of each slot, in the same positions (read only to place names again when growing); empty
    /// while `packed` holds them.
    private(set) var keys: [UInt64]
    /// The keys and numbers of the built-in table until a change needs them all (see ``PackedRecords``).
    private var packed: PackedRecords?
    private(set) var mask: Int
    /// The number of names.
    private(set) var count: Int

    /// An empty table with room for `count` names before it grows.
    init(capacity count: Int = 0) {
        let capacity = Self.capacity(for: count)
        slots = [UInt64](repeating: 0, count: capacity)
        numbers = [Numbers](repeating: Numbers(), count: capacity)
        keys = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        self.count = 0
    }

    /// A table laid out elsewhere, with the keys and numbers of its filled slots still packed:
    /// `slots.count` is a power of two.
    init(slots: [UInt64], packed: PackedRecords, count: Int) {
        precondition(slots.count > 0 && slots.count & (slots.count - 1) == 0)
        precondition(packed.occupied.count * 64 == slots.count)
        self.slots = slots
        self.numbers = []
        self.keys = []
        self.packed = packed
        self.mask = slots.count - 1
        self.count = count
    }

    /// The smallest power of two that keeps `count` names at most two thirds full.
    static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count + count / 2 { capacity <<= 1 }
        return capacity
    }

    /// The first slot probed for a key.
    @inline(__always)
    static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> 20) & mask
    }

    /// The slot of a key, or -1.
    @inline(__always)
    private func position(_ key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let fingerprint = key >> 32
            var i = Self.start(key, mask)
            while true {
                let slot = slots[i]
                if slot == 0 { return -1 }
                if slot >> 32 == fingerprint { return i }
                i = (i + 1) & mask
            }
        }
    }

    /// The facts of a key; empty when unknown.
    @inline(__always)
    func facts(_ key: UInt64) -> NameFacts {
        let i = position(key)
        return i < 0 ? [] : NameFacts(rawValue: UInt32(truncatingIfNeeded: slots[i]))
    }

    /// The facts and numbers of a key, if any.
    @inline(__always)
    func lookup(_ key: UInt64) -> (facts: NameFacts, numbers: Numbers)? {
        let i = position(key)
        guard i >= 0 else { return nil }
        return (NameFacts(rawValue: UInt32(truncatingIfNeeded: slots[i])), numbers(at: i))
    }

    /// The numbers of filled slot `i`.
    func numbers(at i: Int) -> Numbers {
        if let packed { return packed.numbers(at: i) }
        return numbers[i]
    }

    /// The full key of filled slot `i`.
    func key(at i: Int) -> UInt64 {
        if let packed { return (slots[i] >> 32) << 32 | UInt64(packed.keyLow(at: i)) }
        return keys[i]
    }

    /// Decodes the packed keys and numbers into their arrays, before a change.
    private mutating func unpack() {
        guard let packed else { return }
        var keys = [UInt64](repeating: 0, count: slots.count)
        var numbers = [Numbers](repeating: Numbers(), count: slots.count)
        for i in slots.indices where slots[i] != 0 {
            keys[i] = (slots[i] >> 32) << 32 | UInt64(packed.keyLow(at: i))
            numbers[i] = packed.numbers(at: i)
        }
        (self.keys, self.numbers, self.packed) = (keys, numbers, nil)
    }

    /// Changes the facts and numbers of a key, adding it first (with no facts) when missing. A name must keep
    /// at least one fact.
    mutating func update(_ key: UInt64, _ change: (inout NameFacts, inout Numbers) -> Void) {
        unpack()
        var i = position(key)
        if i < 0 {
            if Self.capacity(for: count + 1) > slots.count { grow() }
            i = Self.start(key, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            keys[i] = key
            count += 1
        }
        var facts = NameFacts(rawValue: UInt32(truncatingIfNeeded: slots[i]))
        change(&facts, &numbers[i])
        precondition(!facts.isEmpty, "a name in the table needs a fact")
        slots[i] = (key >> 32) << 32 | UInt64(facts.rawValue)
    }

    /// Doubles the slots and places every name again.
    private mutating func grow() {
        let capacity = slots.count * 2
        var grown = NameTable(capacity: 0)
        grown.slots = [UInt64](repeating: 0, count: capacity)
        grown.numbers = [Numbers](repeating: Numbers(), count: capacity)
        grown.keys = [UInt64](repeating: 0, count: capacity)
        grown.mask = capacity - 1
        for i in slots.indices where slots[i] != 0 {
            var j = Self.start(keys[i], grown.mask)
            while grown.slots[j] != 0 { j = (j + 1) & grown.mask }
            grown.slots[j] = slots[i]
            grown.numbers[j] = numbers[i]
            grown.keys[j] = keys[i]
        }
        grown.count = count
        self = grown
    }
}
