import TextPipeCore

/// The options of the `clean` stage. Every operation that is safe on any text is on by default; the ones that
/// change what a writer chose (quote style, hyphenation, page furniture) are opt-in.
public struct CleanOptions: StageOptions, Equatable {
    /// Repair mojibake (UTF-8 text decoded with the wrong code page, up to several times) and C1 controls that
    /// stand for windows-1252 punctuation.
    public var fixMojibake = true
    /// Whether the input is HTML: `auto` looks for HTML markup, `always` and `never` force it.
    public var html = HTMLMode.auto
    /// Decode HTML character references (`&amp;`, `&#8217;`) in text that is not HTML.
    public var entities = true
    /// Unicode normalisation form.
    public var normalize = NormalizationForm.nfc
    /// Remove C0 control characters (other than tab and line feed) and stray byte-order marks.
    public var removeControls = true
    /// Turn CRLF, CR, U+2028 and U+2029 into line feeds and paragraph breaks.
    public var fixLineBreaks = true
    /// Join words hyphenated across a line break (`inter-\nnational` -> `international`).
    public var dehyphenate = false
    /// What to do with spaces and blank lines.
    public var whitespace = WhitespaceMode.normalize
    /// Replace curly quotes with straight ones and dashes with ASCII hyphens.
    public var straightenQuotes = false
    /// Remove page furniture: `none`, or `news` (datelines, timestamps, captions, bylines, share lines).
    public var boilerplate = BoilerplateMode.none
    /// With boilerplate removal, keep the headline as the first paragraph.
    public var keepTitle = true
    /// Regular expressions; a line matching any of them is removed.
    public var dropLines: [String] = []

    public init() {}

    public static let help: [String: String] = [
        "fix_mojibake":
            "Repair text decoded with the wrong code page (\"donâ€™t\" -> \"don’t\"), also when it happened twice.",
        "html": "Treat the input as HTML: auto (when it has HTML markup), always, or never.",
        "entities": "Decode HTML character references such as &amp; and &#8217; in plain text.",
        "normalize": "Unicode normalisation: nfc (default), nfkc (also folds compatibility characters), or none.",
        "remove_controls": "Remove control characters other than tab and line feed, and stray byte-order marks.",
        "fix_line_breaks": "Turn CRLF, CR and U+2028 into line feeds, U+2029 into a paragraph break.",
        "dehyphenate": "Join a word hyphenated across a line break.",
        "whitespace": "keep; normalize (trim line ends, at most one blank line between paragraphs); "
            + "collapse (also runs of spaces and tabs inside a line, and line breaks inside a paragraph).",
        "straighten_quotes": "Replace curly quotes with straight ones and en/em dashes with hyphens.",
        "boilerplate": "Remove page furniture: none, or news (datelines, timestamps, photo captions, bylines, "
            + "copyright, share and subscribe lines).",
        "keep_title": "With boilerplate removal, keep the headline as the first paragraph.",
        "drop_lines": "Regular expressions (NSRegularExpression syntax); lines matching any of them are removed.",
    ]

    public func validate() throws(OptionError) {
        if let index = dropLines.firstIndex(where: \.isEmpty) {
            throw OptionError(key: "drop_lines", "item \(index + 1) is empty; an empty pattern would drop every line")
        }
    }
}

/// Whether `clean` treats its input as HTML.
public enum HTMLMode: String, Codable, Sendable, YAMLChoice {
    case auto, always, never
}

/// The Unicode normalisation `clean` applies.
public enum NormalizationForm: String, Codable, Sendable, YAMLChoice {
    case nfc, nfkc, none
}

/// How `clean` treats whitespace.
public enum WhitespaceMode: String, Codable, Sendable, YAMLChoice {
    /// Leave spaces and blank lines as they are.
    case keep
    /// Trim spaces at line ends and at the ends of the text; at most one blank line in a row. Runs of spaces
    /// inside a line stay: plain-text tables (Reuters) and emoticons depend on them.
    case normalize
    /// Also collapse runs of spaces and tabs to one space and join the lines of a paragraph; blank lines
    /// (paragraph breaks) stay.
    case collapse
}

/// Which page furniture `clean` removes.
public enum BoilerplateMode: String, Codable, Sendable, YAMLChoice {
    case none, news
}
