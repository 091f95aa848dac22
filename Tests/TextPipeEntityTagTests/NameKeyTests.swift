import Testing

@testable import TextPipeEntityTag

/// The word keys and shapes of the tokenizer's eight-bytes-at-a-time path (``ASCIIWord``) against the
/// byte-by-byte key (``NameKey/of(_:_:_:)``) and the rules of the rest of a word.
@Suite("entity_tag name keys")
struct NameKeyTests {
    /// The key of each token as the tokenizer made it, and as ``NameKey`` computes it from the token's bytes.
    func keys(_ text: String) -> [(token: UInt64, bytes: UInt64)] {
        var copy = text
        return copy.withUTF8 { bytes in
            NameTokenizer.tokens(in: bytes).filter(\.isWord).map { ($0.key, NameKey.of(bytes, $0.start, $0.end)) }
        }
    }

    /// Words of every length around the eight-byte blocks, in every case, with digits, at the end of the text
    /// (read past the last whole block) and before each kind of end.
    @Test(arguments: [
        "a", "Ab", "abc", "Abcdefg", "abcdefgh", "ABCDEFGH", "Abcdefghi", "internationally", "INTERNATIONALLY",
        "McDonaldsCorporationHoldings", "B52", "Mp3player", "abcdefgh1234567", "x9",
    ])
    func asciiWordsHashLikeTheirBytes(word: String) {
        for text in [word, "\(word) ", "\(word),", "(\(word))", "\(word)\n", "one \(word)", "\(word)’", "\(word)."] {
            for (token, bytes) in keys(text) {
                #expect(token == bytes, "\(text)")
            }
        }
        #expect(NameKey.of(word) == NameKey.of(word.uppercased()))
        #expect(NameKey.of(word) == NameKey.of(word.lowercased()))
    }

    @Test func wordsThatGoOnPastTheirASCIIRunHashAsAWhole() {
        let texts = [
            "Washington-based", "Guinea-Bissau", "O'Neill", "rock’n’roll", "AT&T", "U.S.", "São", "Zürich",
            "abcdefghij-klmnopqrstu", "ABCDEFGH’s",
        ]
        for text in texts {
            for (token, bytes) in keys(text) {
                #expect(token == bytes, "\(text)")
            }
        }
        #expect(NameKey.of("WASHINGTON-BASED") == NameKey.of("washington‐based"))
        #expect(NameKey.of("abcdefgh") != NameKey.of("abcdefg"))
        #expect(NameKey.of("abcdefgh") != NameKey.of("abcdefghi"))
    }

    @Test func shapesOfLongAndShortWords() {
        let tokens = NameTokenizer.tokens(in: "INTERNATIONALLY internationally McDonaldsCorp Abcdefgh ABCDEFGH x B52")
        #expect(tokens.map(\.isAllCaps) == [true, false, false, false, true, false, true])
        #expect(tokens.map(\.isLowercase) == [false, true, false, false, false, true, false])
        #expect(tokens.map(\.isCapitalised) == [true, false, true, true, true, false, true])
        #expect(tokens.allSatisfy { $0.shape.contains(.spaceBefore) })
        #expect(tokens.map(\.length) == [15, 15, 13, 8, 8, 1, 3])
    }

    @Test func blocksFindTheFirstByteThatIsNoLetterOrDigit() {
        let text = Array("Abc9xyZ-word é".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(ASCIIBlock.run(ASCIIBlock(bytes, at: 0).stops) == 7)
            #expect(ASCIIBlock.run(ASCIIBlock(bytes, at: 8).stops) == 4)
            #expect(ASCIIBlock.run(ASCIIBlock(bytes, at: 13).stops) == 0)  // é, read past the end as zeros
            #expect(ASCIIWord(bytes, from: 8).isWhole)
            #expect(!ASCIIWord(bytes, from: 0).isWhole)  // goes on over the hyphen
        }
    }
}
