import TextPipeCore

/// What the gazetteers know about one name or word: a set of facts, plus the numbers some of them carry.
struct GazetteerEntry: Sendable {
    struct Facts: OptionSet, Sendable {
        let rawValue: UInt32

        static var country: Facts { Facts(rawValue: 1 << 0) }
        static var city: Facts { Facts(rawValue: 1 << 1) }
        static var usState: Facts { Facts(rawValue: 1 << 2) }
        static var continent: Facts { Facts(rawValue: 1 << 3) }
        /// From the hand-written places list.
        static var place: Facts { Facts(rawValue: 1 << 4) }
        static var demonym: Facts { Facts(rawValue: 1 << 5) }
        static var organisation: Facts { Facts(rawValue: 1 << 6) }
        static var miscName: Facts { Facts(rawValue: 1 << 7) }
        static var title: Facts { Facts(rawValue: 1 << 8) }
        /// Ends an organisation name ("Council", "Inc").
        static var organisationHead: Facts { Facts(rawValue: 1 << 9) }
        /// Starts an "of"/"for" chain that names an organisation ("University of", "Center for").
        static var organisationHeadOf: Facts { Facts(rawValue: 1 << 10) }
        static var placeHead: Facts { Facts(rawValue: 1 << 11) }
        /// Starts a place name ("Mount", "Lake").
        static var placePrefix: Facts { Facts(rawValue: 1 << 12) }
        static var placeHeadOf: Facts { Facts(rawValue: 1 << 13) }
        static var miscHead: Facts { Facts(rawValue: 1 << 14) }
        static var commonWord: Facts { Facts(rawValue: 1 << 15) }
        static var connector: Facts { Facts(rawValue: 1 << 16) }
        static var firstName: Facts { Facts(rawValue: 1 << 17) }
        static var surname: Facts { Facts(rawValue: 1 << 18) }
        /// A name from a user's gazetteer file; its label is in `userLabel`.
        static var user: Facts { Facts(rawValue: 1 << 19) }
        /// A strict prefix of a longer name: keep extending the match.
        static var prefix: Facts { Facts(rawValue: 1 << 20) }
        /// Starts an organisation name ("Air France").
        static var organisationPrefix: Facts { Facts(rawValue: 1 << 21) }
        /// A day or month name: never part of a name.
        static var calendar: Facts { Facts(rawValue: 1 << 22) }

        /// Facts that make a whole match a name with a label.
        // Computed, not `static let`: a constant folds into the caller, a stored static costs a `swift_once`
        // check on every use in the hot loop.
        static var names: Facts {
            [.country, .city, .usState, .continent, .place, .demonym, .organisation, .miscName, .user]
        }
        static var places: Facts { [.country, .usState, .continent, .place] }
    }

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
