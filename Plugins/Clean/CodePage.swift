/// A single-byte code page that UTF-8 text is often wrongly decoded with, in both directions.
///
/// Bytes a code page leaves undefined decode to the C1 control of the same value ("sloppy" decoding), and
/// every C1 control encodes back to its own byte: text that went through latin-1 and windows-1252 mixed
/// up keeps its bytes that way.
struct CodePage: Sendable {
    let name: String
    /// The characters of bytes 0x80...0xFF.
    private let high: [UInt32]
    /// Scalar -> byte for scalars below `directLimit`; 0 where the code page has no byte for it.
    private let direct: [UInt8]
    /// Scalar -> byte for the few scalars at or above `directLimit`.
    private let sparse: [UInt32: UInt8]
    private static let directLimit: UInt32 = 0x2600

    init(name: String, table: String) {
        self.name = name
        let scalars = table.unicodeScalars.map(\.value)
        precondition(scalars.count == 128, "a code page table lists 128 characters")
        high = scalars
        var direct = [UInt8](repeating: 0, count: Int(Self.directLimit))
        var sparse: [UInt32: UInt8] = [:]
        for value in 0x80...0x9F { direct[value] = UInt8(value) }
        for (offset, scalar) in scalars.enumerated() {
            let byte = UInt8(0x80 + offset)
            if scalar < Self.directLimit { direct[Int(scalar)] = byte } else { sparse[scalar] = byte }
        }
        self.direct = direct
        self.sparse = sparse
    }

    /// The byte that stands for `scalar`, ASCII standing for itself; `nil` if the code page has none.
    @inline(__always)
    func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x80 { return UInt8(scalar) }
        if scalar < Self.directLimit {
            let byte = direct[Int(scalar)]
            return byte == 0 ? nil : byte
        }
        return sparse[scalar]
    }

    /// The character a byte decodes to.
    func scalar(for byte: UInt8) -> UInt32 {
        byte < 0x80 ? UInt32(byte) : high[Int(byte) - 0x80]
    }

    /// The code pages mojibake repair tries, most common first (the order breaks ties).
    static let mojibakeCandidates: [CodePage] = [
        CodePage(name: "windows-1252", table: CodePageTables.windows1252),
        CodePage(name: "windows-1251", table: CodePageTables.windows1251),
        CodePage(name: "windows-1250", table: CodePageTables.windows1250),
        CodePage(name: "iso-8859-2", table: CodePageTables.iso8859_2),
        CodePage(name: "macintosh", table: CodePageTables.macRoman),
        CodePage(name: "windows-1253", table: CodePageTables.windows1253),
        CodePage(name: "windows-1254", table: CodePageTables.windows1254),
        CodePage(name: "windows-1257", table: CodePageTables.windows1257),
        CodePage(name: "ibm437", table: CodePageTables.cp437),
    ]

    /// windows-1252, whose punctuation C1 controls in text almost always stand for.
    static var windows1252: CodePage { mojibakeCandidates[0] }
}
