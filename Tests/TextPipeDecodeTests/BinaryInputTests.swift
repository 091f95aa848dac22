import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeDecode

/// Input that is not text fails its document with a message that says what it looks like.
@Suite struct BinaryInputTests {
    @Test(arguments: [
        (
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
            "binary file (PNG image), not text"
        ),
        (Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8), "binary file (PDF document), not text"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], "binary file (ZIP archive), not text"),
        ([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00], "binary file (GZIP archive), not text"),
        (
            Array("text with a NUL".utf8) + [0x00] + Array(" in the middle".utf8),
            "binary file (contains NUL bytes), not text"
        ),
        ((0..<64).map { UInt8([0x01, 0x02, 0x41, 0x03][$0 % 4]) }, "binary file (many control bytes), not text"),
    ])
    func rejects(_ bytes: [UInt8], _ message: String) throws {
        do {
            _ = try runStage(DecodeStage.self, onBytes: bytes)
            Issue.record("expected a failure for \(message)")
        } catch let error as StageError {
            #expect(error.message == message)
        }
    }

    @Test func escapeAndShiftBytesAreText() throws {
        // ISO-2022-KR needs ESC, SO and SI: "ESC $ ) C", SO, 0x30 0x21 (가), SI.
        let bytes: [UInt8] = [0x1B, 0x24, 0x29, 0x43, 0x0E, 0x30, 0x21, 0x0F, 0x21]
        let document = try runStage(DecodeStage.self, onBytes: bytes)
        #expect(document.source.encoding == "iso-2022-kr")
        #expect(document.text == "가!")
    }
}
