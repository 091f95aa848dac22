import TextPipeCore

/// A map from ``NameKey`` values to labels for the document memory, laid out like ``KeySet`` (and for the
/// same reason: the keys are hashes already, `Dictionary` would hash them again). Allocates nothing until
/// the first label is set.
struct KeyLabelMap {
    /// 0 marks an empty slot; the key 0 itself keeps its label in `zeroLabel`.
    private var slots: [UInt64] = []
    private var labels: [Entity.Label] = []
    private var mask = 0
    private var filter: UInt64 = 0
    private var zeroLabel: Entity.Label?
    private var count = 0

    /// An empty map; with a `capacity`, room for that many keys before it grows.
    init(capacity: Int = 0) {
        guard capacity > 0 else { return }
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        labels = [Entity.Label](repeating: .person, count: size)
        mask = size - 1
    }

    /// The label of a key; setting one replaces any earlier label.
    subscript(key: UInt64) -> Entity.Label? {
        get {
            guard filter & KeySet.bit(key) != 0 else { return nil }
            if key == 0 { return zeroLabel }
            guard !slots.isEmpty else { return nil }  // only the key 0 so far
            var i = KeySet.slot(key, mask)
            while true {
                let slot = slots[i]
                if slot == key { return labels[i] }
                if slot == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("KeyLabelMap keeps labels, it does not remove them") }
            filter |= KeySet.bit(key)
            if key == 0 {
                zeroLabel = newValue
                return
            }
            if (count + 1) * 2 > slots.count { grow() }
            var i = KeySet.slot(key, mask)
            while slots[i] != key && slots[i] != 0 { i = (i + 1) & mask }
            if slots[i] == 0 { count += 1 }
            slots[i] = key
            labels[i] = newValue
        }
    }

    private mutating func grow() {
        let (oldSlots, oldLabels) = (slots, labels)
        let size = max(16, oldSlots.count * 2)
        slots = [UInt64](repeating: 0, count: size)
        labels = [Entity.Label](repeating: .person, count: size)
        mask = size - 1
        for (key, label) in zip(oldSlots, oldLabels) where key != 0 {
            var i = KeySet.slot(key, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
            labels[i] = label
        }
    }
}
