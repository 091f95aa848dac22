/// A gazetteer name found in the tokens (see `TaggingPass.longestMatch(at:limit:facts:)`): where it ends, its
/// key and its facts. The numbers (population, Census ranks, a user's label) live apart from the slots
/// (packed, for the built-in table) and are fetched only by the few rules that need them
/// (`TaggingPass.entry(_:)`), which saves a cache miss on most matches.
struct NameMatch {
    /// One past the last token of the name.
    let end: Int
    let key: UInt64
    let facts: NameFacts
}
