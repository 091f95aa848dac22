import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeDecode

/// Byte-order marks, UTF-16/32 without one, strict UTF-8 and stray bytes, empty and already-decoded input.
@Suite struct UnicodeInputTests {
    static let sample = "Zelenskyy: «Мир» — 平和, café."

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    static func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let value = scalar.value
            let little = [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
            return bigEndian ? little.reversed() : little
        }
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array(sample.utf8), "utf-8"),
        ([0xFF, 0xFE] + utf16(sample, bigEndian: false), "utf-16le"),
        ([0xFE, 0xFF] + utf16(sample, bigEndian: true), "utf-16be"),
        ([0xFF, 0xFE, 0x00, 0x00] + utf32(sample, bigEndian: false), "utf-32le"),
        ([0x00, 0x00, 0xFE, 0xFF] + utf32(sample, bigEndian: true), "utf-32be"),
    ])
    func byteOrderMarks(_ bytes: [UInt8], _ encoding: String) throws {
        let document = try runStage(DecodeStage.self, onBytes: bytes)
        #expect(document.text == Self.sample)
        #expect(document.source.encoding == encoding)
        #expect(document.source.confidence == 1)
    }

    @Test(arguments: [
        (utf16("Plain English text, line one.\nLine two, with more words.", bigEndian: false), "utf-16le"),
        (utf16("Plain English text, line one.\nLine two, with more words.", bigEndian: true), "utf-16be"),
        (utf16("Русский текст без метки порядка байтов, строка.", bigEndian: false), "utf-16le"),
        (utf32("Texte français sans marque d’ordre des octets.", bigEndian: false), "utf-32le"),
        (utf32("Texte français sans marque d’ordre des octets.", bigEndian: true), "utf-32be"),
    ])
    func wideUnicodeWithoutMark(_ bytes: [UInt8], _ encoding: String) throws {
        let document = try runStage(DecodeStage.self, onBytes: bytes)
        #expect(document.source.encoding == encoding)
        #expect(!document.text.contains("\u{FFFD}"))
        #expect(document.text.hasSuffix("."))
    }

    @Test func realUTF16FileWithoutMark() throws {
        // chardet's nobom-utf16be.txt from the shared decode set.
        let document = try runStage(
            DecodeStage.self, onBytes: SharedData.bytes("decode/files/chardet__UTF-16BE__nobom-utf16be.txt"))
        #expect(document.source.encoding == "utf-16be")
        #expect(!document.text.contains("\u{FFFD}"))
    }

    @Test func strictUTF8() throws {
        let document = try runStage(DecodeStage.self, onBytes: Array(Self.sample.utf8))
        #expect(document.text == Self.sample)
        #expect(document.source.encoding == "utf-8")
        #expect(document.source.replacedBytes == 0)
    }

    @Test func asciiIsNamedAscii() throws {
        let document = try runStage(DecodeStage.self, onBytes: Array("Only ASCII here.\n".utf8))
        #expect(document.text == "Only ASCII here.\n")
        #expect(document.source.encoding == "ascii")
    }

    @Test func strayBytesStayUTF8() throws {
        // UTF-8 text with two windows-1252 bytes pasted in (0xE9 "é", 0x92 "’"): the rest must not become mojibake.
        let bytes = Array("Дата: «".utf8) + [0xE9] + Array("» — мир и ".utf8) + [0x92] + Array(" конец".utf8)
        let document = try runStage(DecodeStage.self, onBytes: bytes)
        #expect(document.source.encoding == "utf-8")
        #expect(document.text == "Дата: «\u{FFFD}» — мир и \u{FFFD} конец")
        #expect(document.source.replacedBytes == 2)
        #expect((document.source.confidence ?? 1) < 1)
    }

    @Test func strayBytesFailWhenAsked() throws {
        let bytes = Array("Дата: «мир» — мир и ".utf8) + [0xFF] + Array(" конец".utf8)
        #expect(throws: StageError.self) {
            try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(onInvalid: .fail))
        }
    }

    @Test func emptyFileIsEmptyText() throws {
        let document = try runStage(DecodeStage.self, onBytes: [])
        #expect(document.text == "")
        #expect(document.bytes == nil)
        #expect(document.source.encoding == "utf-8")
    }

    @Test func textInputPassesThrough() throws {
        var document = Document(id: "jsonl-1", text: "Already text: \u{FFFD} stays.")
        document.source.encoding = "given"
        try DecodeStage(options: DecodeOptions(), context: StageContext()).process(&document)
        #expect(document.text == "Already text: \u{FFFD} stays.")
        #expect(document.source.encoding == "given")
        #expect(document.alignment == nil)
    }
}
