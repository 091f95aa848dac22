import TextPipeCore

/// Sees each token as ``NameTokenizer`` makes it, before it is stored.
protocol TokenObserver {
    /// Called once per token, in text order, with the token's index; may set the token's `sentenceStart`.
    mutating func see(_ token: inout NameToken, at index: Int)
    /// Called for each line break between tokens: the next token has `lineBreakBefore`.
    mutating func sawLineBreak()
    /// A word that starts before this offset and follows a space starts no sentence: the tokenizer then writes
    /// it on a path of its own (`NameTokenizer.scanPlainWords`), without a call of ``see(_:at:)``; a lower-case
    /// one is not reported at all, one with a capital to ``gather(_:inCapitals:)``.
    var quietBefore: Int { get }
    /// Called instead of ``see(_:at:)`` for a word with a capital before ``quietBefore``, with its index and
    /// whether it is a word in capitals of more than one letter.
    mutating func gather(_ index: Int, inCapitals: Bool)
    /// Called instead of ``see(_:at:)`` for a number after a space before ``quietBefore``.
    mutating func sawNumber()
}

/// Sees nothing: the tokens of a gazetteer entry or a test string.
struct NoTokenObserver: TokenObserver {
    @inline(__always)
    mutating func see(_ token: inout NameToken, at index: Int) {}
    @inline(__always)
    mutating func sawLineBreak() {}
    var quietBefore: Int { Int.max }
    @inline(__always)
    mutating func gather(_ index: Int, inCapitals: Bool) {}
    @inline(__always)
    mutating func sawNumber() {}
}

/// Counts over the tokens of a document from its start, taken at each sentence start: a sentence's counts are
/// the differences between its totals and the next sentence's.
struct SentenceTotals {
    /// Numbers that stand alone: after white space or first in their sentence.
    var numbers: UInt32 = 0
    /// Words of more than one letter in capitals.
    var capitalWords: UInt32 = 0
    /// Words gathered for lookup (see ``DocumentTokens/lookups``).
    var lookups: UInt32 = 0
}

/// What the tagger's rules need from the whole token sequence, taken while the tokenizer writes it (a walk
/// over the tokens fewer, and no second read of each token): the first token of every sentence (a sentence of
/// the layer starts at its first token, a token after a line break starts one too), the `sentenceStart` flag
/// (also after an opening quote or a colon), the words whose gazetteer facts are looked up together, and the
/// running ``SentenceTotals`` at each sentence start.
///
/// Most tokens start nothing: each is compared with one offset (`nextCheck`), which is 0 (every token
/// passes) right after a line break or a quote, and the start of the layer's next sentence otherwise.
///
/// Writes through pointers into room a ``DocumentTokens`` sized: one entry per token, and one more for
/// `starts` and `totals`.
struct SentenceMarks: TokenObserver {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The sentences layer's ranges (in text order), the next one to reach and where it starts.
    private let sentences: UnsafeBufferPointer<TextRange>
    private var nextIndex = 0
    private var nextStart: Int
    /// A token that starts at or after this offset may start a sentence.
    private var nextCheck = 0
    /// The previous token opens a sentence (a quote or a colon).
    private var afterQuote = false
    /// Numbers that stand alone (after white space or first in their sentence) and words in capitals so far.
    private var numberCount: UInt32 = 0
    private var capitalCount: UInt32 = 0

    private let starts: UnsafeMutablePointer<UInt32>
    private let totals: UnsafeMutablePointer<SentenceTotals>
    /// Where the next word to look up goes.
    private var nextLookup: UnsafeMutablePointer<UInt32>
    private let lookups: UnsafeMutablePointer<UInt32>
    /// The number of sentences.
    private(set) var sentenceCount = 0
    /// The number of words in `lookups`.
    var lookupCount: Int { nextLookup - lookups }

    init(
        bytes: UnsafeBufferPointer<UInt8>, sentences: UnsafeBufferPointer<TextRange>,
        starts: UnsafeMutablePointer<UInt32>, totals: UnsafeMutablePointer<SentenceTotals>,
        lookups: UnsafeMutablePointer<UInt32>
    ) {
        self.bytes = bytes
        self.sentences = sentences
        nextStart = sentences.first?.start ?? Int.max
        self.starts = starts
        self.totals = totals
        self.lookups = lookups
        nextLookup = lookups
    }

    @inline(__always)
    mutating func see(_ token: inout NameToken, at index: Int) {
        var startsSentence = false
        if token.start >= nextCheck {
            // Not `inout`: the token stays in registers.
            let marks = mark(start: token.start, lineBreakBefore: token.shape.contains(.lineBreakBefore), at: index)
            startsSentence = marks & 1 != 0
            token.sentenceStart = marks != 0
        }
        // Gathered without a branch: the shapes of prose follow no pattern.
        nextLookup.pointee = UInt32(truncatingIfNeeded: index)
        nextLookup += TaggingPass.hasCachedFacts(token) ? 1 : 0
        switch token.kind {
        case .word:
            capitalCount &+= token.isAllCaps && token.length > 1 ? 1 : 0
        case .punctuation:
            if Self.opensSentence(token, bytes) {
                afterQuote = true
                nextCheck = 0
            }
        case .number:
            if startsSentence || token.shape.contains(.spaceBefore) { numberCount &+= 1 }
        default:
            break
        }
    }

    @inline(__always)
    mutating func sawLineBreak() {
        nextCheck = 0
    }

    /// A word is marked only where any token would be (`nextCheck`); elsewhere a lower-case word changes nothing
    /// here and one with a capital is only gathered for lookup.
    var quietBefore: Int { nextCheck }

    @inline(__always)
    mutating func gather(_ index: Int, inCapitals: Bool) {
        nextLookup.pointee = UInt32(truncatingIfNeeded: index)
        nextLookup += 1
        capitalCount &+= inCapitals ? 1 : 0
    }

    /// A number after white space stands alone.
    @inline(__always)
    mutating func sawNumber() {
        numberCount &+= 1
    }

    /// The counts so far.
    private var running: SentenceTotals {
        SentenceTotals(
            numbers: numberCount, capitalWords: capitalCount, lookups: UInt32(truncatingIfNeeded: lookupCount))
    }

    /// Marks token `index`, which starts at byte `start` and may start a sentence. Returns bit 0 set when it
    /// starts one, bit 1 when it takes `sentenceStart` only from a quote or colon before it.
    @inline(never)
    private mutating func mark(start: Int, lineBreakBefore: Bool, at index: Int) -> UInt8 {
        var startsSentence = lineBreakBefore
        if start >= nextStart {
            startsSentence = true
            var s = nextIndex
            while s < sentences.count && sentences[s].start <= start { s += 1 }
            nextIndex = s
            nextStart = s < sentences.count ? sentences[s].start : Int.max
        }
        if startsSentence {
            starts[sentenceCount] = UInt32(truncatingIfNeeded: index)
            totals[sentenceCount] = running
            sentenceCount &+= 1
        }
        let marks: UInt8 = startsSentence ? 1 : (afterQuote ? 2 : 0)
        afterQuote = false
        nextCheck = nextStart
        return marks
    }

    /// Closes the last sentence: `starts[sentenceCount]` is the number of tokens, `totals[sentenceCount]` the
    /// document's counts.
    mutating func finish(tokenCount: Int) {
        starts[sentenceCount] = UInt32(truncatingIfNeeded: tokenCount)
        totals[sentenceCount] = running
    }

    /// A straight or opening quote or a colon (a punctuation token): the token after it starts a sentence.
    @inline(__always)
    private static func opensSentence(_ token: NameToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.mark == UInt8(ascii: "\"") || token.mark == UInt8(ascii: ":") || isOpeningQuote(token, bytes)
    }

    /// “ or ‘.
    private static func isOpeningQuote(_ token: NameToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.mark == 0xE2 && token.length == 3 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x9C || bytes[token.start + 2] == 0x98)
    }
}
