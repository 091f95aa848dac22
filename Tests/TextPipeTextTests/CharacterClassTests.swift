import Testing

@testable import TextPipeText

@Suite struct CharacterClassTests {
    @Test func asciiBytes() {
        #expect(ByteClass.of(UInt8(ascii: "A")).contains(.upper))
        #expect(ByteClass.of(UInt8(ascii: "z")).contains(.lower))
        #expect(ByteClass.of(UInt8(ascii: "7")).contains(.digit))
        #expect(ByteClass.of(UInt8(ascii: "?")).contains([.punctuation, .terminal]))
        #expect(ByteClass.of(UInt8(ascii: ")")).contains(.closeBracket))
        #expect(ByteClass.of(0x0A).contains(.lineBreak))
        #expect(ByteClass.of(0xC3).contains(.leadByte))
        #expect(ByteClass.of(0x9C).contains(.continuationByte))
        #expect(UInt8(ascii: "Q").isASCIILetter && !UInt8(ascii: "@").isASCIILetter)
        #expect(UInt8(ascii: "Q").asciiLowercased == UInt8(ascii: "q"))
    }

    @Test(
        arguments: [
            (Unicode.Scalar("“"), CharClass.openQuote), ("”", .closeQuote), ("’", .apostrophe), ("—", .dash),
            ("•", .bullet),
            ("⁃", .bullet), ("…", .ellipsis), ("。", .terminal), ("？", .terminal), ("£", .currency), ("É", .upper),
            ("ß", .lower), ("中", .letter), ("٣", .digit), ("\u{00A0}", .space), ("\u{2028}", .lineBreak),
            ("\u{0301}", .mark), ("（", .openBracket),
        ] as [(Unicode.Scalar, CharClass)])
    func scalars(scalar: Unicode.Scalar, expected: CharClass) {
        #expect(CharClass.of(scalar).contains(expected))
    }

    @Test func decodingForwardAndBackward() {
        var text = "aé€😀"
        text.withUTF8 { buffer in
            #expect(UTF8Scalars.decode(buffer, at: 0) == ("a", 1))
            #expect(UTF8Scalars.decode(buffer, at: 1) == ("é", 2))
            #expect(UTF8Scalars.decode(buffer, at: 3) == ("€", 3))
            #expect(UTF8Scalars.decode(buffer, at: 6) == ("😀", 4))
            #expect(UTF8Scalars.decode(buffer, before: 10) == ("😀", 4))
            #expect(UTF8Scalars.decode(buffer, before: 6) == ("€", 3))
            #expect(UTF8Scalars.decode(buffer, at: 2).scalar == UTF8Scalars.replacement)
            #expect(UTF8Scalars.scalarStart(buffer, containing: 8) == 6)
        }
    }

    @Test func invalidBytesDecodeAsReplacement() {
        let bytes: [UInt8] = [0xE2, 0x80]  // truncated
        bytes.withUnsafeBufferPointer { buffer in
            #expect(UTF8Scalars.decode(buffer, at: 0) == (UTF8Scalars.replacement, 1))
        }
    }
}
