import TextPipeCore

/// Sentences for the tagger: which tokens start one, and what each sentence looks like as a whole.
extension TaggingPass {
    /// Looks up the gazetteer facts of every word with a capital, gathered by the tokenizer (``SentenceMarks``):
    /// the rules ask about those again and again, and seldom about other tokens (see `facts(_:)`). They are
    /// fetched all together (``NameTable/fillFacts(_:at:)``): the lookups often miss the cache, and a batch keeps
    /// many misses in flight.
    func fillFacts() {
        let tables = self.tables
        let (lookups, scratch) = (storage.lookups, storage.scratch)
        tokens.withUnsafeMutableBufferPointer { tokens in
            tables.gazetteer.fillFacts(tokens, at: UnsafeBufferPointer(lookups), scratch: scratch)
        }
    }

    /// What one sentence looks like as a whole: enough to tell a headline in capitals and a line of results
    /// from prose. `longWords` is counted only when there are capitals (see `TaggingPass.sentenceShape(_:_:)`);
    /// `words`, `lowercaseWords` and `versus` only when ``isScoreLine(capitals:mentions:)`` needs them (see
    /// `TaggingPass.isScoreLine(_:_:capitals:mentions:)`), and stay 0 otherwise.
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

    /// What sentence `k` (tokens `span`) looks like: its numbers and words in capitals, from the running totals
    /// the tokenizer kept (``SentenceMarks``), and its long words, counted only when it has a word in capitals:
    /// without one it is no line of capitals (``SentenceShape/isCapitals(tokenCount:)``) whatever that count,
    /// and no other test reads it.
    @inline(__always)
    func sentenceShape(_ k: Int, _ span: Range<Int>) -> SentenceShape {
        let (before, after) = (storage.totalsBefore[k], storage.totalsBefore[k + 1])
        var shape = SentenceShape()
        shape.capitalWords = after.capitalWords &- before.capitalWords
        shape.numbers = after.numbers &- before.numbers
        if shape.capitalWords > 0 { shape.longWords = longWords(span) }
        return shape
    }

    /// The words of more than one letter in tokens `span`.
    private func longWords(_ span: Range<Int>) -> UInt32 {
        precondition(span.lowerBound >= 0 && span.upperBound <= tokens.count, "token range out of bounds")
        return tokens.withUnsafeBufferPointer { tokens in
            var count: UInt32 = 0
            for t in span where tokens[t].kind == .word && tokens[t].length > 1 { count &+= 1 }
            return count
        }
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
