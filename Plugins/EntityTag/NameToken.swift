/// A token as the entity tagger sees it: a word, number or mark with its byte range, shape flags, its name
/// key (see ``NameKey``), the gazetteer's facts about it and where it sits in its sentence.
///
/// Thirty-two bytes (offsets as `UInt32`): the tagger reads the token array over and over, and the smaller
/// layout fills half the cache lines the earlier 48-byte one did. Offsets therefore stop at 4 GiB of text,
/// which ``NameTokenizer`` checks.
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

    private var startOffset: UInt32
    private var endOffset: UInt32
    /// The case-folded key of `start..<end` (see ``NameKey``).
    var key: UInt64
    /// What the gazetteer knows about `key`, filled in by the tagger for every token but lower-case words
    /// (see `TaggingPass.facts(_:)`); empty until then.
    var facts: NameFacts = []
    private var headEndOffset: UInt32
    var shape: Shape
    var kind: Kind
    /// The first byte of a punctuation token or symbol (0xE2 for most typographic marks); 0 for words.
    var mark: UInt8
    /// Followed by "'s" or "’s", which is not part of the name.
    var possessive = false
    /// The first token of a sentence, of a line, or after an opening quote.
    var sentenceStart = false

    /// - Parameters:
    ///   - headEnd: The end of the part before the first hyphen ("Washington" in "Washington-based"); `end`
    ///     without a hyphen.
    init(
        start: Int, end: Int, key: UInt64, headEnd: Int, kind: Kind, shape: Shape, mark: UInt8,
        possessive: Bool = false
    ) {
        startOffset = UInt32(truncatingIfNeeded: start)
        endOffset = UInt32(truncatingIfNeeded: end)
        headEndOffset = UInt32(truncatingIfNeeded: headEnd)
        self.key = key
        self.kind = kind
        self.shape = shape
        self.mark = mark
        self.possessive = possessive
    }

    /// The first byte.
    var start: Int { Int(startOffset) }
    /// One past the last byte, before a possessive "'s".
    var end: Int { Int(endOffset) }
    /// The end of the part before the first hyphen; equal to `end` without a hyphen.
    var headEnd: Int { Int(headEndOffset) }
    /// The number of bytes.
    var length: Int { Int(endOffset &- startOffset) }

    var isWord: Bool { kind == .word }
    var isCapitalised: Bool { kind == .word && shape.contains(.capitalised) }
    var isAllCaps: Bool { kind == .word && shape.contains(.allCaps) }
    var isLowercase: Bool { kind == .word && shape.contains(.lowercase) }
    var hasHyphen: Bool { headEndOffset != endOffset }
}
