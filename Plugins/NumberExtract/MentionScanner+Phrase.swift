/// Table phrases (units, currencies) matched at a token.
extension MentionScanner {
    /// A phrase from `entry.after` or `entry.before` that matches at token `k`, with its end.
    ///
    /// The answer names the phrase by index (`meaning` reads what it means): a match carrying the meaning's
    /// strings was copied and destroyed at each call (and, as an optional tuple, destroyed through the
    /// runtime's generic tuple metadata). The last answer is kept: `moneyAfter` and `quantity` ask about the
    /// same token in turn.
    func matchPhrase(_ k: Int, before: Bool) -> PhraseMatch? {
        if k == lastPhraseToken && before == lastPhraseBefore { return lastPhrase }
        let match = findPhrase(k, before: before)
        lastPhraseToken = k
        lastPhraseBefore = before
        lastPhrase = match
        return match
    }

    private func findPhrase(_ k: Int, before: Bool) -> PhraseMatch? {
        guard valid(k) else { return nil }
        let slot = Int(tokens[k].entry)
        guard slot >= 0 else { return nil }
        // Most words after a number start no phrase: answer from the entry before touching the phrase lists.
        let entry = lexicon.entries[slot]
        guard before ? entry.hasBefore : entry.hasAfter else { return nil }
        let phrases = before ? lexicon.before[slot] : lexicon.after[slot]
        for p in phrases.indices {
            let end = phraseEnd(phrases[p].rest, from: k + 1)
            if end >= 0 {
                return PhraseMatch(
                    slot: Int32(slot), index: Int32(p), before: before, end: end, attachedOnly: phrases[p].attachedOnly)
            }
        }
        return nil
    }

    /// What a matched phrase means.
    func meaning(_ match: PhraseMatch) -> PhraseMeaning {
        let slot = Int(match.slot)
        let index = Int(match.index)
        return match.before ? lexicon.before[slot][index].meaning : lexicon.after[slot][index].meaning
    }

    /// Where the words `rest` end when they stand from token `k` on, or -1.
    @inline(__always) private func phraseEnd(_ rest: [UInt64], from k: Int) -> Int {
        var index = k
        for word in rest {
            if hash(index) != word { return -1 }
            index += 1
        }
        return index
    }
}

/// A table phrase found in the text (see `MentionScanner.matchPhrase`): which phrase, and the token after it.
struct PhraseMatch {
    /// The lexicon entry of the phrase's first word, and the phrase's place in its `before` or `after` list.
    var slot: Int32
    var index: Int32
    var before: Bool
    /// One past the phrase's last token.
    var end: Int
    /// The phrase counts only when attached to the number (`48m`).
    var attachedOnly: Bool
}
