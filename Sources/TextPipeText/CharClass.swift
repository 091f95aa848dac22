/// The class of a Unicode scalar, with the distinctions that sentence, entity and number rules need.
///
/// ASCII scalars come from ``ByteClass``'s table; other scalars from a short list of punctuation that text
/// rules care about (typographic quotes, dashes, bullets, ellipsis, non-Latin sentence terminators) and then
/// from the Unicode properties.
///
/// ```swift
/// let (scalar, length) = UTF8Scalars.decode(buffer, at: i)
/// if CharClass.of(scalar).contains(.closeQuote) { ... }
/// ```
public struct CharClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A letter of any script (alphabetic).
    @inlinable public static var letter: CharClass { CharClass(rawValue: 1 << 0) }
    /// An upper-case (or title-case) letter.
    @inlinable public static var upper: CharClass { CharClass(rawValue: 1 << 1) }
    /// A lower-case letter.
    @inlinable public static var lower: CharClass { CharClass(rawValue: 1 << 2) }
    /// A decimal digit of any script.
    @inlinable public static var digit: CharClass { CharClass(rawValue: 1 << 3) }
    /// Horizontal white space, including no-break and ideographic spaces.
    @inlinable public static var space: CharClass { CharClass(rawValue: 1 << 4) }
    /// A line or paragraph separator.
    @inlinable public static var lineBreak: CharClass { CharClass(rawValue: 1 << 5) }
    /// Punctuation of any kind.
    @inlinable public static var punctuation: CharClass { CharClass(rawValue: 1 << 6) }
    /// A symbol (math, currency, other).
    @inlinable public static var symbol: CharClass { CharClass(rawValue: 1 << 7) }
    /// A mark that can end a sentence: `.`, `!`, `?`, `‼`, `。`, `！`, `？`, `।`, `؟`...
    @inlinable public static var terminal: CharClass { CharClass(rawValue: 1 << 8) }
    /// A quotation mark that opens a quotation (`“`, `‘`, `«`, `„`).
    @inlinable public static var openQuote: CharClass { CharClass(rawValue: 1 << 9) }
    /// A quotation mark that closes a quotation (`”`, `’`, `»`).
    @inlinable public static var closeQuote: CharClass { CharClass(rawValue: 1 << 10) }
    /// An opening bracket: `(`, `[`, `{`, and their full-width and CJK forms.
    @inlinable public static var openBracket: CharClass { CharClass(rawValue: 1 << 11) }
    /// A closing bracket.
    @inlinable public static var closeBracket: CharClass { CharClass(rawValue: 1 << 12) }
    /// A hyphen or dash (`-`, `‐`, `–`, `—`...).
    @inlinable public static var dash: CharClass { CharClass(rawValue: 1 << 13) }
    /// A list bullet (`•`, `‣`, `⁃`, `◦`, `▪`, `●`...).
    @inlinable public static var bullet: CharClass { CharClass(rawValue: 1 << 14) }
    /// The horizontal ellipsis `…`.
    @inlinable public static var ellipsis: CharClass { CharClass(rawValue: 1 << 15) }
    /// A currency sign (`$`, `£`, `€`, `¥`...).
    @inlinable public static var currency: CharClass { CharClass(rawValue: 1 << 16) }
    /// A combining mark, which belongs to the letter before it.
    @inlinable public static var mark: CharClass { CharClass(rawValue: 1 << 17) }
    /// An apostrophe: `'` or `’`.
    @inlinable public static var apostrophe: CharClass { CharClass(rawValue: 1 << 18) }

    /// Spaces and line breaks.
    @inlinable public static var whitespace: CharClass { [.space, .lineBreak] }
    /// Any quotation mark (ASCII quotes are both opening and closing).
    @inlinable public static var quote: CharClass { [.openQuote, .closeQuote] }
    /// Letters and digits.
    @inlinable public static var alphanumeric: CharClass { [.letter, .digit] }

    /// The class of a scalar.
    @inlinable public static func of(_ scalar: Unicode.Scalar) -> CharClass {
        scalar.value < 0x80 ? of(ascii: UInt8(truncatingIfNeeded: scalar.value)) : nonASCII(scalar)
    }

    /// The class of an ASCII byte (below 0x80). Letters, digits and spaces are answered without touching the
    /// table, whose lazy global initialisation check would otherwise run for every byte.
    @inlinable @inline(__always)
    public static func of(ascii byte: UInt8) -> CharClass {
        if byte &- 0x61 < 26 { return CharClass(rawValue: 0b101) }  // letter, lower
        if byte &- 0x41 < 26 { return CharClass(rawValue: 0b11) }  // letter, upper
        if byte &- 0x30 < 10 { return .digit }
        if byte == 0x20 { return .space }
        return ascii[Int(byte)]
    }

    /// The class of each ASCII scalar.
    public static let ascii: [CharClass] = (0..<128).map { asciiClass(UInt8($0)) }

    private static func asciiClass(_ byte: UInt8) -> CharClass {
        let bytes = ByteClass.of(byte)
        var c: CharClass = []
        if bytes.contains(.upper) { c.formUnion([.letter, .upper]) }
        if bytes.contains(.lower) { c.formUnion([.letter, .lower]) }
        if bytes.contains(.digit) { c.insert(.digit) }
        if bytes.contains(.space) { c.insert(.space) }
        if bytes.contains(.lineBreak) { c.insert(.lineBreak) }
        if bytes.contains(.punctuation) { c.insert(.punctuation) }
        if bytes.contains(.symbol) { c.insert(.symbol) }
        if bytes.contains(.terminal) { c.insert(.terminal) }
        if bytes.contains(.quote) { c.formUnion(.quote) }
        if bytes.contains(.openBracket) { c.insert(.openBracket) }
        if bytes.contains(.closeBracket) { c.insert(.closeBracket) }
        if byte == UInt8(ascii: "-") { c.insert(.dash) }
        if byte == UInt8(ascii: "'") { c.insert(.apostrophe) }
        if byte == UInt8(ascii: "$") { c.insert(.currency) }
        return c
    }

    /// Classifies a scalar outside ASCII: first the punctuation text rules single out, then Unicode properties.
    public static func nonASCII(_ scalar: Unicode.Scalar) -> CharClass {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x0085, 0x2028, 0x2029: return .lineBreak
        case 0x2018, 0x201A, 0x201B, 0x201C, 0x201E, 0x201F, 0x00AB, 0x2039, 0x300C, 0x300E, 0x301D:
            return [.punctuation, .openQuote]
        case 0x2019: return [.punctuation, .closeQuote, .apostrophe]
        case 0x201D, 0x00BB, 0x203A, 0x300D, 0x300F, 0x301E, 0x301F: return [.punctuation, .closeQuote]
        case 0x2010...0x2015, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D: return [.punctuation, .dash]
        case 0x2022, 0x2023, 0x2043, 0x2219, 0x25AA, 0x25AB, 0x25CF, 0x25E6, 0x25A0, 0x25A1, 0x25C6, 0x25C7,
            0x25CB, 0x27A2, 0x2794, 0x2192, 0x00B7, 0x30FB:
            return [.punctuation, .bullet]
        case 0x2026: return [.punctuation, .ellipsis]
        case 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61, 0x0964, 0x0965, 0x061F,
            0x06D4, 0x037E, 0x0589, 0x1362, 0x1367, 0x1368, 0x104A, 0x104B, 0x17D4, 0x17D5:
            return [.punctuation, .terminal]
        case 0xFF08, 0xFF3B, 0xFF5B, 0x3008, 0x300A, 0x3010, 0x3014, 0x3016, 0x2045, 0x27E8:
            return [.punctuation, .openBracket]
        case 0xFF09, 0xFF3D, 0xFF5D, 0x3009, 0x300B, 0x3011, 0x3015, 0x3017, 0x2046, 0x27E9:
            return [.punctuation, .closeBracket]
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return [.letter, .upper]
        case .lowercaseLetter: return [.letter, .lower]
        case .otherLetter, .modifierLetter: return .letter
        case .decimalNumber: return .digit
        case .letterNumber, .otherNumber: return .symbol
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        case .currencySymbol: return [.symbol, .currency]
        case .mathSymbol, .modifierSymbol, .otherSymbol: return .symbol
        case .openPunctuation: return [.punctuation, .openBracket]
        case .closePunctuation: return [.punctuation, .closeBracket]
        case .initialPunctuation: return [.punctuation, .openQuote]
        case .finalPunctuation: return [.punctuation, .closeQuote]
        case .dashPunctuation: return [.punctuation, .dash]
        case .connectorPunctuation, .otherPunctuation: return .punctuation
        case .format: return properties.isDefaultIgnorableCodePoint ? .mark : .symbol
        default: return []
        }
    }
}
