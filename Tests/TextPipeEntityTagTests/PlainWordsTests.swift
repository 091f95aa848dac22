import Foundation
import TestSupport
import Testing

@testable import TextPipeEntityTag

/// The tokenizer writes runs of plain words on a path of their own (`NameTokenizer.scanPlainWords`); with an
/// observer that sees every token that path is never taken, so the two tokenizations must agree token for token.
@Suite("entity_tag plain word runs")
struct PlainWordsTests {
    /// Asks to see every token: the tokenizer then takes no run of lower-case words.
    private struct SeesEveryToken: TokenObserver {
        mutating func see(_ token: inout NameToken, at index: Int) {}
        mutating func sawLineBreak() {}
        var quietBefore: Int { 0 }
        mutating func gather(_ index: Int, inCapitals: Bool) {}
        mutating func sawNumber() {}
    }

    private func summary(_ token: NameToken) -> String {
        "\(token.start) \(token.end) \(token.headEnd) \(token.key) \(token.shape.rawValue) \(token.kind) "
            + "\(token.mark) \(token.possessive) \(token.sentenceStart) \(token.facts.rawValue)"
    }

    private func check(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            let fast = NameTokenizer.tokens(in: bytes).map(summary)
            let capacity = bytes.count + 1
            let plain = [NameToken](unsafeUninitializedCapacity: capacity) { buffer, count in
                var observer = SeesEveryToken()
                count = NameTokenizer.scan(bytes, into: buffer.baseAddress!, capacity: capacity, observer: &observer)!
            }
            #expect(fast == plain.map(summary), "\(text)")
        }
    }

    @Test func sameTokensOnRandomText() {
        let pieces = [
            "a", "of", "the", "said", "abcdefg", "abcdefgh", "abcdefghi", "internationally", "abcdefghijklmnopq",
            "x1", "abc123", "1", "42", "1996", "3.5", "1,200", "42nd", "7)", "8;", "9?", "!", "?", "(", ")", "abcDef",
            "NATO", "Kyiv", "Abcdefgh", "ABCDEFGHIJ", "McDonald", "Ab1", "aB",
            "don't", "rock’n’roll", "well-known", "e.g.", "u.s.",
            "at&t", "&", "café", "naïve", ",", ".", ";", "end.", "end,", "a.b.", "x.Y", "A.", "Smith.", "U.S.",
            "the.\n", "(", ")", "\"", "’s", "'s", "—", "\n", "\t", "  ", "\u{00A0}",
        ]
        var random = SplitMix(state: 3)
        for _ in 0..<3000 {
            check(randomText(of: pieces, maximumPieces: 24, noSpaceOneIn: 5, using: &random))
        }
    }

    @Test func sameTokensOnTheSeedArticle() throws {
        check(try String(contentsOf: SharedData.url(SharedData.seedArticlePath), encoding: .utf8))
    }
}
