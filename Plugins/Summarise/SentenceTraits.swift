#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a sentence looks like, beyond its words: signs of page furniture and of sentences that do not stand
/// alone. Each trait costs the sentence some of its score (see ``ScoringWeights``).
struct SentenceTraits: OptionSet, Sendable {
    let rawValue: UInt16

    /// Opens with a quotation mark: quoted speech rarely makes a good summary sentence on its own.
    static let opensWithQuote = SentenceTraits(rawValue: 1 << 0)
    /// Ends with a question mark.
    static let question = SentenceTraits(rawValue: 1 << 1)
    /// Has no closing punctuation: a headline, a dateline, a caption or a label line.
    static let unterminated = SentenceTraits(rawValue: 1 << 2)
    /// Opens with a pronoun or demonstrative ("He added that ...", "This means ...").
    static let anaphoricOpening = SentenceTraits(rawValue: 1 << 3)
    /// Opens with a connective that continues an earlier sentence ("But ...", "However, ...").
    static let continuingOpening = SentenceTraits(rawValue: 1 << 4)
    /// Opens with a short label and a colon, the way picture captions do ("Strictly business: ...").
    static let labelOpening = SentenceTraits(rawValue: 1 << 5)
    /// Has a caption marker ("(pictured)", "(left)", "Photo:") or a promotion ("Read more", "Scroll down").
    static let captionOrPromotion = SentenceTraits(rawValue: 1 << 6)
    /// Page furniture: an e-mail address, a web address, a byline or a picture credit.
    static let furniture = SentenceTraits(rawValue: 1 << 7)
    /// Says where people stand in a picture ("(left)", "(pictured)"): a photo caption.
    static let caption = SentenceTraits(rawValue: 1 << 8)

    /// Traits that mark a line as not part of the article's running text.
    static let notBody: SentenceTraits = [.unterminated, .furniture, .caption]
}

/// Finds ``SentenceTraits`` in the bytes of one sentence.
enum TraitScanner {
    /// Phrases that mark captions and promotions, where people stand in a picture (only captions say that), and
    /// web addresses; matched case-insensitively on ASCII at word starts.
    static let cuePhrases = CuePhraseScanner([
        (
            .captionOrPromotion,
            [
                "pictured:", "(file)", "photo:", "image:", "file photo", "photo by", "picture:", "pictures:",
                "read more", "click here", "scroll down", "sign up", "subscribe to", "follow us", "share this",
                "advertisement", "all rights reserved", "copyright", "newsletter", "watch the video", "related:",
                "see also",
            ]
        ),
        (
            .pictureDirection,
            [
                "(pictured", "(left)", "(right)", "(center)", "(centre)", "(above)", "(below)", "(top)", "(bottom)",
                "(l)", "(r)", "(l-r)", "(from left)",
            ]
        ),
        (.webAddress, ["http://", "https://", "www."]),
    ])

    /// The traits of `bytes[range]`.
    ///
    /// - Parameters:
    ///   - firstWord: The first word or number token of the sentence, if any.
    ///   - words: How many word and number tokens the sentence has.
    ///   - cues: The cue phrases in the sentence (see ``CuePhraseScanner``), found while its words were read.
    ///   - lists: The word lists, passed in so the caller loads them once per document.
    ///   - textHasColon: Whether `bytes` has a ":" anywhere (see ``hasColon(_:)``): without one, no sentence
    ///     opens with a label, and none is searched for one.
    static func traits(
        of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstWord: Range<Int>?, lastWord: Range<Int>?,
        words: Int, cues: CuePhraseGroups, tokens: TokenSpans, firstToken: Int, lists: TraitLists,
        textHasColon: Bool = true
    ) -> SentenceTraits {
        var traits: SentenceTraits = []
        guard !range.isEmpty else { return [.unterminated] }
        if isOpeningQuote(bytes, range.lowerBound) { traits.insert(.opensWithQuote) }
        switch closingMark(bytes, range) {
        case UInt8(ascii: "?"): traits.insert(.question)
        case UInt8(ascii: "."), UInt8(ascii: "!"), 0xA6: break  // 0xA6: the last byte of "…"
        default: traits.insert(.unterminated)
        }
        if let firstWord {
            let key = WordHash(bytes, firstWord).value
            if lists.anaphoricOpeners.contains(key) { traits.insert(.anaphoricOpening) }
            if lists.continuingOpeners.contains(key) { traits.insert(.continuingOpening) }
        }
        if textHasColon, hasLabelOpening(bytes, range) { traits.insert(.labelOpening) }
        if cues.contains(.captionOrPromotion) { traits.insert(.captionOrPromotion) }
        if cues.contains(.pictureDirection) { traits.insert(.caption) }
        if isFurniture(
            bytes, range, firstWord: firstWord, lastWord: lastWord, words: words,
            unterminated: traits.contains(.unterminated), cues: cues, tokens: tokens, firstToken: firstToken,
            lists: lists)
        {
            traits.insert(.furniture)
        }
        return traits
    }

    /// ' " ‘ “ « at `index`.
    private static func isOpeningQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let b = bytes[index]
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") { return true }
        if b == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            return bytes[index + 2] == 0x98 || bytes[index + 2] == 0x9C
        }
        return b == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAB
    }

    /// The last byte of the sentence before closing quotes, brackets and spaces.
    private static func closingMark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt8 {
        var end = range.upperBound
        while end > range.lowerBound {
            let b = bytes[end - 1]
            switch b {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: " "),
                UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                end -= 1
            case 0x99, 0x9D:  // ’ ” are E2 80 99 / E2 80 9D
                if end - range.lowerBound >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 {
                    end -= 3
                } else {
                    return b
                }
            case 0xBB:  // » is C2 BB
                if end - range.lowerBound >= 2, bytes[end - 2] == 0xC2 { end -= 2 } else { return b }
            default:
                return b
            }
        }
        return 0
    }

    /// Whether `bytes` has a ":" anywhere. Most documents have none (seven in eight news articles), and then one
    /// memchr over the document saves one per sentence in ``hasLabelOpening(_:_:)``.
    static func hasColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(UInt8(ascii: ":")), bytes.count) != nil
    }

    /// A capitalised label of at most 40 bytes of letters, digits, spaces, hyphens and apostrophes, then ": ".
    ///
    /// Eight bytes at a time: the first byte that can't be in a label ends the search, and it must be the colon.
    private static func hasLabelOpening(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard bytes[range.lowerBound] &- 0x41 < 26 else { return false }
        var index = range.lowerBound + 1
        let limit = min(range.upperBound - 1, range.lowerBound + 41)
        // Most sentences have no colon that soon: memchr says so in a few instructions.
        guard index < limit, let base = bytes.baseAddress,
            memchr(base + index, Int32(UInt8(ascii: ":")), limit - index) != nil
        else { return false }
        while index < limit {
            let block = ByteBlock(bytes, at: index)
            let labelBytes =
                block.letters | block.digits | block.nonASCII | block.equal(to: UInt8(ascii: " "))
                | block.equal(to: UInt8(ascii: "-")) | block.equal(to: UInt8(ascii: "'"))
            let others = ~labelBytes & ByteBlock.first(limit &- index)
            if others != 0 {
                let end = index &+ ByteBlock.firstOffset(others)
                return bytes[end] == UInt8(ascii: ":") && bytes[end + 1] == UInt8(ascii: " ")
            }
            index &+= 8
        }
        return false
    }

    /// An e-mail or web address, a byline, or a picture credit closing an unterminated line.
    private static func isFurniture(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstWord: Range<Int>?, lastWord: Range<Int>?,
        words: Int, unterminated: Bool, cues: CuePhraseGroups, tokens: TokenSpans, firstToken: Int,
        lists: TraitLists
    ) -> Bool {
        // An e-mail address: a word byte on either side of an "@" and a dot soon after.
        if cues.contains(.atSign) {
            for index in range where bytes[index] == UInt8(ascii: "@") {
                if index > range.lowerBound, index + 3 < range.upperBound, bytes[index - 1].isWordByte,
                    bytes[index + 1].isWordByte,
                    bytes[(index + 2)..<min(range.upperBound, index + 64)].contains(UInt8(ascii: "."))
                {
                    return true
                }
            }
        }
        if cues.contains(.webAddress) { return true }
        // "By Jane Doe" or "By Jane Doe, Science Correspondent": a short line opening with "By" and a name.
        if let firstWord, firstWord.count == 2, bytes[firstWord.lowerBound] == UInt8(ascii: "B"),
            bytes[firstWord.lowerBound + 1] == UInt8(ascii: "y"), firstWord.upperBound + 1 < range.upperBound,
            bytes[firstWord.upperBound + 1] &- 0x41 < 26, words <= 5 || unterminated
        {
            return true
        }
        guard unterminated || words <= 6 else { return false }
        if hasWord(lists.bylineTitles, in: bytes, range, tokens: tokens, firstToken: firstToken) { return true }
        // A credit closes the line: "... in Kyiv on the 3rd. AP/Newsis", "(Getty Images)".
        if let lastWord {
            var start = lastWord.lowerBound
            while start > range.lowerBound, bytes[start - 1] != UInt8(ascii: " "), bytes[start - 1] != UInt8(ascii: "(")
            {
                start -= 1
            }
            var end = start
            while end < lastWord.upperBound, bytes[end] != UInt8(ascii: "/") { end += 1 }
            if lists.pictureCredits.contains(WordHash(bytes, start..<end).value), bytes[start] &- 0x41 < 26 {
                return true
            }
        }
        return false
    }

    /// Whether any word of the sentence (a run of ASCII letters) is in `list`.
    ///
    /// Looked for only inside the tokens long enough to hold one (every letter is inside a token): most words of a
    /// line are shorter than any word in the lists. `firstToken` is where the sentence's tokens may begin.
    static func hasWord(
        _ list: WordHashSet, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, tokens: TokenSpans,
        firstToken: Int
    ) -> Bool {
        let shortest = max(1, list.shortestWord)
        return tokens.contains(in: range, minimumLength: shortest, hint: firstToken) { span in
            var start = span.lowerBound
            while start < span.upperBound {
                while start < span.upperBound, !bytes[start].isASCIILetterByte { start += 1 }
                var end = start
                while end < span.upperBound, bytes[end].isASCIILetterByte { end += 1 }
                if end - start >= shortest, end - start <= list.longestWord,
                    list.contains(WordHash(bytes, start..<end).value)
                {
                    return true
                }
                start = end
            }
            return false
        }
    }
}

/// The word lists and cue phrases the summariser reads, loaded once per document rather than per sentence.
///
/// One shared instance: reading it costs one lazy-initialisation check and one retain, where a struct of copies
/// cost one check per list and a retain and a release per array in it. Immutable, so `Sendable`.
final class TraitLists: Sendable {
    static let shared = TraitLists()

    let anaphoricOpeners = SummaryWordLists.anaphoricOpeners
    let continuingOpeners = SummaryWordLists.continuingOpeners
    let pictureCredits = SummaryWordLists.pictureCredits
    let bylineTitles = SummaryWordLists.bylineTitles
    let cuePhrases = TraitScanner.cuePhrases
    let stopWords = SummaryWordLists.stopWords
}

extension UInt8 {
    /// An ASCII letter, digit or underscore.
    fileprivate var isWordByte: Bool { (self | 0x20) &- 0x61 < 26 || self &- 0x30 < 10 || self == 0x5F }
    fileprivate var isASCIILetterByte: Bool { (self | 0x20) &- 0x61 < 26 }
}
