/// An open-addressing hash table from ``NameKey`` to what the gazetteers know about a name.
///
/// The keys are already well-mixed 64-bit hashes, so a lookup is a mask, a probe or two and a compare,
/// several times cheaper than `Dictionary`, which rehashes every key with SipHash. Each slot holds the key
/// and the name's facts side by side, so the common question ("is this word a title?") touches one cache
/// line; the numbers live in a separate array.
///
/// The built-in table is laid out at build time by tools/gazetteers/ (see ``BuiltInTable``) and only copied
/// into place at start-up; users' gazetteers are added to a copy with ``update(_:_:)``. This file has no
/// imports so the generator compiles it as is: slot placement is this file's, on both sides.
struct NameTable: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var facts: UInt32
        /// Index into `numbers`, or -1 for an empty slot.
        var index: Int32

        static let empty = Slot(key: 0, facts: 0, index: -1)
    }

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

    private(set) var slots: [Slot]
    private(set) var numbers: [Numbers]
    private(set) var mask: Int

    /// An empty table with room for `count` names before it grows.
    init(capacity count: Int = 0) {
        let capacity = Self.capacity(for: count)
        slots = [Slot](repeating: .empty, count: capacity)
        numbers = []
        numbers.reserveCapacity(count)
        mask = capacity - 1
    }

    /// A table laid out elsewhere: `slots.count` is a power of two and every slot indexes `numbers`.
    init(slots: [Slot], numbers: [Numbers]) {
        precondition(slots.count > 0 && slots.count & (slots.count - 1) == 0)
        self.slots = slots
        self.numbers = numbers
        self.mask = slots.count - 1
    }

    /// The number of names.
    var count: Int { numbers.count }

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

    /// The facts of a key; empty when unknown.
    @inline(__always)
    func facts(_ key: UInt64) -> NameFacts {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.start(key, mask)
            while true {
                let slot = slots[i]
                if slot.index < 0 { return [] }
                if slot.key == key { return NameFacts(rawValue: slot.facts) }
                i = (i + 1) & mask
            }
        }
    }

    /// The facts and numbers of a key, if any.
    @inline(__always)
    func lookup(_ key: UInt64) -> (facts: NameFacts, numbers: Numbers)? {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.start(key, mask)
            while true {
                let slot = slots[i]
                if slot.index < 0 { return nil }
                if slot.key == key { return (NameFacts(rawValue: slot.facts), numbers[Int(slot.index)]) }
                i = (i + 1) & mask
            }
        }
    }

    /// Changes the facts and numbers of a key, adding it first (with no facts) when missing.
    mutating func update(_ key: UInt64, _ change: (inout NameFacts, inout Numbers) -> Void) {
        var i = Self.start(key, mask)
        while slots[i].index >= 0 && slots[i].key != key { i = (i + 1) & mask }
        if slots[i].index < 0 {
            if Self.capacity(for: numbers.count + 1) > slots.count {
                grow()
                update(key, change)
                return
            }
            slots[i] = Slot(key: key, facts: 0, index: Int32(numbers.count))
            numbers.append(Numbers())
        }
        var facts = NameFacts(rawValue: slots[i].facts)
        change(&facts, &numbers[Int(slots[i].index)])
        slots[i].facts = facts.rawValue
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        let capacity = slots.count * 2
        var grown = [Slot](repeating: .empty, count: capacity)
        let mask = capacity - 1
        for slot in slots where slot.index >= 0 {
            var i = Self.start(slot.key, mask)
            while grown[i].index >= 0 { i = (i + 1) & mask }
            grown[i] = slot
        }
        slots = grown
        self.mask = mask
    }
}
