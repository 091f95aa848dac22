/// A token as the entity tagger sees it: a word, number or mark with its byte range, shape flags, its name
/// key (see ``NameKey``) and where it sits in its sentence.
struct NameToken {
    enum Kind: UInt8 { case word, number, punctuation, symbol }

    /// What a token looks like. Flags are computed properties, not stored statics: a stored static costs a
    /// `swift_once` check at each use, and these are read for every token.
    struct Shape: OptionSet {
        let rawValue: UInt16

        /// The first letter is upper case.
        static var capitalised: Shape { Shape(rawValue: 1 << 0) }
        /// Has letters, all upper case ("NATO", "U.S.", a single capital).
        static var allCaps: Shape { Shape(rawValue: 1 << 1) }
        /// Has letters, all lower case.
        static var lowercase: Shape { Shape(rawValue: 1 << 2) }
        static var hasLetter: Shape { Shape(rawValue: 1 << 3) }
        /// Only digits.
        static var allDigits: Shape { Shape(rawValue: 1 << 4) }
        static var hasHyphen: Shape { Shape(rawValue: 1 << 5) }
        static var hasApostrophe: Shape { Shape(rawValue: 1 << 6) }
        /// An initialism with dots ("U.S.").
        static var hasPeriod: Shape { Shape(rawValue: 1 << 7) }
        /// Preceded by white space or the start of the text.
        static var spaceBefore: Shape { Shape(rawValue: 1 << 8) }
        /// Preceded by a line break or the start of the text.
        static var lineBreakBefore: Shape { Shape(rawValue: 1 << 9) }
    }

    /// The first byte.
    var start: Int
    /// One past the last byte, before a possessive "'s".
    var end: Int
    /// The case-folded key of `start..<end` (see ``NameKey``).
    var key: UInt64
    /// The end and key of the part before the first hyphen ("Washington" in "Washington-based"); equal to
    /// `end` and `key` without a hyphen.
    var headEnd: Int
    var headKey: UInt64
    var kind: Kind
    var shape: Shape
    /// The first byte of a punctuation token or symbol (0xE2 for most typographic marks); 0 for words.
    var mark: UInt8
    /// Followed by "'s" or "’s", which is not part of the name.
    var possessive = false
    /// The first token of a sentence, of a line, or after an opening quote.
    var sentenceStart = false

    var isWord: Bool { kind == .word }
    var isCapitalised: Bool { kind == .word && shape.contains(.capitalised) }
    var isAllCaps: Bool { kind == .word && shape.contains(.allCaps) }
    var isLowercase: Bool { kind == .word && shape.contains(.lowercase) }
    var hasHyphen: Bool { headEnd != end }
}
