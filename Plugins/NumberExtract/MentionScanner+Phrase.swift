/// Table phrases (units, currencies) matched at a token.
extension MentionScanner {
    /// A phrase from `entry.after` or `entry.before` that matches at token `k`, with its end.
    ///
    /// The answer is a named struct, not a tuple: an optional tuple holding a `PhraseMeaning` was destroyed
    /// through the runtime's generic tuple metadata (instantiated per call), about 180 instructions each time.
    func matchPhrase(_ k: Int, before: Bool) -> PhraseMatch? {
        guard valid(k) else { return nil }
        let slot = Int(tokens[k].entry)
        guard slot >= 0 else { return nil }
        // Most words after a number start no phrase: answer from the entry before touching the phrase lists.
        let entry = lexicon.entries[slot]
        guard before ? entry.hasBefore : entry.hasAfter else { return nil }
        let phrases = before ? lexicon.before[slot] : lexicon.after[slot]
        // By index, so only the phrase that matches is copied out.
        for p in phrases.indices {
            let end = phraseEnd(phrases[p].rest, from: k + 1)
            if end >= 0 {
                return PhraseMatch(meaning: phrases[p].meaning, end: end, attachedOnly: phrases[p].attachedOnly)
            }
        }
        return nil
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

/// A table phrase found in the text (see `MentionScanner.matchPhrase`): what it means and the token after it.
struct PhraseMatch {
    var meaning: PhraseMeaning
    /// One past the phrase's last token.
    var end: Int
    /// The phrase counts only when attached to the number (`48m`).
    var attachedOnly: Bool
}
