import Testing
import TextPipeCore

@testable import TextPipeSummarise

/// A word gets one term key whichever way it is read: from the scanner's first block, from a block loaded again,
/// byte by byte near the end of the text, or after its possessive is cut off.
struct TermKeyTests {
    @Test func aWordIsOneTermHoweverItIsRead() {
        // "Ukraine" and "talks" in the middle of the text (read from a block), with a possessive (read again after
        // the ending is cut), and at its very end (fewer than eight bytes left: read byte by byte).
        let text = "Ukraine talks. Ukraine’s talks. UKRAINE's Talks. Ukraine talks"
        let bytes = Array(text.utf8)
        var ranges = sentencesEndingInPeriods(bytes)
        ranges.append(TextRange(start: ranges[ranges.count - 1].end + 1, end: bytes.count))
        let profile = DocumentProfile(text: text, sentences: ranges, limit: SummariseStage.maximumSentences)
        #expect(profile.termCount == 2)
        for sentence in profile.sentences {
            #expect(Array(profile.terms[sentence.terms]) == [0, 1])
            #expect(Array(profile.counts[sentence.terms]) == [1, 1])
        }
    }

    @Test func shortKeysAreTheLowerCasedBytesAndLongOnesTheHash() {
        let short = Array("Talks".utf8)
        let long = Array("Correspondents".utf8)
        short.withUnsafeBufferPointer { bytes in
            #expect(TermKey.of(bytes, 0..<bytes.count) == 0x73_6B_6C_61_74)
        }
        long.withUnsafeBufferPointer { bytes in
            #expect(TermKey.of(bytes, 0..<bytes.count) == WordHash(bytes, 0..<bytes.count).value)
        }
        #expect(SummaryWordLists.stopWords.contains(TermKey.of(["said"])[0]))
        #expect(SummaryWordLists.stopWords.contains(TermKey.of(["themselves"])[0]))
        #expect(!SummaryWordLists.stopWords.contains(TermKey.of(["talks"])[0]))
    }
}
