import TextPipeCore

/// Sentences for the tagger: which tokens start one, and what each sentence looks like as a whole.
extension TaggingPass {
    /// Prepares the tokens for the rules in one pass: marks the first token of every sentence and line,
    /// groups tokens into sentences, and looks up the gazetteer facts of every word with a capital (the rules
    /// ask about those again and again, and seldom about other tokens; see `facts(_:)`). What each sentence
    /// looks like (``SentenceShape``) is counted when the rules come to it.
    ///
    /// A sentence of the layer starts at its first token; a token after a line break starts one too. The
    /// sentences are walked with the tokens, in order (the layer is in text order). The walk also gathers the
    /// words to look up, and their facts are then fetched all together (``NameTable/fillFacts(_:at:)``): the
    /// lookups often miss the cache, and a batch keeps many misses in flight.
    mutating func prepare(sentences: [TextRange]?) {
        let count = tokens.count
        guard count > 0 else { return }
        let sentences = sentences ?? []
        let bytes = self.bytes
        let tables = self.tables
        let sentenceStarts = storage.sentenceStarts
        let lookups = storage.lookups
        var spanCount = 1
        tokens.withUnsafeMutableBufferPointer { tokens in
            var s = 0
            sentenceStarts[0] = 0
            tokens[0].sentenceStart = true
            lookups[0] = 0
            var selected = Self.hasCachedFacts(tokens[0]) ? 1 : 0
            while s < sentences.count && sentences[s].start <= tokens[0].start { s += 1 }
            var nextSentence = s < sentences.count ? sentences[s].start : Int.max
            var afterQuote = Self.opensSentence(tokens[0], bytes)
            for t in 1..<count {
                let token = tokens[t]
                // Gathered without a branch: the shapes of prose follow no pattern.
                lookups[selected] = UInt32(truncatingIfNeeded: t)
                selected &+= Self.hasCachedFacts(token) ? 1 : 0
                var starts = token.shape.contains(.lineBreakBefore)
                if token.start >= nextSentence {
                    starts = true
                    while s < sentences.count && sentences[s].start <= token.start { s += 1 }
                    nextSentence = s < sentences.count ? sentences[s].start : Int.max
                }
                if starts {
                    // At most one start per token: `spanCount < count` here.
                    sentenceStarts[spanCount] = UInt32(truncatingIfNeeded: t)
                    spanCount &+= 1
                }
                // After an opening quote or a colon, a capital starts a sentence too.
                if starts || afterQuote { tokens[t].sentenceStart = true }
                afterQuote = Self.opensSentence(token, bytes)
            }
            sentenceStarts[spanCount] = UInt32(truncatingIfNeeded: count)
            tables.gazetteer.fillFacts(tokens, at: UnsafeMutableBufferPointer(rebasing: lookups[0..<selected]))
        }
        sentenceCount = spanCount
    }

    /// A straight or opening quote or a colon: the token after it starts a sentence.
    @inline(__always)
    private static func opensSentence(_ token: NameToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        return token.mark == UInt8(ascii: "\"") || token.mark == UInt8(ascii: ":") || isOpeningQuote(token, bytes)
    }

    /// “ or ‘.
    private static func isOpeningQuote(_ token: NameToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.mark == 0xE2 && token.length == 3 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x9C || bytes[token.start + 2] == 0x98)
    }

    /// What one sentence looks like as a whole: enough to tell a headline in capitals and a line of results
    /// from prose. `words`, `lowercaseWords` and `versus` are counted only when ``isScoreLine(capitals:mentions:)``
    /// needs them (see `TaggingPass.isScoreLine(_:_:capitals:mentions:)`), and stay 0 otherwise.
    struct SentenceShape {
        /// Words of more than one letter, and how many of those are all capitals.
        var longWords: UInt32 = 0
        var capitalWords: UInt32 = 0
        var words: UInt32 = 0
        var lowercaseWords: UInt32 = 0
        /// Numbers that stand alone ("1996-08-30" counts once, however the tokenizer splits it).
        var numbers: UInt32 = 0
        /// Has "at" or "v" ("CLEVELAND AT TEXAS").
        var versus = false

        /// A headline or dateline in capitals: most of its words are all upper case.
        func isCapitals(tokenCount: Int) -> Bool {
            guard longWords > 0 else { return false }
            if longWords == 1 { return capitalWords == 1 && tokenCount <= 3 }
            return capitalWords * 4 >= longWords * 3
        }

        /// A line of results or standings ("Leeds 2 Everton 1", "BALTIMORE 71 63 .530 4", "CLEVELAND AT
        /// TEXAS"): numbers and names with hardly a lower-case word. `mentions` is the number of mentions found
        /// in it.
        /// Whether ``isScoreLine(capitals:mentions:)`` can be true: it cannot when this is false, whatever the
        /// counts of words, lower-case words and "at"/"v" are.
        func mayBeScoreLine(capitals: Bool, mentions: Int) -> Bool {
            (capitals && numbers == 0) || numbers >= 2 || (numbers == 1 && mentions >= 2)
        }

        func isScoreLine(capitals: Bool, mentions: Int) -> Bool {
            if capitals, versus, words <= 6, numbers == 0 { return true }
            // A dateline ("LONDON 1996-08-30") has one name and one number.
            guard numbers >= 2 || (numbers == 1 && mentions >= 2) else { return false }
            return lowercaseWords <= 2 && lowercaseWords * 4 < words
        }
    }

    /// Counts the long words, capitals and numbers of one sentence. The counts are added as 0/1 bits rather than
    /// under conditions: the token kinds of prose follow no pattern a branch predictor could learn.
    func sentenceShape(_ span: Range<Int>) -> SentenceShape {
        var shape = SentenceShape()
        tokens.withUnsafeBufferPointer { tokens in
            var first: UInt32 = 1
            for t in span {
                let token = tokens[t]
                let bits = UInt32(token.shape.rawValue)
                let word: UInt32 = token.kind == .word ? 1 : 0
                let number: UInt32 = token.kind == .number ? 1 : 0
                let long: UInt32 = token.length > 1 ? word : 0
                // Shape bits: 1 all capitals, 8 space before (see ``NameToken/Shape``).
                shape.numbers &+= number & ((bits >> 8) | first) & 1
                shape.longWords &+= long
                shape.capitalWords &+= long & (bits >> 1) & 1
                first = 0
            }
        }
        return shape
    }

    /// Whether sentence `span`, of shape `shape` (``sentenceShape(_:)``), is a line of results with `mentions`
    /// mentions (``SentenceShape/isScoreLine(capitals:mentions:)``).
    ///
    /// The counts only that test reads (words, lower-case words, "at"/"v") take a second walk over the sentence,
    /// made only when the answer depends on them: many sentences of news have a number, few are score lines.
    func isScoreLine(_ shape: SentenceShape, _ span: Range<Int>, capitals: Bool, mentions: Int) -> Bool {
        guard shape.mayBeScoreLine(capitals: capitals, mentions: mentions) else { return false }
        precondition(span.lowerBound >= 0 && span.upperBound <= tokens.count, "token range out of bounds")
        var shape = shape
        tokens.withUnsafeBufferPointer { tokens in
            let (at, versus) = (cues.at, cues.versus)
            var anyVersus: UInt32 = 0
            for t in span {
                let token = tokens[t]
                let word: UInt32 = token.kind == .word ? 1 : 0
                let cue: UInt32 = token.key == at ? 1 : (token.key == versus ? 1 : 0)
                // Shape bit 2: lower case.
                shape.words &+= word
                shape.lowercaseWords &+= word & (UInt32(token.shape.rawValue) >> 2) & 1
                anyVersus |= word & cue
            }
            shape.versus = anyVersus != 0
        }
        return shape.isScoreLine(capitals: capitals, mentions: mentions)
    }
}
