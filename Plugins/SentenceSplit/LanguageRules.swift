/// The language-specific knowledge the sentence scanner uses, parsed from a plain-text resource.
///
/// The scanner itself knows only punctuation, letter case and layout; which words are abbreviations and which
/// words typically start a sentence come from a resource like ``EnglishRules/text``, so another language is one
/// more resource. The format is one entry a line, grouped under section headers, `#` starting a comment:
///
/// ```
/// [prefix]        # never ends a sentence: a name or number always follows (Mr., Dr., e.g.)
/// [numeric]       # an abbreviation only before a number (No. 5, p. 12, fig. 3); otherwise an ordinary word
/// [ambiguous]     # ends a sentence only before a typical sentence starter (Jan., U.S., a.m., Ave.)
/// [terminal]      # ends a sentence before any capitalised word (etc., Inc., Co., Jr.)
/// [starter]       # words that typically start a sentence (The, He, However, ...)
/// [exclamation]   # names spelt with an exclamation mark that does not end the sentence (Yahoo!)
/// ```
///
/// Abbreviations are written in lower case without the final period, with inner periods kept (`e.g`, `u.s`).
public struct LanguageRules: Sendable {
    /// How a period after an abbreviation is treated.
    public enum AbbreviationKind: UInt8, Sendable {
        /// A title or a prefix (Mr., Dr., e.g.): never ends a sentence.
        case prefix
        /// An abbreviation before a number (No. 5, p. 12, fig. 3); before anything else an ordinary word ("say
        /// no.", "modern art.").
        case numeric
        /// Ends a sentence only when a typical sentence starter follows (U.S., a.m., Jan., Ave.).
        case ambiguous
        /// Ends a sentence whenever a capitalised word follows (etc., Inc., Co., Jr.).
        case terminal
    }

    /// Abbreviations and their kinds, keyed by their lower-case spelling without the final period.
    private(set) var abbreviations = WordTable<AbbreviationKind>()
    /// The length in bytes of the longest abbreviation: longer words are not looked up.
    private(set) var longestAbbreviation = 0
    /// Lower-case words that typically start a sentence.
    private(set) var starters = WordTable<Bool>()
    /// Lower-case names whose `!` does not end a sentence.
    private(set) var exclamations = WordTable<Bool>()

    /// Parses a resource in the format described above.
    ///
    /// - Throws: ``LanguageRulesError`` for an unknown section or an entry outside any section.
    public init(resource: String) throws {
        var section: Substring?
        for (number, rawLine) in resource.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: " \t\r")
            if line.isEmpty { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = line.dropFirst().dropLast()
                continue
            }
            guard let key = WordKey(line) else { continue }  // longer than any word the scanner looks up
            switch section {
            case "prefix": addAbbreviation(key, .prefix)
            case "numeric": addAbbreviation(key, .numeric)
            case "ambiguous": addAbbreviation(key, .ambiguous)
            case "terminal": addAbbreviation(key, .terminal)
            case "starter": starters.insert(key)
            case "exclamation": exclamations.insert(key)
            default: throw LanguageRulesError(line: number + 1, section: section.map(String.init))
            }
        }
    }

    /// Adds abbreviations given by the user, with or without a final period. Words the language already lists
    /// keep their kind.
    public mutating func addAbbreviations(_ entries: [String], as kind: AbbreviationKind = .ambiguous) {
        for entry in entries {
            var text = Substring(entry).trimmingCharacters(in: " \t\r\n")
            while text.hasSuffix(".") { text = text.dropLast() }
            if let key = WordKey(text), abbreviations[key] == nil { addAbbreviation(key, kind) }
        }
    }

    private mutating func addAbbreviation(_ key: WordKey, _ kind: AbbreviationKind) {
        abbreviations.insert(key, kind)
        longestAbbreviation = max(longestAbbreviation, key.count)
    }
}

/// A malformed language resource.
public struct LanguageRulesError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var section: String?

    public var description: String {
        if let section { return "line \(line): unknown section [\(section)]" }
        return "line \(line): entry before any [section]"
    }
}

extension Substring {
    /// The substring without the given leading and trailing characters.
    func trimmingCharacters(in set: String) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
