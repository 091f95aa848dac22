/// Numbers the distinct terms of one document in order of first appearance: a flat open-addressing table from
/// term hash to term number.
///
/// Made per document (stages run on many threads, so nothing is shared) and freed with it; noncopyable, so the
/// storage has one owner and needs neither reference counting nor copy-on-write checks.
struct TermNumbering: ~Copyable {
    /// The term hashes; a slot is free when its number is negative.
    private var keys: UnsafeMutablePointer<UInt64>
    private var numbers: UnsafeMutablePointer<Int32>
    private var capacity: Int
    /// Shifts a scrambled hash down to a slot number.
    private var shift: UInt64
    /// How many distinct terms have been numbered.
    private(set) var count = 0

    /// A table sized for about `expected` distinct terms (it grows when needed).
    init(expected: Int) {
        var bits: UInt64 = 5
        while 1 << bits < expected * 2 { bits += 1 }
        shift = 64 - bits
        capacity = 1 << bits
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        numbers = .allocate(capacity: capacity)
        numbers.initialize(repeating: -1, count: capacity)
    }

    deinit {
        keys.deallocate()
        numbers.deallocate()
    }

    /// The number of the term with hash `key`, given the next free number if the term is new.
    @inline(__always)
    mutating func number(for key: UInt64) -> Int32 {
        let mask = capacity &- 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let number = numbers[slot]
            if number < 0 { break }
            if keys[slot] == key { return number }
            slot = (slot &+ 1) & mask
        }
        let number = Int32(truncatingIfNeeded: count)
        keys[slot] = key
        numbers[slot] = number
        count &+= 1
        if count &* 2 > capacity { grow() }
        return number
    }

    /// Doubles the table, keeping every term's number.
    @inline(never)
    private mutating func grow() {
        let oldKeys = keys
        let oldNumbers = numbers
        let oldCapacity = capacity
        capacity *= 2
        shift -= 1
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        numbers = .allocate(capacity: capacity)
        numbers.initialize(repeating: -1, count: capacity)
        let mask = capacity - 1
        for index in 0..<oldCapacity where oldNumbers[index] >= 0 {
            var slot = Int(truncatingIfNeeded: (oldKeys[index] &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while numbers[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            numbers[slot] = oldNumbers[index]
        }
        oldKeys.deallocate()
        oldNumbers.deallocate()
    }
}
