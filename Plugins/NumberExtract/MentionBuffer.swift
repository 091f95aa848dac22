import TextPipeCore

/// The mentions of one text, each built where it stays.
///
/// A `NumberMention` is too large for the optimizer to build straight into an array's storage: `append` built
/// it on the stack, copied it in (retaining each of its strings) and destroyed the original, about 300
/// instructions a mention. Here a mention is initialized in place (`NumberMention.initialize(_:…)`), and the
/// finished list is moved into an array without copying.
final class MentionBuffer {
    private var base: UnsafeMutablePointer<NumberMention>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Appends a mention.
    @inline(__always)
    func append(
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

    /// Moves the mentions to twice the room (a move is a plain copy of their bytes).
    private func grow() {
        let larger = UnsafeMutablePointer<NumberMention>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The mentions in order, moved into an array; the buffer is left empty.
    func takeArray() -> [NumberMention] {
        let taken = count
        guard taken > 0 else { return [] }
        count = 0
        return Array(unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress.unsafelyUnwrapped.moveInitialize(from: base, count: taken)
            initialized = taken
        }
    }
}
