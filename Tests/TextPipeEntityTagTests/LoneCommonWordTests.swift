import Foundation
import TestSupport
import Testing

@testable import TextPipeEntityTag

/// The mixed-case rule skips a capitalised common word or day that stands alone (`isLoneCommonWord`) without
/// building its run: the run must end right after it and name nothing, as the full rules would find.
@Suite("entity_tag lone common words")
struct LoneCommonWordTests {
    private func check(_ text: String, tables: TaggerTables) -> Int {
        var copy = text
        return copy.withUTF8 { bytes in
            var pass = TaggingPass(tables: tables, bytes: bytes, sentences: nil)
            pass.fillFacts()
            var skipped = 0
            let starts = pass.storage.sentenceStarts
            for k in 0..<pass.sentenceCount {
                let limit = Int(starts[k + 1])
                for t in Int(starts[k])..<limit where pass.tokens[t].isCapitalised {
                    guard pass.isLoneCommonWord(t, limit: limit) else { continue }
                    skipped += 1
                    #expect(pass.chunkEnd(from: t, limit: limit) == t + 1, "\(text)")
                    var found: [Mention] = []
                    pass.segment(&found, t, t + 1)
                    #expect(found.isEmpty, "\(text)")
                }
            }
            return skipped
        }
    }

    @Test func loneCommonWordsEndTheirRunAndNameNothing() throws {
        let tables = TaggerTables(gazetteer: Gazetteer.builtIn)
        let pieces = [
            "The", "But", "In", "It", "He", "Monday", "March", "May", "Police", "Will", "Mark", "Bank", "President",
            "Mount", "Air", "New", "York", "Paris", "Smith", "Zelenskyy", "of", "and", "the", "van", "der", "&", ".",
            ",", "said", "on", "in", "for", "Mr.", "U.S.", "A.", "I", "Washington-based", "'s", "\n",
        ]
        var random = SplitMix(state: 5)
        var skipped = 0
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                text += pieces.randomElement(using: &random)! + " "
            }
            skipped += check(text, tables: tables)
        }
        skipped += check(
            try String(contentsOf: SharedData.url(SharedData.seedArticlePath), encoding: .utf8), tables: tables)
        #expect(skipped > 100)
    }
}
