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

/// The text scan must find each byte it looks for wherever it stands, and the long-line check steps eight bytes
/// at a time: these put each byte at every position around word edges.
@Suite("text and line scans")
struct BlockScanTests {
    private let sentence = Array("The talks in Geneva would resume on Friday, officials said. ".utf8)

    private func text(length: Int, inserting insert: [UInt8], at index: Int) -> [UInt8] {
        var bytes = (0..<length).map { sentence[$0 % sentence.count] }
        bytes.replaceSubrange(index..<min(index + insert.count, length), with: insert)
        return bytes
    }

    @Test func textScanFindsEveryKindOfByteAtEveryPosition() {
        let cases: [([UInt8], KeyPath<TextScan, Bool>)] = [
            (Array("&".utf8), \.hasAmpersand), (Array("<".utf8), \.hasLessThan), (Array("é".utf8), \.hasNonASCII),
            ([0x0D], \.hasCarriageReturn), ([0x01], \.hasControl), ([0x7F], \.hasControl),
            (Array("-\n".utf8), \.hasHyphenatedBreak), (Array(" \n".utf8), \.hasTrailingSpace),
            (Array("\t\n".utf8), \.hasTrailingSpace), (Array("\n \n\n".utf8), \.hasBlankRun),
            (Array("  ".utf8), \.hasInnerWhitespace), (Array("\t".utf8), \.hasInnerWhitespace),
        ]
        for (insert, flag) in cases {
            for length in 20...36 {
                for index in 1..<(length - insert.count) {
                    let bytes = text(length: length, inserting: insert, at: index)
                    let scan = bytes.withUnsafeBufferPointer { TextScan($0) }
                    #expect(scan[keyPath: flag], "\(insert) at \(index) of \(length)")
                }
            }
        }
        let plain = text(length: 64, inserting: [], at: 0)
        let scan = plain.withUnsafeBufferPointer { TextScan($0) }
        #expect(!scan.hasNonASCII && !scan.hasAmpersand && !scan.hasInnerWhitespace && !scan.hasControl)
    }

    @Test func longASCIILinesReportTheMarkAnywhere() {
        for length in [301, 308, 333] {
            #expect(text(length: length, inserting: [], at: 0).withUnsafeBufferPointer {
                LineBytes.asciiLineHolds(UInt8(ascii: "@"), $0, 0..<length)
            } == false)
            for index in 0..<length {
                let withAt = text(length: length, inserting: Array("@".utf8), at: index)
                #expect(withAt.withUnsafeBufferPointer { LineBytes.asciiLineHolds(UInt8(ascii: "@"), $0, 0..<length) } == true)
                let accented = text(length: length, inserting: Array("é".utf8), at: min(index, length - 2))
                #expect(accented.withUnsafeBufferPointer { LineBytes.asciiLineHolds(UInt8(ascii: "@"), $0, 0..<length) } == nil)
            }
        }
    }
}
