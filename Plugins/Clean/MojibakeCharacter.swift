/// What mojibake repair needs to know about one character: whether it is a letter (of which script and case),
/// and for the other characters, where in a word they normally stand.
///
/// Mojibake shows as characters that real writing never puts side by side: a symbol glued into a word
/// ("doesnâ€™t"), a capital after a small letter ("ZURÃœCK"), two scripts in one word. These classes are
/// what the oddness score in ``MojibakeScore`` counts.
struct MojibakeCharacter {
    enum Kind: Equatable {
        case space
        case asciiOther
        case digit
        /// A letter; `script` tells scripts apart, `isUpper`/`isLower` give its case.
        case letter
        /// Apostrophes and dashes: normal between two letters.
        case joiner
        /// Quotation marks: normal next to a letter.
        case quote
        /// Currency signs and inverted punctuation: normal before a word or number, not after a letter.
        case leading
        /// Trademark, degree, superscripts, ellipsis: normal after a word or number, not before a letter.
        case trailing
        /// Other symbols and punctuation, normal only between spaces or digits.
        case odd
        /// A C1 control character: nearly always a stray windows-1252 byte.
        case control
        /// A combining mark.
        case mark
        /// U+FFFD, a decoder's mark for what it could not read: neutral next to anything.
        case replacement
    }

    enum Script: Equatable {
        case latin, greek, cyrillic, armenian, hebrew, arabic, thai, hangul, cjk
        case other(UInt32)
    }

    let value: UInt32
    let kind: Kind
    let script: Script
    let isUpper: Bool
    let isLower: Bool
    let isASCII: Bool

    init(_ value: UInt32) {
        self.value = value
        isASCII = value < 0x80
        var upper = false
        var lower = false
        var script = Script.latin
        let kind: Kind
        if value < 0x80 {
            switch value {
            case 0x41...0x5A:
                kind = .letter
                upper = true
            case 0x61...0x7A:
                kind = .letter
                lower = true
            case 0x30...0x39: kind = .digit
            case 0x20, 0x09, 0x0A, 0x0D: kind = .space
            case 0x27, 0x2D: kind = .joiner
            default: kind = .asciiOther
            }
        } else if let fixed = Self.fixedKind(value) {
            kind = fixed
        } else if let scalar = Unicode.Scalar(value) {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .titlecaseLetter:
                kind = .letter
                upper = true
            case .lowercaseLetter:
                kind = .letter
                lower = true
            case .otherLetter, .modifierLetter: kind = .letter
            case .nonspacingMark, .spacingMark, .enclosingMark: kind = .mark
            case .decimalNumber: kind = .digit
            case .spaceSeparator: kind = .space
            case .currencySymbol: kind = .leading
            case .control: kind = .control
            default: kind = .odd
            }
            script = Self.script(of: value)
        } else {
            kind = .odd
        }
        self.kind = kind
        self.script = script
        self.isUpper = upper
        self.isLower = lower
    }

    /// Characters whose usual place in a word their Unicode category does not tell.
    private static func fixedKind(_ value: UInt32) -> Kind? {
        switch value {
        case 0x80...0x9F: return .control
        case 0xA0: return .space
        case 0x2018, 0x2019, 0x02BC, 0x2010...0x2015, 0xB7: return .joiner
        case 0x201C, 0x201D, 0x201E, 0x201A, 0xAB, 0xBB, 0x2039, 0x203A: return .quote
        case 0xA1, 0xBF, 0xA2, 0xA3, 0xA5, 0x20AC: return .leading
        case 0x2122, 0xAE, 0xA9, 0xB0, 0xB2, 0xB3, 0xB9, 0xAA, 0xBA, 0x2026, 0x2030, 0xB4, 0x2032, 0x2033:
            return .trailing
        case 0xB5, 0x192: return .odd  // micro sign and florin: letters by category, symbols in use
        case 0xFFFD: return .replacement
        default: return nil
        }
    }

    private static func script(of value: UInt32) -> Script {
        switch value {
        case 0x00...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF5A: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x530...0x58F: return .armenian
        case 0x590...0x5FF, 0xFB1D...0xFB4F: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0xE00...0xE7F: return .thai
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF: return .cjk
        default: return .other(value >> 7)
        }
    }

    var isLetter: Bool { kind == .letter }

    /// How unlikely a character is to be what a writer meant, when a repair would produce it: 0 for ordinary
    /// characters, 2 for rare blocks (IPA, combining marks alone, Latin Extended-B), 3 for characters no
    /// text should hold (C1 controls, private use, unassigned).
    static func rarity(_ value: UInt32) -> Int {
        switch value {
        case 0x80...0x9F, 0xE000...0xF8FF, 0xFFF0...0xFFFC, 0xF0000...: return 3
        case 0x218...0x21B: return 0  // Romanian comma-below letters
        case 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1C4...0x1CC: return 1  // Vietnamese horn letters, digraphs
        case 0x180...0x2FF, 0x300...0x36F: return 2
        case 0x800...0x8FF, 0x1680...0x16FF, 0x19E0...0x19FF, 0x1AB0...0x1AFF, 0x1D00...0x1DFF: return 2
        case 0xFE00...0xFE0F, 0x2C00...0x2C5F, 0xA000...0xA4CF, 0x1800...0x18AF: return 2
        default:
            guard let scalar = Unicode.Scalar(value) else { return 3 }
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate, .control: return 3
            case .nonspacingMark, .spacingMark, .enclosingMark: return 2
            default: return 0
            }
        }
    }
}
