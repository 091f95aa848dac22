import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeDecode

/// Option defaults, each key, and bad values.
@Suite struct DecodeOptionsTests {
    @Test func defaults() throws {
        let options = DecodeOptions()
        #expect(options.encoding == "auto")
        #expect(options.fallback == "windows-1252")
        #expect(options.onInvalid == .replace)
        try options.validate()
        #expect(DecodeStage.descriptor.name == "decode")
        #expect(DecodeStage.descriptor.requires.isEmpty)
        #expect(DecodeStage.descriptor.produces == [.text])
        #expect(Set(DecodeOptions.help.keys) == ["encoding", "fallback", "on_invalid"])
    }

    @Test(arguments: ["UTF-8", "cp1251", "ISO-8859-5", "iso8859_2", "latin1", "Shift_JIS", "EUC-JP", "gb18030", "big5"])
    func acceptsEncodingNames(_ name: String) throws {
        try DecodeOptions(encoding: name).validate()
        try DecodeOptions(fallback: name).validate()
        #expect(EncodingCatalogue.canonicalName(name) != nil)
    }

    @Test func rejectsUnknownEncodings() {
        #expect(throws: OptionError.self) { try DecodeOptions(encoding: "klingon-8").validate() }
        #expect(throws: OptionError.self) { try DecodeOptions(fallback: "auto").validate() }
        #expect(throws: OptionError.self) {
            try DecodeStage(options: DecodeOptions(encoding: "utf-9"), context: StageContext())
        }
        do {
            try DecodeOptions(encoding: "klingon-8").validate()
        } catch {
            #expect(error.key == "encoding")
            #expect(error.message.contains("unknown encoding 'klingon-8'"))
            #expect(error.message.contains("windows-1251"))
        }
    }

    @Test func canonicalNames() {
        #expect(EncodingCatalogue.canonicalName("CP1252") == "windows-1252")
        #expect(EncodingCatalogue.canonicalName("iso8859-15") == "iso-8859-15")
        #expect(EncodingCatalogue.canonicalName("ISO_8859_7") == "iso-8859-7")
        #expect(EncodingCatalogue.canonicalName("euc_kr") == "euc-kr")
        #expect(EncodingCatalogue.canonicalName("mac_cyrillic") == "x-mac-cyrillic")
    }

    @Test func fallbackWinsWhenDetectionIsUnsure() throws {
        // One non-ASCII byte gives the detector almost nothing; the fallback decides.
        let bytes = Array("Price: 5".utf8) + [0xA3]
        let latin = try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(fallback: "iso-8859-1"))
        #expect(latin.text == "Price: 5£")
        #expect(latin.source.encoding == "iso-8859-1")
        let cyrillic = try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(fallback: "windows-1251"))
        #expect(cyrillic.text == "Price: 5Ј")
    }

    @Test func invalidBytesInLegacyInput() throws {
        // 0x81 is undefined in windows-1252.
        let bytes = Array("caf".utf8) + [0xE9, 0x81]
        let replaced = try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(encoding: "windows-1252"))
        #expect(replaced.text == "café\u{FFFD}")
        #expect(replaced.source.replacedBytes == 1)
        #expect(throws: StageError.self) {
            try runStage(
                DecodeStage.self, onBytes: bytes, options: DecodeOptions(encoding: "windows-1252", onInvalid: .fail))
        }
    }
}
