import TextPipeCore

/// Three sets or label maps of ``NameKey``s for one document's memory, in one temporary allocation (on the
/// stack when it is small) that lives for one call of ``with(bounds:_:)``.
///
/// The memory pass used array-backed sets and label maps: about eight array allocations a document,
/// each several hundred instructions (the runtime looks up the storage's generic metadata every time), and
/// more as sets grew. Here the caller knows how many keys each table can receive, so each is sized once; and
/// a stack allocation costs neither `malloc` and `free` nor an object to count references to.
struct DocumentKeyTables {
    let first: DocumentKeyTable
    let second: DocumentKeyTable
    let third: DocumentKeyTable

    /// Calls `body` with tables that have room for at most `bounds.0`, `bounds.1` and `bounds.2` keys; they are
    /// valid only during the call.
    static func with<Result>(bounds: (Int, Int, Int), _ body: (DocumentKeyTables) -> Result) -> Result {
        let sizes = (size(bounds.0), size(bounds.1), size(bounds.2))
        let total = sizes.0 + sizes.1 + sizes.2
        // Per table: its header, then a key slot per entry; the label bytes of all tables at the end.
        let words = 3 * DocumentKeyTable.headerWords + total
        return withUnsafeTemporaryAllocation(byteCount: words * 8 + total, alignment: 8) { memory in
            let base = memory.baseAddress!
            let slots = base.bindMemory(to: UInt64.self, capacity: words)
            slots.initialize(repeating: 0, count: words)
            let labels = (base + words * 8).bindMemory(to: UInt8.self, capacity: total)
            labels.initialize(repeating: 0, count: total)
            let h = DocumentKeyTable.headerWords
            let tables = DocumentKeyTables(
                first: DocumentKeyTable(header: slots, labels: labels, size: sizes.0),
                second: DocumentKeyTable(header: slots + h + sizes.0, labels: labels + sizes.0, size: sizes.1),
                third: DocumentKeyTable(
                    header: slots + 2 * h + sizes.0 + sizes.1, labels: labels + sizes.0 + sizes.1, size: sizes.2))
            // Plain integers: nothing to deinitialise.
            return body(tables)
        }
    }

    /// A power of two at least twice `bound`: the table is never more than half full.
    private static func size(_ bound: Int) -> Int {
        var size = 8
        while size < 2 * bound { size <<= 1 }
        return size
    }
}

/// A fixed-size open-addressing table of ``NameKey``s, each with an optional label: a set when the labels are
/// not used. Laid out like ``KeySet`` (and for the same reasons), but in memory ``DocumentKeyTables`` lends:
/// valid during its call. Its count, filter and the entry of the key 0 are kept in that memory too, so
/// the table is changed through a `let`.
struct DocumentKeyTable {
    /// Filter, count, and the key 0's presence and label code (0 for no label).
    static let headerWords = 3
    private let header: UnsafeMutablePointer<UInt64>
    /// 0 marks an empty slot.
    private let slots: UnsafeMutablePointer<UInt64>
    /// The label code of each slot (``NameTable/code(of:)``), 0 for none.
    private let labels: UnsafeMutablePointer<UInt8>
    private let mask: Int

    fileprivate init(header: UnsafeMutablePointer<UInt64>, labels: UnsafeMutablePointer<UInt8>, size: Int) {
        self.header = header
        self.slots = header + Self.headerWords
        self.labels = labels
        self.mask = size - 1
    }

    /// The slot of a key (not 0), or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var i = KeySet.slot(key, mask)
        while true {
            let slot = slots[i]
            if slot == key || slot == 0 { return i }
            i = (i + 1) & mask
        }
    }

    /// One bit per value of a key's top six bits (``KeySet/bit(_:)``), set for the keys in the table: a key whose
    /// bit is clear is not in it.
    var filter: UInt64 { header[0] }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        guard header[0] & KeySet.bit(key) != 0 else { return false }
        if key == 0 { return header[2] != 0 }
        return slots[slot(key)] == key
    }

    /// Adds a key (with no label, if new).
    func insert(_ key: UInt64) {
        _ = place(key)
    }

    /// The position of a key, added if missing: a slot index, or -1 for the key 0.
    private func place(_ key: UInt64) -> Int {
        header[0] |= KeySet.bit(key)
        if key == 0 {
            header[2] |= 1
            return -1
        }
        let i = slot(key)
        if slots[i] == 0 {
            // The caller's bound keeps the table at most half full; past it the probe loop would never end.
            precondition(Int(header[1]) * 2 < mask + 1, "DocumentKeyTable over its bound")
            header[1] += 1
            slots[i] = key
        }
        return i
    }

    /// The label of a key; setting one replaces any earlier label.
    subscript(key: UInt64) -> Entity.Label? {
        get {
            guard header[0] & KeySet.bit(key) != 0 else { return nil }
            if key == 0 { return NameTable.label(code: UInt8(truncatingIfNeeded: header[2] >> 8)) }
            let i = slot(key)
            return slots[i] == key ? NameTable.label(code: labels[i]) : nil
        }
        nonmutating set {
            guard let newValue else { preconditionFailure("DocumentKeyTable keeps labels, it does not remove them") }
            let code = NameTable.code(of: newValue)
            let i = place(key)
            if i < 0 {
                header[2] = 1 | UInt64(code) << 8
            } else {
                labels[i] = code
            }
        }
    }
}
