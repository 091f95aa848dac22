extension NameTable {
    /// Adds a name (one or more tokens) with facts; `update` can set the numbers first. Every strict prefix of
    /// a multi-word name is marked ``NameFacts/prefix`` so a longest match stops as soon as no name can
    /// continue. Shared by the stage (users' gazetteers) and the generator of the built-in table.
    ///
    /// - Returns: The number of tokens in the name (0 when it has none).
    @discardableResult
    mutating func add(
        _ name: Substring, _ facts: NameFacts, update: (inout NameFacts, inout Numbers) -> Void = { _, _ in }
    ) -> Int {
        let tokens =
            name.utf8.withContiguousStorageIfAvailable { NameTokenizer.tokens(in: $0) }
            ?? NameTokenizer.tokens(in: String(name))
        guard var key = tokens.first?.key else { return 0 }
        for index in tokens.indices {
            if index > 0 { key = NameKey.combine(key, tokens[index].key) }
            if index < tokens.count - 1 { self.update(key) { facts, _ in facts.insert(.prefix) } }
        }
        self.update(key) { entryFacts, numbers in
            update(&entryFacts, &numbers)
            entryFacts.formUnion(facts)
        }
        return tokens.count
    }
}
