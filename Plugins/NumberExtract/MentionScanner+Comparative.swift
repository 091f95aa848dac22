/// Finding a comparative phrase ("more than", "up to", ">=") at a token.
extension MentionScanner {
    /// The comparative phrases in flat arrays, found by their first two words (a class, so a lookup retains one
    /// object rather than copying the arrays).
    ///
    /// Comparative words are common ("at", "as", "no", "not", "in", "over"), and most start no phrase where they
    /// stand: a `Dictionary` keyed by the first word cost a SipHash of the key, and then every phrase starting with
    /// that word ("not" starts thirteen) was compared. Keyed by the first two words, a lookup nearly always ends
    /// at an empty slot.
    final class ComparativeTable: Sendable {
        /// Open addressing by the first two words' hashes (0 for the second of a one-word phrase); a first word
        /// of 0 marks an empty slot.
        let firstWords: [UInt64]
        let secondWords: [UInt64]
        /// By slot, the phrases in `phrases` that start with the slot's words, longest first.
        let groups: [Range<Int>]
        /// Each phrase's words after the first two, as ranges of `words`, and the side of a range it gives.
        let phrases: [(words: Range<Int>, side: Side)]
        let words: [UInt64]
        let mask: Int

        /// Groups `comparatives` (longest first) by their first two words, keeping their order.
        init(_ comparatives: [(words: [UInt64], side: Side)]) {
            var keys: [Key] = []
            var byKey: [Key: [(words: [UInt64], side: Side)]] = [:]
            for phrase in comparatives {
                let key = Key(first: phrase.words[0], second: phrase.words.count > 1 ? phrase.words[1] : 0)
                if byKey[key] == nil { keys.append(key) }
                byKey[key, default: []].append(phrase)
            }
            var size = 16
            while size < keys.count * 4 { size *= 2 }
            var firstWords = [UInt64](repeating: 0, count: size)
            var secondWords = [UInt64](repeating: 0, count: size)
            var groups = [Range<Int>](repeating: 0..<0, count: size)
            var phrases: [(words: Range<Int>, side: Side)] = []
            var words: [UInt64] = []
            for key in keys {
                var slot = ComparativeTable.firstSlot(key.first, key.second, mask: size - 1)
                while firstWords[slot] != 0 { slot = (slot + 1) & (size - 1) }
                firstWords[slot] = key.first
                secondWords[slot] = key.second
                let start = phrases.count
                for phrase in byKey[key]! {
                    let wordStart = words.count
                    words.append(contentsOf: phrase.words.dropFirst(2))
                    phrases.append((wordStart..<words.count, phrase.side))
                }
                groups[slot] = start..<phrases.count
            }
            self.firstWords = firstWords
            self.secondWords = secondWords
            self.groups = groups
            self.phrases = phrases
            self.words = words
            mask = size - 1
        }

        private struct Key: Hashable {
            var first: UInt64
            var second: UInt64
        }

        @inline(__always) static func firstSlot(_ first: UInt64, _ second: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: (first &+ second &* 0x9E37_79B9) &>> 40) & mask
        }

        /// The slot of the phrases starting with `first`, `second` (0: one-word phrases), or -1.
        @inline(__always) func slot(_ first: UInt64, _ second: UInt64) -> Int {
            var slot = ComparativeTable.firstSlot(first, second, mask: mask)
            while true {
                let key = firstWords[slot]
                if key == first && secondWords[slot] == second { return slot }
                if key == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    static let comparativeTable = ComparativeTable(comparatives)

    /// The comparative phrase at `i`, with its end: the first in `comparatives` (longest first) whose words stand
    /// there.
    func comparative(at i: Int) -> (side: Side, end: Int)? {
        let first = hash(i)
        guard first != 0 else { return nil }
        let table = MentionScanner.comparativeTable
        // Phrases of two words or more (all longer than those of one word, so tried first).
        let second = hash(i + 1)
        if second != 0 {
            let slot = table.slot(first, second)
            if slot >= 0 {
                phrases: for p in table.groups[slot] {
                    let phrase = table.phrases[p]
                    var k = i + 2
                    for w in phrase.words {
                        if hash(k) != table.words[w] { continue phrases }
                        k += 1
                    }
                    return (phrase.side, k)
                }
            }
        }
        let slot = table.slot(first, 0)
        guard slot >= 0, let p = table.groups[slot].first else { return nil }
        return (table.phrases[p].side, i + 1)
    }
}
