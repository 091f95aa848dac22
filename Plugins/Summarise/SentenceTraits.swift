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
    /// Phrases that mark captions and promotions, matched case-insensitively on ASCII.
    /// Where people stand in a picture: only captions say that.
    private static let pictureDirections = PhraseSet([
        "(pictured", "(left)", "(right)", "(center)", "(centre)", "(above)", "(below)", "(top)", "(bottom)",
        "(l)", "(r)", "(l-r)", "(from left)",
    ])

    private static let captionPhrases = PhraseSet([
        "pictured:", "(file)", "photo:", "image:", "file photo", "photo by", "picture:", "pictures:", "read more",
        "click here",
        "scroll down", "sign up", "subscribe to", "follow us", "share this", "advertisement", "all rights reserved",
        "copyright", "newsletter", "watch the video", "related:", "see also",
    ])

    /// The traits of `bytes[range]`.
    ///
    /// - Parameters:
    ///   - firstWord: The first word or number token of the sentence, if any.
    ///   - words: How many word and number tokens the sentence has.
    static func traits(
        of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstWord: Range<Int>?, lastWord: Range<Int>?,
        words: Int
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
            let key = WordHash(bytes, firstWord)
            if SummaryWordLists.anaphoricOpeners.contains(key) { traits.insert(.anaphoricOpening) }
            if SummaryWordLists.continuingOpeners.contains(key) { traits.insert(.continuingOpening) }
        }
        if hasLabelOpening(bytes, range) { traits.insert(.labelOpening) }
        if containsAny(captionPhrases, in: bytes, range) { traits.insert(.captionOrPromotion) }
        if containsAny(pictureDirections, in: bytes, range) { traits.insert(.caption) }
        if isFurniture(
            bytes, range, firstWord: firstWord, lastWord: lastWord, words: words,
            unterminated: traits.contains(.unterminated))
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

    /// A capitalised label of at most 40 bytes of letters, digits, spaces, hyphens and apostrophes, then ": ".
    private static func hasLabelOpening(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard bytes[range.lowerBound] &- 0x41 < 26 else { return false }
        var index = range.lowerBound + 1
        let limit = min(range.upperBound - 1, range.lowerBound + 41)
        while index < limit {
            let b = bytes[index]
            if b == UInt8(ascii: ":") { return bytes[index + 1] == UInt8(ascii: " ") }
            let isLabelByte =
                (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == UInt8(ascii: " ") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "'") || b >= 0x80
            guard isLabelByte else { return false }
            index += 1
        }
        return false
    }

    /// An e-mail or web address, a byline, or a picture credit closing an unterminated line.
    private static func isFurniture(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstWord: Range<Int>?, lastWord: Range<Int>?,
        words: Int, unterminated: Bool
    ) -> Bool {
        for index in range {
            let b = bytes[index]
            if b == UInt8(ascii: "@"), index > range.lowerBound, index + 3 < range.upperBound,
                bytes[index - 1].isWordByte, bytes[index + 1].isWordByte,
                bytes[(index + 2)..<min(range.upperBound, index + 64)].contains(UInt8(ascii: "."))
            {
                return true
            }
        }
        if containsAny(webMarkers, in: bytes, range) { return true }
        // "By Jane Doe" or "By Jane Doe, Science Correspondent": a short line opening with "By" and a name.
        if let firstWord, firstWord.count == 2, bytes[firstWord.lowerBound] == UInt8(ascii: "B"),
            bytes[firstWord.lowerBound + 1] == UInt8(ascii: "y"), firstWord.upperBound + 1 < range.upperBound,
            bytes[firstWord.upperBound + 1] &- 0x41 < 26, words <= 5 || unterminated
        {
            return true
        }
        guard unterminated || words <= 6 else { return false }
        if hasWord(SummaryWordLists.bylineTitles, in: bytes, range) { return true }
        // A credit closes the line: "... in Kyiv on the 3rd. AP/Newsis", "(Getty Images)".
        if let lastWord {
            var start = lastWord.lowerBound
            while start > range.lowerBound, bytes[start - 1] != UInt8(ascii: " "), bytes[start - 1] != UInt8(ascii: "(")
            {
                start -= 1
            }
            var end = start
            while end < lastWord.upperBound, bytes[end] != UInt8(ascii: "/") { end += 1 }
            if SummaryWordLists.pictureCredits.contains(WordHash(bytes, start..<end)), bytes[start] &- 0x41 < 26 {
                return true
            }
        }
        return false
    }

    private static let webMarkers = PhraseSet(["http://", "https://", "www."])

    /// Whether any word of the sentence is in `list`.
    private static func hasWord(_ list: Set<WordHash>, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> Bool
    {
        var start = range.lowerBound
        while start < range.upperBound {
            while start < range.upperBound, !bytes[start].isASCIILetterByte { start += 1 }
            var end = start
            while end < range.upperBound, bytes[end].isASCIILetterByte { end += 1 }
            if end > start, list.contains(WordHash(bytes, start..<end)) { return true }
            start = end
        }
        return false
    }

    /// Whether any phrase occurs in `bytes[range]` at the start of a word, ignoring ASCII case.
    ///
    /// One pass over the sentence: only positions after a non-letter are tried, and only against phrases that
    /// start with that byte.
    static func containsAny(_ phrases: PhraseSet, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var previousIsLetter = false
        for index in range {
            var b = bytes[index]
            if b &- 0x41 < 26 { b |= 0x20 }
            let isLetter = b &- 0x61 < 26
            defer { previousIsLetter = isLetter }
            guard !previousIsLetter, let candidates = phrases.byFirstByte[Int(b)] else { continue }
            for phrase in candidates where phrase.count <= range.upperBound - index {
                var offset = 1
                while offset < phrase.count {
                    var c = bytes[index + offset]
                    if c &- 0x41 < 26 { c |= 0x20 }
                    if c != phrase[offset] { break }
                    offset += 1
                }
                if offset == phrase.count { return true }
            }
        }
        return false
    }
}

/// Lower-case ASCII phrases indexed by their first byte, for ``TraitScanner/containsAny(_:in:_:)``.
struct PhraseSet: Sendable {
    let byFirstByte: [[[UInt8]]?]

    init(_ phrases: [String]) {
        var table = [[[UInt8]]?](repeating: nil, count: 256)
        for phrase in phrases {
            let bytes = Array(phrase.lowercased().utf8)
            table[Int(bytes[0])] = (table[Int(bytes[0])] ?? []) + [bytes]
        }
        byFirstByte = table
    }
}

extension UInt8 {
    /// An ASCII letter, digit or underscore.
    fileprivate var isWordByte: Bool { (self | 0x20) &- 0x61 < 26 || self &- 0x30 < 10 || self == 0x5F }
    fileprivate var isASCIILetterByte: Bool { (self | 0x20) &- 0x61 < 26 }
}
