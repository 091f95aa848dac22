import TextPipeText

/// Character classes the ``TermTokenScanner`` reads from tables instead of working them out per scalar.
struct ScannerTables: Sendable {
    /// `CharClass` raw values of the 128 ASCII bytes.
    let asciiClasses: [UInt32]
    /// `CharClass` raw values of U+2000...U+203F (spaces, dashes, curly quotes, the ellipsis), by the low six bits
    /// of their UTF-8 form `E2 80 xx`.
    let generalPunctuationClasses: [UInt32]
    /// Per byte, 1 if it ends a word after a run of ASCII letters: a byte below 0x80 that is neither a digit nor
    /// one of ' & - . (which may join the word to more), else 0. One load where the test took a dozen instructions.
    let endsLetterRun: [UInt8]
    /// Per byte, 1 if it ends a word wherever it comes: a byte below 0x80 that is not one of ' & - ., else 0.
    let endsWord: [UInt8]

    static let shared = ScannerTables()

    private init() {
        asciiClasses = (0..<128).map { CharClass.of(ascii: UInt8($0)).rawValue }
        generalPunctuationClasses = (0..<64).map { CharClass.nonASCII(Unicode.Scalar(UInt32(0x2000 + $0))!).rawValue }
        endsWord = (0..<256).map { byte in byte < 0x80 && !"'&-.".utf8.contains(UInt8(byte)) ? 1 : 0 }
        endsLetterRun = (0..<256).map { byte in
            byte < 0x80 && !(0x30...0x39).contains(byte) && !"'&-.".utf8.contains(UInt8(byte)) ? 1 : 0
        }
    }
}
