/// One token of text: a word, a number, a punctuation mark or a symbol, with UTF-8 byte offsets.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, possibly with digits, inner apostrophes, hyphens or initialism dots
        /// (`Zelenskyy's`, `Bailey-Ross`, `U.S.`, `COVID-19`).
        case word
        /// Starts with a digit: `55,000`, `3.14`, `3rd`, `1980s`.
        case number
        /// One punctuation mark, or a run of the same ASCII mark (`...`, `!!`, `--`).
        case punctuation
        /// A symbol: `$`, `%`... (`%` is punctuation in Unicode's view but a symbol here), `+`, `£`, `°`.
        case symbol
    }

    /// The first byte of the token in the text.
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// What the token is.
    public var kind: Kind
    /// Case, digits, inner punctuation and the white space before the token.
    public var shape: TokenShape

    public init(start: Int, end: Int, kind: Kind, shape: TokenShape) {
        self.start = start
        self.end = end
        self.kind = kind
        self.shape = shape
    }

    /// The byte offsets as a Swift range.
    @inlinable public var range: Range<Int> { start..<end }

    /// The token's length in bytes.
    @inlinable public var count: Int { end - start }

    /// The token's text in the string it was read from.
    public func text(in string: String) -> Substring {
        let lower = string.utf8.index(string.utf8.startIndex, offsetBy: start)
        let upper = string.utf8.index(lower, offsetBy: end - start)
        return string[lower..<upper]
    }
}

/// What a token looks like: case pattern, digits, inner punctuation, and the white space before it.
public struct TokenShape: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The first letter is upper case (`Kyiv`, `NATO`, `McDonald`).
    public static let capitalised = TokenShape(rawValue: 1 << 0)
    /// Has letters and all of them are upper case (`NATO`, `U.S.`, `CSIS`). A single capital letter counts.
    public static let allCaps = TokenShape(rawValue: 1 << 1)
    /// Has letters and all of them are lower case.
    public static let lowercase = TokenShape(rawValue: 1 << 2)
    /// Has at least one letter.
    public static let hasLetter = TokenShape(rawValue: 1 << 3)
    /// Has at least one digit.
    public static let hasDigit = TokenShape(rawValue: 1 << 4)
    /// Only digits (`2026`, `55`).
    public static let allDigits = TokenShape(rawValue: 1 << 5)
    /// Has an inner hyphen (`Bailey-Ross`, `year-old`).
    public static let hasHyphen = TokenShape(rawValue: 1 << 6)
    /// Has an inner apostrophe (`don't`, `Russia’s`).
    public static let hasApostrophe = TokenShape(rawValue: 1 << 7)
    /// Has inner or final dots: an initialism (`U.S.`, `a.m.`) or a decimal number (`3.14`).
    public static let hasPeriod = TokenShape(rawValue: 1 << 8)
    /// A number with thousands separators (`55,000`).
    public static let hasComma = TokenShape(rawValue: 1 << 9)
    /// Has a scalar outside ASCII.
    public static let nonASCII = TokenShape(rawValue: 1 << 10)
    /// Preceded by white space (or the start of the text).
    public static let spaceBefore = TokenShape(rawValue: 1 << 11)
    /// Preceded by a line break.
    public static let lineBreakBefore = TokenShape(rawValue: 1 << 12)
    /// Preceded by a blank line (two or more line breaks), or the start of the text.
    public static let paragraphBefore = TokenShape(rawValue: 1 << 13)
    /// An inner `&` between letters (`AT&T`, `S&P`).
    public static let hasAmpersand = TokenShape(rawValue: 1 << 14)
}
