import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeDecode

/// The offset map from text UTF-8 offsets to source byte offsets.
@Suite struct AlignmentTests {
    func decode(_ bytes: [UInt8], options: DecodeOptions = DecodeOptions()) throws -> Document {
        var document = Document(id: "t", bytes: bytes, source: DocumentSource(path: "t"))
        document.tracksAlignment = true
        try DecodeStage(options: options, context: StageContext()).process(&document)
        return document
    }

    /// Checks that every character's source range, cut from the input and decoded alone, gives it back.
    func expectRoundTrip(_ document: Document, _ bytes: [UInt8], encoding: String) throws {
        let map = try #require(document.alignment)
        #expect(map.targetCount == document.text.utf8.count)
        var offset = 0
        for character in document.text {
            let length = String(character).utf8.count
            let range = map.sourceRange(of: TextRange(start: offset, end: offset + length))
            let piece = try runStage(
                DecodeStage.self, onBytes: Array(bytes[range.start..<range.end]),
                options: DecodeOptions(encoding: encoding))
            #expect(piece.text == String(character))
            offset += length
        }
    }

    @Test func utf8IsIdentity() throws {
        let bytes = Array("Мир — peace".utf8)
        let document = try decode(bytes)
        #expect(document.alignment == OffsetMap.identity(count: bytes.count))
    }

    @Test func byteOrderMarkIsDeleted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Hi é".utf8)
        let document = try decode(bytes)
        let map = try #require(document.alignment)
        #expect(map.sourceRange(of: TextRange(start: 0, end: 2)) == TextRange(start: 3, end: 5))
        #expect(map.sourceCount == bytes.count)
    }

    @Test func singleByteCharactersMapToTheirByte() throws {
        // "Привет, world" in windows-1251.
        let bytes: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array(", world".utf8)
        let document = try decode(bytes, options: DecodeOptions(encoding: "windows-1251"))
        #expect(document.text == "Привет, world")
        try expectRoundTrip(document, bytes, encoding: "windows-1251")
    }

    @Test func multiByteAndUTF16() throws {
        // "日本語 text" in Shift_JIS, then in UTF-16LE.
        let sjis: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA] + Array(" text".utf8)
        try expectRoundTrip(
            try decode(sjis, options: DecodeOptions(encoding: "shift_jis")), sjis, encoding: "shift_jis")
        let wide = UnicodeInputTests.utf16("日本語 text", bigEndian: false)
        try expectRoundTrip(try decode(wide, options: DecodeOptions(encoding: "utf-16le")), wide, encoding: "utf-16le")
    }

    @Test func noMapUnlessTracked() throws {
        let document = try runStage(DecodeStage.self, onBytes: Array("abc".utf8))
        #expect(document.alignment == nil)
    }
}
