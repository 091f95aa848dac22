/// Numbers the distinct terms of one document in order of first appearance: a flat open-addressing table from
/// term hash to term number.
///
/// Made per document (stages run on many threads, so nothing is shared) and freed with it; noncopyable, so the
/// storage has one owner and needs neither reference counting nor copy-on-write checks.
struct TermNumbering: ~Copyable {
    /// A term hash and its number side by side, so a probe touches one cache line; a slot is free when its number
    /// is negative.
    private struct Slot {
        var key: UInt64
        var number: Int32
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    /// Shifts a scrambled hash down to a slot number.
    private var shift: UInt64
    /// How many distinct terms have been numbered.
    private(set) var count = 0

    /// Whether ``slots`` was allocated here (else the caller's storage holds it, until the table grows).
    private var ownsSlots: Bool

    /// A table sized for about `expected` distinct terms (it grows when needed).
    init(expected: Int) {
        let capacity = Self.capacity(expected: expected)
        self.init(capacity: capacity, slots: UnsafeMutableRawPointer.allocate(
            byteCount: capacity * MemoryLayout<Slot>.stride, alignment: MemoryLayout<Slot>.alignment))
        ownsSlots = true
    }

    /// A table sized for about `expected` distinct terms in `storage`, which holds at least
    /// ``storageBytes(expected:)`` bytes aligned to 8 and outlives the table; the caller frees it. (A heap
    /// allocation costs hundreds of instructions: the caller makes one for this and its own lists.) The table
    /// moves to storage of its own if it has to grow.
    init(expected: Int, storage: UnsafeMutableRawPointer) {
        self.init(capacity: Self.capacity(expected: expected), slots: storage)
    }

    /// How many bytes a table for about `expected` distinct terms takes.
    static func storageBytes(expected: Int) -> Int { capacity(expected: expected) * MemoryLayout<Slot>.stride }

    /// The number of slots for about `expected` terms: a power of two at least twice that.
    private static func capacity(expected: Int) -> Int {
        var bits: UInt64 = 5
        while 1 << bits < expected * 2 { bits += 1 }
        return 1 << bits
    }

    private init(capacity: Int, slots: UnsafeMutableRawPointer) {
        self.capacity = capacity
        shift = 64 - UInt64(capacity.trailingZeroBitCount)
        self.slots = slots.bindMemory(to: Slot.self, capacity: capacity)
        self.slots.initialize(repeating: Slot(key: 0, number: -1), count: capacity)
        ownsSlots = false
    }

    deinit {
        if ownsSlots { slots.deallocate() }
    }

    /// The number of the term with hash `key`, given the next free number if the term is new.
    ///
    /// Whether a term is new is a coin toss in running text, so that takes no branch: the home slot is written
    /// either way (with the number it already holds, or the new one). Only a slot held by another term, which is
    /// rare at this fill, branches to the next.
    @inline(__always)
    mutating func number(for key: UInt64) -> Int32 {
        @inline(__always) func bit(_ value: Bool) -> Int { Int(unsafeBitCast(value, to: UInt8.self)) }
        let mask = capacity &- 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        var entry = slots[slot]
        while bit(entry.number >= 0) & bit(entry.key != key) != 0 {
            slot = (slot &+ 1) & mask
            entry = slots[slot]
        }
        let isNew = bit(entry.number < 0)
        let number = isNew != 0 ? Int32(truncatingIfNeeded: count) : entry.number
        slots[slot] = Slot(key: key, number: number)
        count &+= isNew
        if count &* 2 > capacity { grow() }
        return number
    }

    /// Numbers the terms with hashes `keys[range]` into `numbers[range]`, as ``number(for:)`` one after another
    /// would: the table's state is copied to locals for the loop, where the optimiser keeps it in registers.
    mutating func number(
        _ keys: UnsafePointer<UInt64>, into numbers: UnsafeMutablePointer<Int32>, _ range: Range<Int>
    ) {
        @inline(__always) func bit(_ value: Bool) -> Int { Int(unsafeBitCast(value, to: UInt8.self)) }
        var slots = self.slots
        var capacity = self.capacity
        var shift = self.shift
        var count = self.count
        var position = range.lowerBound
        while position < range.upperBound {
            let key = keys[position]
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
            var entry = slots[slot]
            while bit(entry.number >= 0) & bit(entry.key != key) != 0 {
                slot = (slot &+ 1) & (capacity &- 1)
                entry = slots[slot]
            }
            let isNew = bit(entry.number < 0)
            let number = isNew != 0 ? Int32(truncatingIfNeeded: count) : entry.number
            slots[slot] = Slot(key: key, number: number)
            numbers[position] = number
            count &+= isNew
            if count &* 2 > capacity {
                self.count = count
                grow()
                slots = self.slots
                capacity = self.capacity
                shift = self.shift
            }
            position &+= 1
        }
        self.count = count
    }

    /// Doubles the table, keeping every term's number.
    @inline(never)
    private mutating func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity *= 2
        shift -= 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, number: -1), count: capacity)
        let mask = capacity - 1
        for index in 0..<oldCapacity where old[index].number >= 0 {
            var slot = Int(truncatingIfNeeded: (old[index].key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot].number >= 0 { slot = (slot + 1) & mask }
            slots[slot] = old[index]
        }
        if ownsSlots { old.deallocate() }
        ownsSlots = true
    }
}
