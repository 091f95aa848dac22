import TextPipeCore

/// Reads a layer as `Document`'s subscript does, for a fraction of the cost.
///
/// The subscript copies each (name, value) entry it passes and casts the value with `as?`, which goes through the
/// runtime's general dynamic cast: callgrind counted about a thousand instructions per lookup, some 6 M of the
/// stage's instructions on news-stride10 for its three lookups per document. Here the entries are read in place,
/// and a value whose dynamic type is the key's is copied out of the existential's inline buffer, where Swift keeps
/// a value of up to three words that moves bitwise (the layers read here are arrays: one pointer). Same answer as
/// the subscript: the first entry of that name, `nil` when it is absent or of another type; any other value type
/// goes through the subscript. (A change for `Layers` in TextPipeCore; here until then.)
enum LayerLookup {
    private typealias Entry = (name: String, value: any LayerValue)

    static func value<Key: LayerKey>(_ key: Key.Type, in document: Document) -> Key.Value? {
        // An existential keeps a value inline when it has at most three words, word alignment and moves bitwise.
        guard MemoryLayout<Key.Value>.size <= 3 * MemoryLayout<Int>.size,
            MemoryLayout<Key.Value>.alignment <= MemoryLayout<Int>.alignment,
            _isBitwiseTakable(Key.Value.self),
            let valueOffset = MemoryLayout<Entry>.offset(of: \Entry.value)
        else { return document[key] }
        return document.layers.all.withUnsafeBufferPointer { entries -> Key.Value? in
            guard let base = entries.baseAddress else { return nil }
            for index in entries.indices {
                let entry = UnsafeRawPointer(base + index)
                // The name is the tuple's first element.
                guard entry.load(as: String.self) == Key.name else { continue }
                let value = (entry + valueOffset).assumingMemoryBound(to: (any LayerValue).self)
                guard type(of: value.pointee) == Key.Value.self else { return nil }
                // The inline buffer is the container's first three words.
                return (entry + valueOffset).load(as: Key.Value.self)
            }
            return nil
        }
    }
}
