import Testing

@testable import TextPipeEntityTag

/// A pass's tokens (one raw allocation, ``DocumentTokens``) are the tokenizer's, also when the text has more
/// tokens than the first guess and is scanned again.
@Suite("entity_tag document tokens")
struct DocumentTokensTests {
    private func summary(_ token: NameToken) -> String {
        "\(token.start) \(token.end) \(token.key) \(token.shape.rawValue) \(token.kind) \(token.mark)"
    }

    @Test(arguments: [
        "", "   ", "Kyiv’s NATO talks, said Volodymyr Zelenskyy.", String(repeating: ",;", count: 300),
        String(repeating: "a,", count: 50) + " The End",
    ])
    func sameTokensAsTheTokenizer(text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            let document = DocumentTokens(bytes)
            let expected = NameTokenizer.tokens(in: bytes).map(summary)
            let tokens = document.tokens
            #expect(tokens.count == expected.count)
            #expect((0..<tokens.count).map { summary(tokens[$0]) } == expected)
            #expect(document.sentenceStarts.count == document.sentenceCount + 1)
            #expect(document.sentenceStarts.last.map(Int.init) == tokens.count)
        }
    }
}
