/// The facts the gazetteers record about a name or word (``GazetteerEntry/Facts``).
///
/// Kept free of imports, like ``NameTable`` and the tokenizer, so tools/gazetteers/ can compile it into the
/// generator that lays out the built-in table: the bits written there are these bits.
struct NameFacts: OptionSet, Sendable {
    let rawValue: UInt32

    static var country: NameFacts { NameFacts(rawValue: 1 << 0) }
    static var city: NameFacts { NameFacts(rawValue: 1 << 1) }
    static var usState: NameFacts { NameFacts(rawValue: 1 << 2) }
    static var continent: NameFacts { NameFacts(rawValue: 1 << 3) }
    /// From the hand-written places list.
    static var place: NameFacts { NameFacts(rawValue: 1 << 4) }
    static var demonym: NameFacts { NameFacts(rawValue: 1 << 5) }
    static var organisation: NameFacts { NameFacts(rawValue: 1 << 6) }
    static var miscName: NameFacts { NameFacts(rawValue: 1 << 7) }
    static var title: NameFacts { NameFacts(rawValue: 1 << 8) }
    /// Ends an organisation name ("Council", "Inc").
    static var organisationHead: NameFacts { NameFacts(rawValue: 1 << 9) }
    /// Starts an "of"/"for" chain that names an organisation ("University of", "Center for").
    static var organisationHeadOf: NameFacts { NameFacts(rawValue: 1 << 10) }
    static var placeHead: NameFacts { NameFacts(rawValue: 1 << 11) }
    /// Starts a place name ("Mount", "Lake").
    static var placePrefix: NameFacts { NameFacts(rawValue: 1 << 12) }
    static var placeHeadOf: NameFacts { NameFacts(rawValue: 1 << 13) }
    static var miscHead: NameFacts { NameFacts(rawValue: 1 << 14) }
    static var commonWord: NameFacts { NameFacts(rawValue: 1 << 15) }
    static var connector: NameFacts { NameFacts(rawValue: 1 << 16) }
    static var firstName: NameFacts { NameFacts(rawValue: 1 << 17) }
    static var surname: NameFacts { NameFacts(rawValue: 1 << 18) }
    /// A name from a user's gazetteer file; its label is in `userLabel`.
    static var user: NameFacts { NameFacts(rawValue: 1 << 19) }
    /// A strict prefix of a longer name: keep extending the match.
    static var prefix: NameFacts { NameFacts(rawValue: 1 << 20) }
    /// Starts an organisation name ("Air France").
    static var organisationPrefix: NameFacts { NameFacts(rawValue: 1 << 21) }
    /// A day or month name: never part of a name.
    static var calendar: NameFacts { NameFacts(rawValue: 1 << 22) }

    /// Facts that make a whole match a name with a label.
    // Computed, not `static let`: a constant folds into the caller, a stored static costs a `swift_once`
    // check on every use in the hot loop.
    static var names: NameFacts {
        [.country, .city, .usState, .continent, .place, .demonym, .organisation, .miscName, .user]
    }
    static var places: NameFacts { [.country, .usState, .continent, .place] }
}
