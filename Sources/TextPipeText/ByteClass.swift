/// The class of a single byte of UTF-8 text, looked up in a 256-entry table.
///
/// ASCII bytes get their full class; bytes of multi-byte sequences get only ``leadByte`` or
/// ``continuationByte`` (decode the scalar with ``UTF8Scalars`` and classify it with ``CharClass``).
///
/// ```swift
/// if ByteClass.of(byte).contains(.digit) { ... }
/// ```
public struct ByteClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// `A`–`Z`.
    public static let upper = ByteClass(rawValue: 1 << 0)
    /// `a`–`z`.
    public static let lower = ByteClass(rawValue: 1 << 1)
    /// `0`–`9`.
    public static let digit = ByteClass(rawValue: 1 << 2)
    /// Space and tab.
    public static let space = ByteClass(rawValue: 1 << 3)
    /// `\n`, `\r`, vertical tab and form feed.
    public static let lineBreak = ByteClass(rawValue: 1 << 4)
    /// ASCII punctuation: `!"#%&'()*,-./:;?@[\]_{}`.
    public static let punctuation = ByteClass(rawValue: 1 << 5)
    /// ASCII symbols: `$+<=>^`|~`.
    public static let symbol = ByteClass(rawValue: 1 << 6)
    /// `.`, `!`, `?`: bytes that can end a sentence.
    public static let terminal = ByteClass(rawValue: 1 << 7)
    /// `"` and `'`.
    public static let quote = ByteClass(rawValue: 1 << 8)
    /// `(`, `[`, `{`.
    public static let openBracket = ByteClass(rawValue: 1 << 9)
    /// `)`, `]`, `}`.
    public static let closeBracket = ByteClass(rawValue: 1 << 10)
    /// The first byte of a multi-byte scalar (0xC0–0xFF).
    public static let leadByte = ByteClass(rawValue: 1 << 11)
    /// A continuation byte of a multi-byte scalar (0x80–0xBF).
    public static let continuationByte = ByteClass(rawValue: 1 << 12)
    /// Other ASCII control characters.
    public static let control = ByteClass(rawValue: 1 << 13)

    /// ASCII letters.
    public static let letter: ByteClass = [.upper, .lower]
    /// ASCII letters and digits.
    public static let alphanumeric: ByteClass = [.upper, .lower, .digit]
    /// Spaces and line breaks.
    public static let whitespace: ByteClass = [.space, .lineBreak]
    /// Any byte that is not plain ASCII.
    public static let nonASCII: ByteClass = [.leadByte, .continuationByte]

    /// The class of one byte.
    @inlinable public static func of(_ byte: UInt8) -> ByteClass {
        ByteClass(rawValue: table[Int(byte)])
    }

    /// The raw table, one entry per byte value. Hot loops can copy it into a local constant once.
    public static let table: [UInt16] = (0..<256).map { computeClass(UInt8($0)).rawValue }

    private static func computeClass(_ byte: UInt8) -> ByteClass {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .upper
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return .lower
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: " "), UInt8(ascii: "\t"): return .space
        case 0x0A, 0x0B, 0x0C, 0x0D: return .lineBreak
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return [.punctuation, .terminal]
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return [.punctuation, .quote]
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return [.punctuation, .openBracket]
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return [.punctuation, .closeBracket]
        case UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: ","),
            UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "@"),
            UInt8(ascii: "\\"), UInt8(ascii: "_"):
            return .punctuation
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"),
            UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return .symbol
        case 0x80...0xBF: return .continuationByte
        case 0xC0...0xFF: return .leadByte
        default: return .control
        }
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit.
    @inlinable public var isASCIIDigit: Bool { self &- 0x30 < 10 }
    /// Whether the byte is an ASCII upper-case letter.
    @inlinable public var isASCIIUpper: Bool { self &- 0x41 < 26 }
    /// Whether the byte is an ASCII lower-case letter.
    @inlinable public var isASCIILower: Bool { self &- 0x61 < 26 }
    /// Whether the byte is an ASCII letter.
    @inlinable public var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    /// Whether the byte is an ASCII letter or digit.
    @inlinable public var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
    /// Whether the byte is a space, tab or line break.
    @inlinable public var isASCIIWhitespace: Bool { self == 0x20 || (self &- 0x09) < 5 }
    /// Whether the byte is `\n`, `\r`, vertical tab or form feed.
    @inlinable public var isASCIILineBreak: Bool { (self &- 0x0A) < 4 }
    /// Whether the byte continues a multi-byte UTF-8 sequence.
    @inlinable public var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }
    /// The ASCII lower-case form of the byte (other bytes unchanged).
    @inlinable public var asciiLowercased: UInt8 { isASCIIUpper ? self | 0x20 : self }
}
