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
    var nameLabel: (label: Entity.Label, reason: String)? {
        if let userLabel, facts.contains(.user) { return (userLabel, "gazetteer:user") }
        if facts.contains(.organisation) { return (.organization, "gazetteer:organisations") }
        if facts.contains(.country) {
            return (.location, facts.contains(.place) ? "gazetteer:places" : "gazetteer:geonames-country")
        }
        if facts.contains(.usState) { return (.location, "gazetteer:geonames-us-state") }
        if facts.contains(.continent) { return (.location, "gazetteer:geonames-continent") }
        if facts.contains(.place) { return (.location, "gazetteer:places") }
        if facts.contains(.demonym) { return (.miscellaneous, "gazetteer:demonyms") }
        if facts.contains(.miscName) { return (.miscellaneous, "gazetteer:misc") }
        if facts.contains(.city) { return (.location, "gazetteer:geonames-city") }
        return nil
    }

    /// A frequent given name (Census frequency at least `threshold` percent).
    func isFirstName(atLeast threshold: Float = 0) -> Bool {
        facts.contains(.firstName) && firstNameFrequency >= threshold
    }
}
