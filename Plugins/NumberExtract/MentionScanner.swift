import TextPipeCore
import TextPipeText

/// What the scanner reads, from the stage's options.
struct ScanConfig: Sendable {
    var dates = true
    var spelledOut = true
    /// Non-numbers to keep, marked.
    var keep: KeptNonNumbers = []
    /// Take the shortcuts that skip patterns which cannot match. Off only in tests, which compare the
    /// mentions found both ways.
    var fastPaths = true
}

/// The non-numbers kept as marked mentions: flags rather than a `Set<String>`, so the configuration a scanner
/// copies holds no reference to retain and release per document.
struct KeptNonNumbers: OptionSet, Sendable {
    let rawValue: UInt8
    static let phone = KeptNonNumbers(rawValue: 1)
    static let ip = KeptNonNumbers(rawValue: 2)
    static let version = KeptNonNumbers(rawValue: 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ kinds: [NumberExtractOptions.NonNumber]) {
        self = []
        for kind in kinds {
            switch kind {
            case .phone: insert(.phone)
            case .ip: insert(.ip)
            case .version: insert(.version)
            }
        }
    }
}

/// Reads the number mentions of one text: walks the tokens left to right and, at each token that can start a
/// mention, tries the patterns that start with it; the longest reading wins and the scan resumes after it.
///
/// A class, not a struct: the pattern methods call each other thousands of times per text, and a struct's
/// `mutating` methods copied the whole scanner (and retained its arrays) for every call to a non-mutating one.
/// One scanner reads one text on one thread.
final class MentionScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: CheckedBuffer<ScanToken>
    /// The tokens the scan stops at (see `TokenizedText.anchors`).
    let anchors: UnsafeBufferPointer<Int32>
    /// Owns the memory of `tokens` and `anchors`.
    private let tokenized: TokenizedText
    /// The word tables, held by reference: a scanner is made per document, and a copy of the tables retained
    /// each of them.
    let sharedLexicon: SharedLexicon
    var lexicon: Lexicon { sharedLexicon.lexicon }
    let config: ScanConfig
    /// A capitalised month other than May is named somewhere in the text, so "on the 3rd" is a day of it.
    /// Looked for only when a "the 3rd" asks, rather than noted for every word by the tokenizer; months are
    /// trigger words, so only anchors need a look.
    lazy var monthContext: Bool = anchors.contains { anchor in
        let token = tokens[Int(anchor)]
        return token.kind == .word && capitalised(Int(anchor)) && token.entry >= 0
            && lexicon.entryFlags[Int(token.entry) + 1] & Lexicon.namesMonthFlag != 0
    }
    /// The mentions found so far, in text order. Unchecked: the pattern methods append to it thousands of times
    /// per text, one at a time on one thread, and no access to it overlaps another.
    @exclusivity(unchecked) var mentions: MentionBuffer
    /// Where the last mention ends (`Int.min` before the first), set with every append so that `emit` tests
    /// for overlap without reading a mention (reading one through the array copied it whole and destroyed it).
    /// Unchecked for the same reason as `mentions`.
    @exclusivity(unchecked) var lastMentionEnd = Int.min
    /// The last digit token read as a literal, and its reading: a number's token is read where its mention starts
    /// (for its shape) and again where its value is parsed. Unchecked for the same reason as `mentions`.
    @exclusivity(unchecked) private var lastLiteral: (token: Int, literal: NumericLiteral)?

    /// The last phrase looked for (`matchPhrase`): at which token, which list, and the answer. Unchecked for the
    /// same reason as `mentions`.
    @exclusivity(unchecked) var lastPhraseToken = -1
    @exclusivity(unchecked) var lastPhraseBefore = false
    @exclusivity(unchecked) var lastPhrase: PhraseMatch? = nil

    /// A scanner of `bytes`, which it tokenizes.
    convenience init(bytes: UnsafeBufferPointer<UInt8>, lexicon: SharedLexicon, config: ScanConfig) {
        self.init(
            bytes: bytes, lexicon: lexicon, tokenized: NumberTokenizer.tokenizeText(bytes, lexicon: lexicon),
            config: config)
    }

    /// A scanner of `bytes`, tokenized as `text` with `lexicon`'s tables.
    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: SharedLexicon, tokenized text: TokenizedText, config: ScanConfig) {
        self.bytes = bytes
        self.sharedLexicon = lexicon
        self.config = config
        self.tokenized = text
        self.tokens = CheckedBuffer(UnsafeMutableBufferPointer(mutating: text.tokens))
        self.anchors = text.anchors
        // Most mentions hold digits; the slack covers those in words ("two", "fourth") without regrowing.
        mentions = MentionBuffer(capacity: text.numberCount + text.numberCount / 2 + 2)
    }

    /// Scans the whole text.
    func scan() {
        // Local references, so the loop reads raw buffers while the pattern methods append mentions.
        // Only anchors can start a mention; the others would each just move on to the next token.
        let tokens = self.tokens
        let anchors = self.anchors
        let entries = lexicon.entries
        let fast = config.fastPaths
        tokens.withUnsafeBufferPointer { tokenBuffer in
            entries.withUnsafeBufferPointer { entryBuffer in
                var i = 0
                for anchor in anchors {
                    if Int(anchor) < i { continue }
                    i = Int(anchor)
                    let token = tokenBuffer[i]
                    var next: Int? = nil
                    switch token.kind {
                    case .number:
                        next = atNumber(i)
                    case .word:
                        // "the", "a" and "an" start a mention only before a number (as `atWord` checks first);
                        // they are the commonest anchors, so answer them here.
                        let h = token.hash
                        if h == W.the || h == W.a || h == W.an,
                            i + 1 >= tokenBuffer.count || tokenBuffer[i + 1].flags & ScanToken.numeric == 0
                        {
                            break
                        }
                        if token.entry >= 0 {
                            let entry = entryBuffer[Int(token.entry)]
                            guard entry.roles.contains(.trigger) else { break }
                            if fast && onlyComparative(token, entry) && !numeric(tokenBuffer, after: i, window: 6) {
                                break
                            }
                            next = atWord(i, entry)
                        }
                    case .symbol:
                        if token.entry >= 0 {
                            let entry = entryBuffer[Int(token.entry)]
                            if fast && onlyComparative(token, entry) && !numeric(tokenBuffer, after: i, window: 6) {
                                break
                            }
                            next = atSymbol(i)
                        } else if vulgarFraction(i) != nil {
                            next = atSymbol(i)
                        }
                    }
                    i = max(next ?? i + 1, i + 1)
                }
            }
        }
    }

    /// Whether a token can start nothing but a comparative range ("in" for "in excess of", "at", "not", "<"):
    /// `atWord` and `atSymbol` then read only `comparativeRange`, which needs a number within six tokens, and
    /// most such words stand far from any. Every other reading of those two methods is ruled out here: number
    /// words, months, weekdays, currencies before an amount, the words and signs they compare with.
    @inline(__always) func onlyComparative(_ token: ScanToken, _ entry: LexEntry) -> Bool {
        guard entry.roles.contains(.comparative), entry.number == nil, entry.month == 0, !entry.hasBefore,
            !entry.roles.contains(.weekday), token.flags & ScanToken.numeric == 0
        else { return false }
        let h = token.hash
        return h != W.the && h != W.a && h != W.an && h != W.between && h != W.from && h != W.plusSign
            && h != W.openParen && h != W.hyphen && h != W.minusSign && h != W.apostrophe && h != W.rightQuote
    }

    /// `numberSoon` on a raw buffer, for the scan loop.
    @inline(__always) func numeric(_ buffer: UnsafeBufferPointer<ScanToken>, after i: Int, window: Int) -> Bool {
        let last = min(i + window, buffer.count - 1)
        var k = i + 1
        while k <= last {
            if buffer[k].flags & ScanToken.numeric != 0 { return true }
            k += 1
        }
        return false
    }

    // MARK: - Token helpers

    @inline(__always) func valid(_ i: Int) -> Bool { i >= 0 && i < tokens.count }

    @inline(__always) func hash(_ i: Int) -> UInt64 { valid(i) ? tokens[i].hash : 0 }

    @inline(__always) func isWord(_ i: Int) -> Bool { valid(i) && tokens[i].kind == .word }

    @inline(__always) func isNumber(_ i: Int) -> Bool { valid(i) && tokens[i].kind == .number }

    @inline(__always) func entry(_ i: Int) -> LexEntry? {
        guard valid(i), tokens[i].entry >= 0 else { return nil }
        return lexicon.entries[Int(tokens[i].entry)]
    }

    @inline(__always) func numberWord(_ i: Int) -> NumberWord? { entry(i)?.number }

    /// Whether token `i` follows token `i - 1` with no space between.
    @inline(__always) func attached(_ i: Int) -> Bool { valid(i) && i > 0 && tokens[i].attached }

    /// The value of a vulgar fraction symbol at `i` ("½"); they are all non-ASCII, so ASCII marks cost nothing.
    @inline(__always) func vulgarFraction(_ i: Int) -> Double? {
        guard valid(i), tokens[i].kind == .symbol, tokens[i].flags & ScanToken.numeric != 0,
            tokens[i].end - tokens[i].start > 1
        else { return nil }
        return W.vulgarFractions[tokens[i].hash]
    }

    /// Whether a number or number word stands within `window` tokens after `i`.
    func numberSoon(after i: Int, window: Int) -> Bool {
        let last = min(i + window, tokens.count - 1)
        guard i + 1 <= last else { return false }
        // The tokenizer marks digits, number words and vulgar fractions `numeric`.
        return tokens.withUnsafeBufferPointer { buffer in
            for k in (i + 1)...last where buffer[k].flags & ScanToken.numeric != 0 { return true }
            return false
        }
    }

    /// Whether token `i` is a dash that joins two numbers or words (`-`, `–`, `—`).
    @inline(__always) func isDash(_ i: Int) -> Bool {
        let h = hash(i)
        return h == W.hyphen || h == W.enDash || h == W.emDash
    }

    /// Whether token `i` ends a clause or the text: no token, or punctuation other than a hyphen.
    @inline(__always) func isBoundary(_ i: Int) -> Bool {
        guard valid(i) else { return true }
        let token = tokens[i]
        if token.kind != .symbol { return false }
        let h = token.hash
        return h == W.period || h == W.comma || h == W.exclamation || h == W.question || h == W.semicolon
            || h == W.closeParen || h == W.colon || h == W.quote || h == W.rightDoubleQuote
    }

    /// The text of tokens `first..<end`.
    func text(_ first: Int, _ end: Int) -> String {
        text(from: Int(tokens[first].start), to: Int(tokens[end - 1].end))
    }

    /// The digits of token `i` read as a number.
    @inline(__always) func literal(_ i: Int) -> NumericLiteral {
        if let last = lastLiteral, last.token == i { return last.literal }
        let token = tokens[i]
        // Most numbers are digits only, which the tokenizer has marked: no need to look for separators; the
        // others try the common shapes first.
        let start = Int(token.start)
        let end = Int(token.end)
        let literal =
            !config.fastPaths
            ? NumericLiteral(bytes, start: start, end: end)
            : token.flags & ScanToken.plainDigits != 0
                ? NumericLiteral(digits: bytes, start: start, end: end)
                : NumericLiteral(separated: bytes, start: start, end: end)
        lastLiteral = (i, literal)
        return literal
    }

    /// The text of bytes `start..<end`.
    ///
    /// Built in place: a mention's text is nearly always under 16 ASCII bytes, which this initialiser stores
    /// inline without validating them (`String(decoding:as:)` checked every byte first, at about twice the cost).
    func text(from start: Int, to end: Int) -> String {
        guard start < end, let base = bytes.baseAddress else { return "" }
        let source = base + start
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            buffer.baseAddress!.update(from: source, count: end - start)
            return end - start
        }
    }

    /// The lower-cased text of one token.
    func lowerText(_ i: Int) -> String {
        let token = tokens[i]
        let start = Int(token.start)
        let length = Int(token.end) - start
        return String(unsafeUninitializedCapacity: length) { out in
            for k in 0..<length {
                let byte = bytes[start + k]
                out[k] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            }
            return length
        }
    }

    /// Whether the token is all digits (no separators).
    @inline(__always) func digitsOnly(_ i: Int) -> Bool {
        valid(i) && tokens[i].flags & ScanToken.plainDigits != 0
    }

    /// The value of a token of digits only, with its digit count.
    @inline(__always) func smallInteger(_ i: Int) -> (value: Int, digits: Int)? {
        guard digitsOnly(i) else { return nil }
        let token = tokens[i]
        let length = Int(token.end - token.start)
        guard length <= 9 else { return nil }
        var value = 0
        for k in Int(token.start)..<Int(token.end) { value = value * 10 + Int(bytes[k] - 48) }
        return (value, length)
    }

    // MARK: - Emitting

    /// Adds a mention covering tokens `first..<end`.
    func emit(
        _ first: Int, _ end: Int, _ kind: NumberMention.Kind, value: consuming NumberMention.Value? = nil,
        low: Double? = nil, high: Double? = nil, currency: consuming String? = nil, unit: consuming String? = nil,
        counts: consuming String? = nil, marker: consuming String? = nil
    ) {
        guard first < end else { return }
        // Overflowing exponents ("9^999") read as infinity: not a number worth reporting.
        if case .number(let number)? = value, !number.isFinite { return }
        if let low, !low.isFinite { return }
        if let high, !high.isFinite { return }
        let range = TextRange(start: Int(tokens[first].start), end: Int(tokens[end - 1].end))
        if lastMentionEnd > range.start { return }
        if !config.spelledOut && !(first..<end).contains(where: { tokens[$0].kind == .number }) { return }
        lastMentionEnd = range.end
        mentions.append(
            range: range, text: text(first, end), kind: kind, value: value, low: low, high: high,
            currency: currency, unit: unit, counts: counts, marker: marker)
    }
}
