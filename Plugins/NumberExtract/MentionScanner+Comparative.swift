/// Finding a comparative phrase ("more than", "up to", ">=") at a token.
extension MentionScanner {
    /// The comparative phrases grouped by first word, in flat arrays (a class, so a lookup retains one object
    /// rather than copying four arrays).
    ///
    /// Comparative words are common ("at", "as", "no", "not", "in", "over"), and most start no phrase; a
    /// `Dictionary` keyed by the first word's hash cost a SipHash of the key for each of them.
    final class ComparativeTable: Sendable {
        /// Open addressing by the first word's hash; 0 marks an empty slot.
        let keys: [UInt64]
        /// By slot, the phrases in `phrases` that start with the slot's word, longest first.
        let groups: [Range<Int>]
        /// Each phrase's words after the first, as ranges of `words`, and the side of a range it gives.
        let phrases: [(words: Range<Int>, side: Side)]
        let words: [UInt64]
        let mask: Int

        /// Groups `comparatives` (already longest first) by first word, keeping their order.
        init(_ comparatives: [(words: [UInt64], side: Side)]) {
            var firstWords: [UInt64] = []
            var byFirst: [UInt64: [(words: [UInt64], side: Side)]] = [:]
            for phrase in comparatives {
                if byFirst[phrase.words[0]] == nil { firstWords.append(phrase.words[0]) }
                byFirst[phrase.words[0], default: []].append(phrase)
            }
            var size = 16
            while size < firstWords.count * 4 { size *= 2 }
            var keys = [UInt64](repeating: 0, count: size)
            var groups = [Range<Int>](repeating: 0..<0, count: size)
            var phrases: [(words: Range<Int>, side: Side)] = []
            var words: [UInt64] = []
            for first in firstWords {
                var slot = ComparativeTable.firstSlot(first, mask: size - 1)
                while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
                keys[slot] = first
                let start = phrases.count
                for phrase in byFirst[first]! {
                    let wordStart = words.count
                    words.append(contentsOf: phrase.words.dropFirst())
                    phrases.append((wordStart..<words.count, phrase.side))
                }
                groups[slot] = start..<phrases.count
            }
            self.keys = keys
            self.groups = groups
            self.phrases = phrases
            self.words = words
            mask = size - 1
        }

        @inline(__always) static func firstSlot(_ hash: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: hash &>> 40) & mask
        }

        /// The slot of `hash`, or -1.
        @inline(__always) func slot(_ hash: UInt64) -> Int {
            var slot = ComparativeTable.firstSlot(hash, mask: mask)
            while true {
                let key = keys[slot]
                if key == hash { return slot }
                if key == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    static let comparativeTable = ComparativeTable(comparatives)

    /// The comparative phrase at `i`, with its end.
    func comparative(at i: Int) -> (side: Side, end: Int)? {
        let h = hash(i)
        guard h != 0 else { return nil }
        let table = MentionScanner.comparativeTable
        let slot = table.slot(h)
        guard slot >= 0 else { return nil }
        phrases: for p in table.groups[slot] {
            let phrase = table.phrases[p]
            var k = i + 1
            for w in phrase.words {
                if hash(k) != table.words[w] { continue phrases }
                k += 1
            }
            return (phrase.side, k)
        }
        return nil
    }
}
