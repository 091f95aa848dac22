import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeDecode

/// The shortcuts taken for speed give the same answers as the plain ways: table reading, bulk decoding without an
/// offset map, the early-exit UTF-8 census, case folding, and the multi-byte race on a file whose first kilobytes
/// mislead.
@Suite struct FastPathTests {
    @Test func whitespaceListMatchesTheCharacterProperties() {
        let scanned = (UInt32(0x80)..<0x3001).filter { Unicode.Scalar($0)?.properties.isWhitespace ?? false }
        #expect(ScalarFolding.whitespace == scanned)
        #expect(scanned.allSatisfy(ScalarFolding.isWhitespace))
        #expect(!ScalarFolding.isWhitespace(0x41) && !ScalarFolding.isWhitespace(0x3001))
    }

    @Test func foldingIsTheInverseOfTheFoldedForms() {
        for folded: UInt32 in [0xE4, 0x3B1, 0x43F, 0x10D, 0x1C6, 0x69, 0x4E00, 0xAC00] {
            for scalar in ScalarFolding.scalars(foldingTo: folded) {
                #expect(ScalarFolding.folded(scalar) == folded, "U+\(String(scalar, radix: 16))")
            }
        }
        #expect(ScalarFolding.folded(0xDF) == 0xDF)  // ß has no one-scalar upper case
    }

    @Test func generatedTablesAreReadLineByLine() {
        #expect(GeneratedTableReader.leadingCount("1f\nа2\n") == 31)
        var entries: [GeneratedTableReader.Entry] = []
        GeneratedTableReader.forEachEntry("5\n 6916d\nо24039\n\nx\nяz\n", symbols: 1, skippingFirst: true) {
            entries.append($0)
        }
        #expect(entries.map(\.first) == [0x20, 0x43E])
        #expect(entries.map(\.count) == [Float(0x6916D), Float(0x24039)])
        var pairs: [GeneratedTableReader.Entry] = []
        GeneratedTableReader.forEachEntry("е 75\n п71\n\u{1F600}a3\n", symbols: 2) { pairs.append($0) }
        #expect(pairs.map(\.first) == [0x435, 0x20, 0x1F600])
        #expect(pairs.map(\.second) == [0x20, 0x43F, 0x61])
        let (scalars, packed) = GeneratedTableReader.scalarsAndPackedUTF8("a\u{FFFD}é中", count: 4)
        #expect(scalars == [0x61, 0, 0xE9, 0x4E2D])
        #expect(packed == [UTF8Output.pack(0x61), 0, UTF8Output.pack(0xE9), UTF8Output.pack(0x4E2D)])
    }

    /// Every byte, and every lead byte followed by every trail byte: the bulk path and the mapped path agree.
    static let allBytes: [UInt8] =
        (0...255).map(UInt8.init)
        + (0x81...0xFE).flatMap { lead in
            (0x30...0xFF).flatMap { trail in [UInt8(lead), UInt8(trail), 0x20] }
        }

    @Test(
        arguments: EncodingCatalogue.singleByteEntries.map(\.name) + [
            "shift_jis", "windows-31j", "euc-jp", "euc-kr", "cp949", "johab", "gb2312", "gbk", "gb18030", "big5",
        ])
    func bulkDecodingMatchesMappedDecoding(_ encoding: String) {
        let decoder = ByteDecoder(forced: encoding, fallback: "windows-1252", failOnInvalid: false)
        Self.allBytes.withUnsafeBufferPointer { bytes in
            let bulk = decoder.decodeAs(encoding, bytes, tracksAlignment: false)
            let mapped = decoder.decodeAs(encoding, bytes, tracksAlignment: true)
            #expect(bulk.bytes == mapped.bytes)
            #expect(bulk.replacements == mapped.replacements)
            #expect(bulk.replacedBytes == mapped.replacedBytes)
        }
    }

    /// The census that stops early agrees with reading everything on whether the stray-byte ratio holds.
    @Test(arguments: [
        "decode/files/chardet__windows-1251-russian__aif.ru.health.xml",
        "decode/files/chardet__EUC-KR__critique.or.kr.xml",
        "decode/files/chardet__Big5__oui-design.com.xml",
    ])
    func censusGivesUpOnlyWhenTheRatioIsOutOfReach(_ path: String) throws {
        var inputs = [try SharedData.bytes(path)]
        // UTF-8 with a stray byte every 40 characters, and with one every 4.
        let text = Array(String(repeating: "Привет, мир. ", count: 200).utf8)
        inputs.append(text.enumerated().flatMap { $0 % 80 == 0 ? [0xFF, $1] : [$1] })
        inputs.append(text.enumerated().flatMap { $0 % 8 == 0 ? [0xFF, $1] : [$1] })
        for input in inputs {
            input.withUnsafeBufferPointer { bytes in
                let full = UnicodeDecoding.census(bytes, ratio: 0)
                let early = UnicodeDecoding.census(bytes, ratio: ByteDecoder.strayRatio)
                let holds = full.map { $0.multiByte >= ByteDecoder.strayRatio * $0.invalid } ?? false
                #expect(holds == (early != nil))
                if let early, let full {
                    #expect(early.multiByte == full.multiByte && early.invalid == full.invalid)
                }
            }
        }
    }

    /// The manual opens with kilobytes of box drawing, where other readings score better than Johab for a while:
    /// the race must not drop the right reading before the text starts.
    @Test func raceKeepsTheRightReadingThroughAMisleadingHeader() throws {
        let document = try runStage(
            DecodeStage.self, onBytes: SharedData.bytes("decode/files/chardet__Johab__mdir-doc.txt"))
        #expect(document.source.encoding == "johab")
        #expect(document.text.contains("한국형 도스셸"))
    }
}
