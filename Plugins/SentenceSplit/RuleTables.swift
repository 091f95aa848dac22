/// The word tables of ``LanguageRules`` in one shared, immutable object, as the scanner reads them.
///
/// A scan passes its text and these tables to every question it asks at a period; behind one reference they
/// make that argument three words, passed in registers, where the rules' own fields made it a struct of a
/// dozen words copied at every call.
final class RuleTables: Sendable {
    /// Abbreviations and their kinds.
    let abbreviations: WordTable<LanguageRules.AbbreviationKind>
    /// The length in bytes of the longest abbreviation: longer words are not looked up.
    let longestAbbreviation: Int
    /// Words that typically start a sentence.
    let starters: WordTable<Bool>
    /// Names whose `!` does not end a sentence.
    let exclamations: WordTable<Bool>

    init(_ rules: LanguageRules) {
        abbreviations = rules.abbreviations
        longestAbbreviation = rules.longestAbbreviation
        starters = rules.starters
        exclamations = rules.exclamations
    }
}
