import Foundation
import TestSupport
import Testing
import TextPipe

/// decode then clean on the seed article's raw bytes: every line of the cleaned text, mapped through the
/// document's alignment, cuts its own text out of the original file.
@Suite("clean source offsets")
struct CleanSourceOffsetsTests {
    @Test func seedArticleLinesMapBackToFileBytes() throws {
        let bytes = try SharedData.bytes(SharedData.seedArticlePath)
        var document = Document(id: "seed", bytes: bytes, source: DocumentSource(path: SharedData.seedArticlePath))
        document.tracksAlignment = true
        try DecodeStage(options: .init(), context: StageContext()).process(&document)
        var options = CleanStage.Options()
        options.boilerplate = .news
        try CleanStage(options: options, context: StageContext()).process(&document)
        #expect(document.text.hasPrefix("Zelenskyy says 55,000 Ukrainian soldiers killed in Russian invasion\n\n"))
        let map = try #require(document.alignment)
        var offset = 0
        var checked = 0
        for line in document.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            defer { offset += length + 1 }
            guard length > 0 else { continue }
            let source = map.sourceRange(of: TextRange(start: offset, end: offset + length))
            #expect(String(decoding: bytes[source.start..<source.end], as: UTF8.self) == String(line))
            checked += 1
        }
        #expect(checked == 15)  // the headline and 14 body lines
    }
}
