import TestSupport
import Testing

@testable import TextPipeEntityTag

/// The tagger's own scanner: token boundaries, shapes and keys.
@Suite("entity_tag tokenizer")
struct NameTokenizerTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return NameTokenizer.tokens(in: text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func wordsJoinInnerMarksAndSplitPossessives() {
        #expect(
            words("Ukraine's U.S. Ohio-based AT&T rock’n’roll") == [
                "Ukraine", "U.S.", "Ohio-based", "AT&T", "rock’n’roll",
            ])
        #expect(words("São Paulo, 1,200.5 km") == ["São", "Paulo", ",", "1,200.5", "km"])
    }

    @Test func shapesAndPossessives() throws {
        let tokens = NameTokenizer.tokens(in: "NATO said Kyiv’s Zelenskyy")
        #expect(tokens.map(\.isAllCaps) == [true, false, false, false])
        #expect(tokens.map(\.isLowercase) == [false, true, false, false])
        #expect(tokens.map(\.isCapitalised) == [true, false, true, true])
        #expect(tokens[2].possessive && tokens[2].end - tokens[2].start == 4)
        #expect(tokens[0].shape.contains(.lineBreakBefore) && !tokens[1].shape.contains(.lineBreakBefore))
    }

    @Test func hyphenHeadKeepsItsOwnKey() throws {
        var text = "Washington-based"
        let token = try #require(NameTokenizer.tokens(in: text).first)
        #expect(token.hasHyphen && token.headEnd == 10)
        let headKey = text.withUTF8 { NameKey.of($0, token.start, token.headEnd) }
        #expect(headKey == NameKey.of("Washington"))
        #expect(token.key == NameKey.of("washington-BASED"))
    }

    /// A number's key is hashed as it is scanned; it must be the key of its bytes (``NameKey/of(_:_:_:)``).
    @Test func numbersHashLikeTheirBytes() {
        let pieces = [
            "1", "42", "1996", "12345678", "123456789012", "nd", "K", "th", ",", ".", "3,5", "1.2", "é", "É", "Ä",
            "ß", "Ж", "λ", "日", " ", "-", "x", "’", "&",
        ]
        var random = SplitMix(state: 13)
        var numbers = 0
        for _ in 0..<3000 {
            var text = "1"
            for _ in 0..<Int.random(in: 0...8, using: &random) { text += pieces.randomElement(using: &random)! }
            let shown = text
            text.withUTF8 { bytes in
                for token in NameTokenizer.tokens(in: bytes) where token.kind == .number {
                    numbers += 1
                    #expect(token.key == NameKey.of(bytes, token.start, token.end), "\(shown)")
                }
            }
        }
        #expect(numbers >= 3000)
    }

    /// Prose has about a token per five bytes; a text of marks has one per byte and takes the second scan.
    @Test func denseTextsGetEveryToken() {
        for count in [1, 20, 49, 50, 1000] {
            #expect(NameTokenizer.tokens(in: String(repeating: ",", count: count)).count == count)
            #expect(NameTokenizer.tokens(in: String(repeating: "a,", count: count)).count == 2 * count)
        }
        #expect(NameTokenizer.tokens(in: "").isEmpty)
        #expect(NameTokenizer.tokens(in: "   \n ").isEmpty)
    }
}
