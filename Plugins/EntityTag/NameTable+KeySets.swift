extension NameTable {
    /// The keys of every name that has any of `facts`, as a small set that stays in the cache, for questions
    /// asked about many lower-case words ("is it a connector?"), where a probe of the whole table would often
    /// miss the cache.
    func keys(withAnyOf facts: NameFacts) -> KeySet {
        keys(withAnyOf: facts, orAnyOf: [])[0]
    }

    /// The keys of every name that has any of `facts`, and those of every name that has any of `otherFacts`,
    /// in one walk over the slots (at stage creation: two walks cost as much as a tenth of decoding the table).
    func keys(withAnyOf facts: NameFacts, orAnyOf otherFacts: NameFacts) -> [KeySet] {
        var sets = [KeySet(), KeySet()]
        let wanted = UInt64(facts.union(otherFacts).rawValue)
        slots.withUnsafeBufferPointer { slots in
            for i in slots.indices where slots[i] & wanted != 0 {
                let slotFacts = NameFacts(rawValue: UInt32(truncatingIfNeeded: slots[i]))
                let key = key(at: i)
                if !slotFacts.isDisjoint(with: facts) { sets[0].insert(key) }
                if !slotFacts.isDisjoint(with: otherFacts) { sets[1].insert(key) }
            }
        }
        return sets
    }
}
