import TextPipeCore

/// The options of the `sentence_split` stage.
public struct SentenceSplitOptions: StageOptions, Equatable {
    /// More abbreviations, on top of the language's list: a period after one of them does not end a sentence
    /// unless a word that typically starts sentences follows ("approx", "Univ.", "Ph.D."). Case-insensitive;
    /// a final period is optional.
    public var abbreviations: [String] = []
    /// What a single line break means. A blank line always ends a sentence.
    public var newline = NewlineMode.paragraph
    /// Sentences shorter than this many characters (not counting surrounding white space) are joined to the
    /// sentence that follows them (or, for the last one, to the one before).
    public var minLength = 1

    public init() {}

    public static let help: [String: String] = [
        "abbreviations": "Extra abbreviations (case-insensitive, final period optional) whose period does not end "
            + "a sentence unless a typical sentence-starting word follows.",
        "newline": "What a single line break means: paragraph (default: a boundary after a headline, dateline, "
            + "byline or list item, but not inside a hard-wrapped paragraph), boundary (every line break ends a "
            + "sentence), or ignore (line breaks are spaces). A blank line always ends a sentence.",
        "min_length": "Join sentences shorter than this many characters to the next one (default 1: never join).",
    ]

    public func validate() throws(OptionError) {
        if minLength < 1 { throw OptionError(key: "min_length", "must be at least 1") }
        if minLength > 10_000 { throw OptionError(key: "min_length", "must be at most 10000") }
        for entry in abbreviations {
            let trimmed = entry.trimmingSpaces
            if trimmed.isEmpty || trimmed == "." {
                throw OptionError(key: "abbreviations", "has an empty entry")
            }
            if trimmed.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
                throw OptionError(key: "abbreviations", "entry '\(entry)' contains white space")
            }
        }
    }
}

/// What a single line break means to `sentence_split`.
public enum NewlineMode: String, Codable, Sendable, YAMLChoice {
    /// Lines are paragraphs, or a hard-wrapped paragraph continues across them: a line break ends a sentence
    /// after a short title-like line (headline, dateline, byline, timestamp), before a list item, after sentence
    /// punctuation, and in text whose lines are not wrapped; it does not inside a hard-wrapped paragraph.
    case paragraph
    /// Every line break ends a sentence (one sentence or one item per line).
    case boundary
    /// Line breaks are spaces: only punctuation and blank lines end sentences.
    case ignore
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
