import TextPipeText

/// Character classes the ``TermTokenScanner`` reads from tables instead of working them out per scalar.
struct ScannerTables: Sendable {
    /// `CharClass` raw values of the 128 ASCII bytes.
    let asciiClasses: [UInt32]
    /// `CharClass` raw values of U+2000...U+203F (spaces, dashes, curly quotes, the ellipsis), by the low six bits
    /// of their UTF-8 form `E2 80 xx`.
    let generalPunctuationClasses: [UInt32]

    static let shared = ScannerTables()

    private init() {
        asciiClasses = (0..<128).map { CharClass.of(ascii: UInt8($0)).rawValue }
        generalPunctuationClasses = (0..<64).map { CharClass.nonASCII(Unicode.Scalar(UInt32(0x2000 + $0))!).rawValue }
    }
}
