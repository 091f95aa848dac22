import TextPipeCore

/// What the gazetteers know about one name or word: a set of facts, plus the numbers some of them carry.
struct GazetteerEntry: Sendable {
    typealias Facts = NameFacts

    var facts: Facts = []
    /// Population of the largest city of this name.
    var population: Int32 = 0
    /// Census surname rank (1 = most frequent), 0 when not a surname.
    var surnameRank: Int32 = 0
    /// Census first-name frequency, in percent.
    var firstNameFrequency: Float = 0
    var userLabel: Entity.Label?

    /// The label this entry gives a whole match, and the gazetteer that decided, in priority order.
    var nameLabel: (label: Entity.Label, reason: Mention.Reason)? {
        Self.nameLabel(facts: facts, userLabel: userLabel)
    }

    /// The label that `facts` (and, with ``NameFacts/user``, the user's label) give a whole match.
    static func nameLabel(facts: Facts, userLabel: Entity.Label?) -> (label: Entity.Label, reason: Mention.Reason)? {
        if let userLabel, facts.contains(.user) { return (userLabel, .gazetteerUser) }
        if facts.contains(.organisation) { return (.organization, .gazetteerOrganisations) }
        if facts.contains(.country) {
            return (.location, facts.contains(.place) ? .gazetteerPlaces : .gazetteerCountry)
        }
        if facts.contains(.usState) { return (.location, .gazetteerUSState) }
        if facts.contains(.continent) { return (.location, .gazetteerContinent) }
        if facts.contains(.place) { return (.location, .gazetteerPlaces) }
        if facts.contains(.demonym) { return (.miscellaneous, .gazetteerDemonyms) }
        if facts.contains(.miscName) { return (.miscellaneous, .gazetteerMisc) }
        if facts.contains(.city) { return (.location, .gazetteerCity) }
        return nil
    }

    /// A frequent given name (Census frequency at least `threshold` percent).
    func isFirstName(atLeast threshold: Float = 0) -> Bool {
        facts.contains(.firstName) && firstNameFrequency >= threshold
    }
}
