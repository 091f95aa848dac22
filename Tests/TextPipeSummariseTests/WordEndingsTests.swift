import Testing
import TestSupport

@testable import TextPipeSummarise

/// The branch-free ending tests of `WordEndings` give what plain byte-by-byte tests give.
struct WordEndingsTests {
    /// The byte-by-byte rule for the possessive, as the summariser first wrote it.
    private static func referencePossessive(_ word: [UInt8]) -> Int {
        let n = word.count
        guard n > 3, word[n - 1] | 0x20 == UInt8(ascii: "s") else { return 0 }
        if word[n - 2] == UInt8(ascii: "'") { return 2 }
        if word[n - 2] == 0x99, word[n - 3] == 0x80, n > 5, word[n - 4] == 0xE2 { return 4 }
        return 0
    }

    /// The byte-by-byte stem rule.
    private static func referenceStem(_ word: [UInt8]) -> Int {
        let n = word.count
        func back(_ offset: Int) -> UInt8 { word[n - offset] | 0x20 }
        if n > 6, back(3) == UInt8(ascii: "i"), back(2) == UInt8(ascii: "n"), back(1) == UInt8(ascii: "g") { return n - 3 }
        if n > 5, back(2) == UInt8(ascii: "e"), back(1) == UInt8(ascii: "d") || back(1) == UInt8(ascii: "s") {
            return n - 2
        }
        if n > 4, back(1) == UInt8(ascii: "s") { return n - 1 }
        return n
    }

    static let words = [
        "a", "is", "was", "gas", "bus", "news", "talks", "TALKS", "Russia's", "Russia’s", "it's", "its's", "Bob's",
        "Al’s", "Jo’s", "killed", "KILLED", "used", "uses", "goes", "houses", "sing", "thing", "things", "bring",
        "singing", "Running", "RUNNING", "ringed", "ends", "bed", "beds", "seeds", "class", "glasses", "s's", "xx’S",
        "d'S", "prices", "loved", "going",
    ]

    @Test(arguments: words)
    func endingsMatchTheByteRules(_ word: String) {
        let bytes = Array(word.utf8)
        // The word at the start of a text, in the middle and at the end: the tail load differs in each.
        for prefix in [[], Array("the ".utf8), Array("a long sentence about ".utf8)] {
            let text = prefix + bytes + Array(" and more text".utf8)
            text.withUnsafeBufferPointer { buffer in
                let end = prefix.count + bytes.count
                let tail = WordEndings.tail(buffer, end: end)
                #expect(WordEndings.possessiveLength(tail: tail, length: bytes.count) == Self.referencePossessive(bytes))
            }
        }
        guard bytes.count >= 2, bytes.count <= 8 else { return }
        var block: UInt64 = 0
        for (offset, byte) in bytes.enumerated() { block |= UInt64(byte) << UInt64(offset * 8) }
        // The rest of the block holds what follows the word.
        block |= UInt64(UInt8(ascii: " ")) << UInt64(bytes.count * 8) & (bytes.count < 8 ? ~0 : 0)
        #expect(
            WordEndings.stemLength(block: WordHash.lowercased(block), length: bytes.count) == Self.referenceStem(bytes))
        // Words of two to seven ASCII letters, lower-cased with zeros above, as the scanner hands them over.
        guard bytes.count <= 7, bytes.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 }) else { return }
        let word = WordHash.lowercased(block) & ((1 << UInt64(bytes.count * 8)) - 1)
        #expect(bytes.count - WordEndings.shortStemCut(word, length: bytes.count) == Self.referenceStem(bytes))
        let cut = WordEndings.shortStemCuts.withUnsafeBufferPointer {
            WordEndings.shortStemCut(word, length: bytes.count, cuts: $0.baseAddress!)
        }
        #expect(bytes.count - cut == Self.referenceStem(bytes))
    }

    /// Random words of two to seven letters, mostly made of the letters the endings are made of, in either case:
    /// the table gives the byte rule's cut.
    @Test func stemCutTableMatchesTheByteRuleOnRandomWords() {
        var generator = SplitMix(state: 29)
        let letters = Array("ingedsaxzINGEDS".utf8) + Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        for _ in 0..<50000 {
            let length = Int.random(in: 2...7, using: &generator)
            let bytes = (0..<length).map { _ in letters.randomElement(using: &generator)! }
            var word: UInt64 = 0
            for (offset, byte) in bytes.enumerated() { word |= UInt64(byte | 0x20) << UInt64(offset * 8) }
            let cut = WordEndings.shortStemCuts.withUnsafeBufferPointer {
                WordEndings.shortStemCut(word, length: length, cuts: $0.baseAddress!)
            }
            #expect(length - cut == Self.referenceStem(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }
}
