import Testing
import TextPipeCore
import TextPipeText
import TestSupport

@testable import TextPipeSummarise

/// Texts made of pieces that exercise word and number boundaries, cue phrases and case.
func mixedTexts(count: Int, pieces: [String], seed: UInt64) -> [String] {
    var generator = SplitMix(state: seed)
    return (0..<count).map { _ in
        (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            .joined()
    }
}

let boundaryPieces = [
    "Kyiv", "U.S.", "a.m.", "AT&T", "S&P", "don't", "Russia's", "Russia’s", "Bailey-Ross", "COVID-19", "e‑mail",
    "55,000", "3.14", "1980s", "3rd", "A1c", "café", "Zürich", "ÉTÉ", "naïve", "e\u{301}", "١٢٣", "x", "I", " ", "  ",
    "\n", "\n\n", ".", "..", ",", "-", "--", "'", "’", "&", "(", ")", "\"", "“", "”", "—", "–", "…", "!", "?", ":",
    "$5", "£", "%", "@", "#", "\u{A0}", "\u{2009}", "\t", "\u{FFFD}", "😀", "日本", "the", "A", "b", "Q.", "St.",
]

let cuePieces = [
    "read more", "Read More", "READ MORE", "(pictured", "(Pictured)", "(left)", "(L)", "(l-r)", "(from left)",
    "photo:", "Photo by", "www.", "WWW.", "http://", "https://x", "subscribe to", "sign up", "see also", "copyright",
    "re", "read", "photo", "(", "w", "ww", "sign", "@", "a@b.co", "x@", "pictured:", "all rights reserved",
    " ", ".", "-", "'", "é", "’", "\n", "3", "the", "news", "newsletter", "advertisement", "(top)", "(file)",
]

@Suite("byte scanning matches the slower rules it replaces")
struct ByteScanningTests {
    /// The word and number tokens of `text` as the summariser's scanner finds them.
    private func scanned(_ text: String) -> [[Int]] {
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = TermTokenScanner(bytes, tables: .shared)
            var result: [[Int]] = []
            while let token = scanner.next() {
                result.append([token.start, token.end, token.isNumber ? 1 : 0, token.isCapitalised ? 1 : 0])
            }
            return result
        }
    }

    /// The word and number tokens of `text` as TextPipeText's tokenizer finds them.
    private func tokenized(_ text: String) -> [[Int]] {
        Tokenizer().tokens(in: text).filter { $0.kind == .word || $0.kind == .number }.map {
            [$0.start, $0.end, $0.kind == .number ? 1 : 0, $0.shape.contains(.capitalised) ? 1 : 0]
        }
    }

    @Test func termTokensAreTheTokenizersWordsAndNumbers() {
        let texts =
            [
                "", "a", "U.S.", "U.S", "The U.S. and A.B.C.D. said.", "Smith.", "AT&T and S&p", "don't'", "it’s",
                "e\u{301}te\u{301}", "well-", "-well", "55,000,000 1,00 3.14.15 3.x 12abc", "Q.E.D", "x.y.z.",
            ] + mixedTexts(count: 3000, pieces: boundaryPieces, seed: 7)
        for text in texts {
            #expect(scanned(text) == tokenized(text), "\(text.debugDescription)")
        }
    }

    /// The cue-phrase groups in `bytes[range]`, found the plain way: every word start, every phrase.
    private func naiveGroups(_ text: String, _ range: Range<Int>) -> UInt8 {
        let groups: [(UInt8, [String])] = [
            (
                1,
                [
                    "pictured:", "(file)", "photo:", "image:", "file photo", "photo by", "picture:", "pictures:",
                    "read more", "click here", "scroll down", "sign up", "subscribe to", "follow us", "share this",
                    "advertisement", "all rights reserved", "copyright", "newsletter", "watch the video", "related:",
                    "see also",
                ]
            ),
            (
                2,
                [
                    "(pictured", "(left)", "(right)", "(center)", "(centre)", "(above)", "(below)", "(top)", "(bottom)",
                    "(l)", "(r)", "(l-r)", "(from left)",
                ]
            ),
            (4, ["http://", "https://", "www."]),
        ]
        let bytes = Array(text.utf8)
        func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        var found: UInt8 = bytes[range].contains(UInt8(ascii: "@")) ? 8 : 0
        for index in range where index == range.lowerBound || !isLetter(bytes[index - 1]) {
            for (group, phrases) in groups {
                for phrase in phrases.map({ Array($0.utf8) }) where phrase.count <= range.upperBound - index {
                    if zip(phrase, bytes[index...]).allSatisfy({ $0 == lower($1) }) { found |= group }
                }
            }
        }
        return found
    }

    @Test func cuePhrasesAreFoundAtWordStartsInAnyCase() {
        for text in mixedTexts(count: 800, pieces: cuePieces, seed: 11) {
            var copy = text
            let count = text.utf8.count
            // Whole texts, and ranges that start and end inside them (the scan reads past a range's end).
            for range in [0..<count, (count / 3)..<(count - count / 4)] {
                let groups = copy.withUTF8 { TraitScanner.cuePhrases.groups(in: $0, range) }
                #expect(groups.rawValue == naiveGroups(text, range), "\(text.debugDescription) \(range)")
            }
        }
    }

    /// Cue phrases found while a document's words are read, sentence by sentence, are those a scan of each
    /// sentence's bytes finds, also when a sentence starts or ends inside a word.
    @Test func cuePhrasesFoundWordByWordMatchTheSentenceScan() {
        var generator = SplitMix(state: 5)
        for text in mixedTexts(count: 600, pieces: cuePieces + boundaryPieces, seed: 13) {
            let ranges = randomSentences(in: Array(text.utf8), cuts: 0...6, using: &generator)
            let profile = DocumentProfile(text: text, sentences: ranges, limit: SummariseStage.maximumSentences)
            for (sentence, range) in zip(profile.sentences, ranges) where range.end > range.start {
                let expected = naiveGroups(text, range.start..<range.end)
                #expect(
                    sentence.traits.contains(.captionOrPromotion) == (expected & 1 != 0)
                        && sentence.traits.contains(.caption) == (expected & 2 != 0),
                    "\(text.debugDescription) \(range)")
            }
        }
    }

    /// Whether a run of ASCII letters in `bytes[range]` is in `list`, found byte by byte.
    private func naiveHasWord(_ list: WordHashSet, _ text: String, _ range: Range<Int>) -> Bool {
        let bytes = Array(text.utf8)
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        var start = range.lowerBound
        while start < range.upperBound {
            while start < range.upperBound, !isLetter(bytes[start]) { start += 1 }
            var end = start
            while end < range.upperBound, isLetter(bytes[end]) { end += 1 }
            let word = bytes[start..<end].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            if end > start, list.contains(WordHash(lowercasedASCII: word).value) { return true }
            start = end
        }
        return false
    }

    @Test func bylineTitlesAreFoundInRunsOfLetters() {
        let pieces = boundaryPieces + ["reporter", "Correspondent", "EDITOR", "editors", "xreporter", "reporterx"]
        for text in mixedTexts(count: 800, pieces: pieces, seed: 23) {
            var copy = text
            let count = text.utf8.count
            for range in [0..<count, (count / 3)..<(count - count / 4), (count / 2)..<count] {
                let found = copy.withUTF8 { bytes in
                    let tokens = ScannedTokens(
                        bytes, stopWords: SummaryWordLists.stopWords, cuePhrases: TraitScanner.cuePhrases)
                    let spans = TokenSpans(records: tokens.records, count: tokens.count)
                    // A wrong hint is corrected: the search is the same from any.
                    return [0, tokens.count / 2, tokens.count].allSatisfy { hint in
                        TraitScanner.hasWord(
                            SummaryWordLists.bylineTitles, in: bytes, range, tokens: spans, firstToken: hint)
                            == naiveHasWord(SummaryWordLists.bylineTitles, text, range)
                    }
                }
                #expect(found, "\(text.debugDescription) \(range)")
            }
        }
    }

    @Test func wordHashesIgnoreASCIICaseAndTellWordsApart() {
        var text = "Reporter REPORTER reporter reporters Reporte correspondents Correspondents x"
        let words = text.split(separator: " ").map(String.init)
        var offsets: [Range<Int>] = []
        var start = 0
        for word in words {
            offsets.append(start..<(start + word.utf8.count))
            start += word.utf8.count + 1
        }
        let hashes = text.withUTF8 { bytes in offsets.map { WordHash(bytes, $0).value } }
        #expect(hashes[0] == hashes[1] && hashes[1] == hashes[2])
        #expect(hashes[5] == hashes[6])
        #expect(Set([hashes[0], hashes[3], hashes[4], hashes[5], hashes[7]]).count == 5)
        // The last word is read byte by byte (fewer than eight bytes remain): the same hash as a whole-block read.
        #expect(hashes[7] == WordHash(lowercasedASCII: Array("x".utf8)).value)
        #expect(hashes[0] == WordHash(lowercasedASCII: Array("reporter".utf8)).value)
        #expect(SummaryWordLists.bylineTitles.contains(hashes[2]))
        #expect(!SummaryWordLists.bylineTitles.contains(hashes[4]))
    }
}
