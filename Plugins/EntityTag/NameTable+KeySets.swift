extension NameTable {
    /// The keys of every name that has any of `facts`, as a small set that stays in the cache, for questions
    /// asked about many lower-case words ("is it a connector?"), where a probe of the whole table would often
    /// miss the cache.
    func keys(withAnyOf facts: NameFacts) -> KeySet {
        var set = KeySet()
        for i in slots.indices where slots[i] != 0 {
            let slotFacts = NameFacts(rawValue: UInt32(truncatingIfNeeded: slots[i]))
            if !slotFacts.isDisjoint(with: facts) { set.insert(keys[i]) }
        }
        return set
    }
}
