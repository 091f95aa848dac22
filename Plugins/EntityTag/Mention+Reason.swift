extension Mention {
    /// Why a mention has its label: the gazetteer, rule or memory that decided. A one-byte code while the
    /// tagger works, so a ``Mention`` is plain data (no reference counting when mentions are copied or
    /// compared); the entity gets the text (`gazetteer:NAME`, `rule:NAME`, `memory:KIND`) at the end.
    enum Reason: UInt8 {
        /// A run of capitalised words that no rule labelled yet.
        case shape
        /// An unknown word in a line of capitals.
        case capitals
        case gazetteerUser, gazetteerOrganisations, gazetteerPlaces, gazetteerCountry, gazetteerUSState
        case gazetteerContinent, gazetteerDemonyms, gazetteerMisc, gazetteerCity
        case firstName, censusName, nameShape, title, organisationCue, placeCue, organisationHead, miscHead
        case placeHead, ofChain, scoreLine, suffix, acronym, commonWords
        case memoryAcronym, memoryName, memoryPerson

        /// Set by a rule (`rule:...`).
        var isRule: Bool { rawValue >= Reason.firstName.rawValue && rawValue <= Reason.commonWords.rawValue }

        /// The text recorded on the entity.
        var text: String {
            switch self {
            case .shape: "shape"
            case .capitals: "capitals"
            case .gazetteerUser: "gazetteer:user"
            case .gazetteerOrganisations: "gazetteer:organisations"
            case .gazetteerPlaces: "gazetteer:places"
            case .gazetteerCountry: "gazetteer:geonames-country"
            case .gazetteerUSState: "gazetteer:geonames-us-state"
            case .gazetteerContinent: "gazetteer:geonames-continent"
            case .gazetteerDemonyms: "gazetteer:demonyms"
            case .gazetteerMisc: "gazetteer:misc"
            case .gazetteerCity: "gazetteer:geonames-city"
            case .firstName: "rule:first-name"
            case .censusName: "rule:census-name"
            case .nameShape: "rule:name-shape"
            case .title: "rule:title"
            case .organisationCue: "rule:organisation-cue"
            case .placeCue: "rule:place-cue"
            case .organisationHead: "rule:organisation-head"
            case .miscHead: "rule:misc-head"
            case .placeHead: "rule:place-head"
            case .ofChain: "rule:of-chain"
            case .scoreLine: "rule:score-line"
            case .suffix: "rule:suffix"
            case .acronym: "rule:acronym"
            case .commonWords: "rule:common-words"
            case .memoryAcronym: "memory:acronym"
            case .memoryName: "memory:name"
            case .memoryPerson: "memory:person"
            }
        }
    }
}
