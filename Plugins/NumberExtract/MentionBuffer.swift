import TextPipeCore

/// The mentions of one text, each built where it stays.
///
/// A `NumberMention` is too large for the optimizer to build straight into an array's storage: `append` built
/// it on the stack, copied it in (retaining each of its strings) and destroyed the original, about 300
/// instructions a mention. Here a mention is initialized in place (`NumberMention.initialize(_:…)`).
///
/// The memory is either lent by the caller (`lend`: the uninitialized storage of the array that will hold the
/// mentions, so they are written where they end up) or the buffer's own, allocated at the first mention and
/// moved into an array at the end (`takeArray`). Lent storage that fills up is left for memory of its own.
///
/// A noncopyable struct held by the scanner, rather than an object of its own: one allocation and release
/// fewer per document.
struct MentionBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<NumberMention>
    /// 0 until memory is allocated or lent.
    private var capacity = 0
    /// The capacity of the first allocation, and what a lender is asked for.
    let suggestedCapacity: Int
    /// `base` was allocated here (not lent, not the placeholder).
    private var ownsMemory = false
    private(set) var count = 0

    init(capacity: Int) {
        suggestedCapacity = max(capacity, 4)
        // A placeholder: no mention is read or written through it while `capacity` is 0.
        base = UnsafeMutablePointer(bitPattern: MemoryLayout<NumberMention>.alignment).unsafelyUnwrapped
    }

    deinit {
        base.deinitialize(count: count)
        if ownsMemory { base.deallocate() }
    }

    /// Appends a mention.
    @inline(__always)
    mutating func append(
        range: TextRange, text: consuming String, kind: NumberMention.Kind, value: consuming NumberMention.Value?,
        low: Double?, high: Double?, currency: consuming String?, unit: consuming String?, counts: consuming String?,
        marker: consuming String?
    ) {
        if count == capacity { grow() }
        NumberMention.initialize(
            base + count, range: range, text: text, kind: kind, value: value, low: low, high: high,
            currency: currency, unit: unit, counts: counts, marker: marker)
        count += 1
    }

    /// Moves the mentions to memory of its own with twice the room (a move is a plain copy of their bytes).
    private mutating func grow() {
        let larger = capacity == 0 ? suggestedCapacity : capacity * 2
        let memory = UnsafeMutablePointer<NumberMention>.allocate(capacity: larger)
        memory.moveInitialize(from: base, count: count)
        if ownsMemory { base.deallocate() }
        base = memory
        capacity = larger
        ownsMemory = true
    }

    /// Writes the mentions to come into `storage` (uninitialized memory of the caller's, such as an array's
    /// under construction) as long as they fit. Only before the first mention.
    mutating func lend(_ storage: UnsafeMutableBufferPointer<NumberMention>) {
        precondition(count == 0 && !ownsMemory && capacity == 0, "storage lent to a buffer in use")
        guard let start = storage.baseAddress, storage.count > 0 else { return }
        base = start
        capacity = storage.count
    }

    /// Ends a loan: the mentions written into the lent storage are the lender's from now on, and their count is
    /// returned; 0 if they outgrew it and were moved to memory of the buffer's own (read them with `takeArray`).
    mutating func returnStorage() -> Int {
        guard !ownsMemory else { return 0 }
        let written = count
        count = 0
        capacity = 0
        base = UnsafeMutablePointer(bitPattern: MemoryLayout<NumberMention>.alignment).unsafelyUnwrapped
        return written
    }

    /// The mentions in order, moved into an array; the buffer is left empty.
    mutating func takeArray() -> [NumberMention] {
        let taken = count
        guard taken > 0 else { return [] }
        count = 0
        return Array(unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress.unsafelyUnwrapped.moveInitialize(from: base, count: taken)
            initialized = taken
        }
    }
}
