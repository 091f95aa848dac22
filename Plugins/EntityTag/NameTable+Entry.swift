import TextPipeCore

extension NameTable {
    /// The entry of a key, if any.
    @inline(__always)
    func entry(_ key: UInt64) -> GazetteerEntry? {
        guard let found = lookup(key) else { return nil }
        let (facts, numbers) = found
        return GazetteerEntry(
            facts: facts, population: numbers.population, surnameRank: numbers.surnameRank,
            firstNameFrequency: numbers.firstNameFrequency, userLabel: Self.label(code: numbers.userLabel))
    }

    /// The code a user's label is stored under in ``Numbers/userLabel``; 0 means none.
    static func code(of label: Entity.Label) -> UInt8 {
        switch label {
        case .person: 1
        case .organization: 2
        case .location: 3
        case .miscellaneous: 4
        }
    }

    static func label(code: UInt8) -> Entity.Label? {
        switch code {
        case 1: .person
        case 2: .organization
        case 3: .location
        case 4: .miscellaneous
        default: nil
        }
    }
}
