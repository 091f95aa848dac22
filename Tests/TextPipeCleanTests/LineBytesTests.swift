import Foundation
import TestSupport
import Testing

@testable import TextPipeClean

/// The byte-level line checks must give the answers of the `String` rules they stand in for.
@Suite("line checks on bytes")
struct LineBytesTests {
    func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> T) -> T {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { body($0, 0..<$0.count) }
    }

    @Test func trimMatchesFoundationForEveryBMPScalar() {
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)\(scalar)a \(scalar)b\(scalar)\(scalar)"
            let expected = text.trimmingCharacters(in: .whitespaces)
            let trimmed = withBytes(text) { buffer, range in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[LineBytes.trim(buffer, range)]), as: UTF8.self)
            }
            #expect(trimmed == expected, "U+\(String(value, radix: 16))")
        }
    }

    static let lines = [
        "He said the talks would resume.", "He said the talks would resume", "“Quoted.”", "Tail…", "«Oui»",
        "Le chiffre\u{301}.", "\u{600}.", "끝났다.", "끝났다", "Line;", "Line\u{37E}", "x", ".", "a\u{301}",
    ]

    @Test(arguments: lines) func endsSentenceMatchesTheStringRule(_ line: String) {
        let fast = withBytes(line) { LineBytes.endsSentence($0, $1) }
        if let fast { #expect(fast == LineFilter.endsSentence(line[...])) }
    }

    /// Lines the screen clears are never furniture; lines of furniture are never cleared.
    @Test func screenNeverClearsFurniture() throws {
        let article = try SharedData.seedArticle()
        let body =
            "The minister told reporters on Tuesday that the government would not change its plans for the coming year, officials said."
        let samples =
            article.split(separator: "\n").map(String.init) + [
                body, body + " (Reuters)", body + " AP/Newsis", body + " Photo: Getty Images", body + " via Reuters",
                "Copyright 2026 The Paper, and this line is long enough to have seventeen words in it at the very least.",
                body + " All Rights Reserved.", body + " 무단전재 및 재배포 금지.", body + " \u{212A}",
                "Photo by a photographer who took many pictures of the event held in the capital city on Monday morning.",
                "Reporting by Jane Doe and John Roe; Editing by Someone Else, with more names added to make it longer here.",
                "© 2026 Example News Company and all of its many partners around the whole wide world, for ever and ever.",
            ]
        var cleared = 0
        for line in samples {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if withBytes(trimmed, { FurnitureScreen.isSurelyText($0, $1) }) {
                cleared += 1
                #expect(NewsBoilerplate.furniture(trimmed[...]) == nil, "cleared furniture: \(trimmed)")
            }
        }
        #expect(cleared >= 2)
        #expect(withBytes(body) { FurnitureScreen.isSurelyText($0, $1) })
        for line in samples.suffix(11) {
            #expect(!withBytes(line) { FurnitureScreen.isSurelyText($0, $1) }, "cleared: \(line)")
        }
    }
}
