extension NameTable {
    /// Fills in the facts of the tokens at `indices`, with the same answers as ``facts(_:)``; `scratch` (as
    /// long as `indices`) is overwritten.
    ///
    /// Why not ``facts(_:)`` per token: many of these lookups miss the cache (the table is 1 MB), and each
    /// probe loop branches on the slot it just loaded, so a mispredicted branch waited for a miss before the
    /// next lookup could start. Here the first probe of every token is a load with no branch on its value
    /// (a hit or an empty slot settles it; another name's slot is noted), in a short loop over the selected
    /// tokens only, so many misses are in flight at once. The unsettled keys then probe on as usual.
    @inline(__always)
    func fillFacts(
        _ tokens: UnsafeMutableBufferPointer<NameToken>, at indices: UnsafeBufferPointer<UInt32>,
        scratch: UnsafeMutableBufferPointer<UInt32>
    ) {
        precondition(scratch.count >= indices.count, "fillFacts needs scratch room for every index")
        let mask = self.mask
        var unsettled = 0
        slots.withUnsafeBufferPointer { slots in
            for p in 0..<indices.count {
                let t = Int(indices[p])
                let key = tokens[t].key
                let slot = slots[Self.start(key, mask)]
                let hit = slot >> 32 == key >> 32
                // A hit keeps the slot's facts; a miss (empty slot or another name) keeps none for now.
                tokens[t].facts = NameFacts(rawValue: UInt32(truncatingIfNeeded: slot) & (hit ? UInt32.max : 0))
                // Another name in the first slot: the key may sit further on. Kept without a branch.
                scratch[unsettled] = UInt32(truncatingIfNeeded: t)
                unsettled &+= (!hit && slot != 0) ? 1 : 0
            }
        }
        for p in 0..<unsettled {
            let t = Int(scratch[p])
            tokens[t].facts = facts(tokens[t].key)
        }
    }
}
