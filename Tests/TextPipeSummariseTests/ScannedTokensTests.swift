import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// The token lists grow past their first guess (a token every four bytes) and keep every token and term.
struct ScannedTokensTests {
    @Test func denseTextGrowsTheListsAndKeepsEveryTerm() {
        // A token every three bytes: more than the first allocation holds.
        let text = String(repeating: "ab cd ", count: 500) + "ab."
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let tokens = ScannedTokens(
                buffer, stopWords: SummaryWordLists.stopWords, cuePhrases: TraitScanner.cuePhrases)
            #expect(tokens.count == 1001)
            #expect(tokens.termCount == 1001)
            #expect(tokens.start(1000) == bytes.count - 3 && tokens.end(1000) == bytes.count - 1)
            // The totals after the last token count every token.
            #expect(tokens.records[1001].termsBefore == 1001 && tokens.records[1001].capitalisedBefore == 0)
        }
        let profile = DocumentProfile(
            text: text, sentences: [TextRange(start: 0, end: bytes.count)], limit: SummariseStage.maximumSentences)
        #expect(profile.termCount == 2)
        #expect(Array(profile.counts[profile.sentences[0].terms]) == [501, 500])
    }
}

/// The two-pass scan (its own loop for words of ASCII letters, the scanner for the rest) gives what the scanner and
/// `termKey` give token by token: the same tokens, running totals, cue-phrase candidates and term keys.
struct ScannedTokensReferenceTests {
    /// Words of every length up to 30 letters next to the pieces that end or join words, so that long words, words
    /// cut by the end of the text and words ended by a dot all come up.
    private static let pieces =
        boundaryPieces + cuePieces + [
            "ab", "Abc", "abcdefg", "Abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq",
            "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxyzabcd", "talked", "Russia's", "the", "photo",
            "news", "all", "www", "a.", "ab.", "abcdefghij.", "x2", "abc3",
        ]

    @Test func tokensTotalsCuesAndKeysMatchTheScannerTokenByToken() {
        for text in mixedTexts(count: 1500, pieces: Self.pieces, seed: 31) {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let cuePhrases = TraitScanner.cuePhrases
                let stopWords = SummaryWordLists.stopWords
                let tokens = ScannedTokens(buffer, stopWords: stopWords, cuePhrases: cuePhrases)
                var scanner = TermTokenScanner(buffer, tables: .shared)
                var index = 0
                var terms = 0
                var numbers: Int32 = 0
                var capitalised: Int32 = 0
                var cues: [Int] = []
                var keys: [UInt64] = []
                while let token = scanner.next() {
                    let record = tokens.records[index]
                    #expect(
                        (Int(record.start), Int(record.end)) == (token.start, token.end)
                            && record.numbersBefore == numbers && record.capitalisedBefore == capitalised
                            && Int(record.termsBefore) == terms,
                        "\(text.debugDescription) token \(index)")
                    numbers += token.isNumber ? 1 : 0
                    capitalised += token.isCapitalised ? 1 : 0
                    let screen = cuePhrases.mayStartWordPhrase(buffer, at: token.start)
                    let cue =
                        (screen ? ScannedTokens.CueFlag.startsPhrasePair : 0)
                        | (token.isPlainLetters ? 0 : ScannedTokens.CueFlag.hasInnerStarts)
                    if cue != 0 { cues.append(index << ScannedTokens.CueFlag.shift | cue) }
                    if let key = ScannedTokens.termKey(buffer, token, stopWords: stopWords) {
                        keys.append(key)
                        terms += 1
                    }
                    index += 1
                }
                #expect(tokens.count == index, "\(text.debugDescription)")
                #expect(Int(tokens.records[index].termsBefore) == terms)
                #expect(Array(UnsafeBufferPointer(start: tokens.termKeys, count: tokens.termCount)) == keys)
                // The scanner marks some words of letters only as more than letters (a long one before a dot); an
                // inner-start check finds nothing in such a word, and the scan's own loop leaves the mark out.
                func normalised(_ entries: [Int]) -> [Int] {
                    entries.compactMap { entry in
                        let token = entry >> ScannedTokens.CueFlag.shift
                        let lettersOnly = buffer[tokens.start(token)..<tokens.end(token)].allSatisfy {
                            ($0 | 0x20) &- 0x61 < 26
                        }
                        let kept = lettersOnly ? entry & ~ScannedTokens.CueFlag.hasInnerStarts : entry
                        return kept & 3 == 0 ? nil : kept
                    }
                }
                let found = Array(UnsafeBufferPointer(start: tokens.cueTokens, count: tokens.cueCount))
                #expect(normalised(found) == normalised(cues), "\(text.debugDescription)")
            }
        }
    }
}
