/// Telling at once that nothing after a number extends it.
extension MentionScanner {
    /// Whether the token at `k`, right after a number, can make it a time, a ratio, a percentage, money, a
    /// quantity or a range (`timeOfDay` ... `orMore`): a word or symbol with a lexicon entry (units and
    /// currencies are phrases of the lexicon), or one of the words and marks those patterns compare with.
    /// A digit token or the end of the text cannot.
    @inline(__always) func mayExtend(_ k: Int) -> Bool {
        guard valid(k) else { return false }
        let token = tokens[k]
        if token.entry >= 0 { return true }
        if token.kind == .number { return false }
        return MentionScanner.extenders.contains(token.hash)
    }

    /// The hashes `mayExtend` looks for: every word and mark that `timeOfDay`, `ratio`, `percent`,
    /// `moneyAfter`, `quantity`, `rangeAfter` and `orMore` compare the token after a number with.
    static let extenders = HashSet([
        W.am, W.pm, W.amDots, W.pmDots,  // timeOfDay
        W.over, W.out, W.in,  // ratio
        W.percentSign, W.percent, W.percents, W.pct, W.percentage, W.per,  // percent
        W.hyphen, W.enDash, W.emDash, W.tilde, W.to, W.through, W.thru,  // moneyAfter, quantity, rangeAfter
        W.or, W.and,  // orMore
    ])
}

/// A small set of word hashes, read without hashing them again (a `Set<UInt64>` ran SipHash on each lookup).
final class HashSet: Sendable {
    /// Open addressing; 0 marks an empty slot (no word hashes to 0).
    private let keys: [UInt64]
    private let mask: Int

    init(_ members: [UInt64]) {
        var size = 16
        while size < members.count * 4 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        for member in members where member != 0 {
            var slot = HashSet.firstSlot(member, mask: size - 1)
            while keys[slot] != 0 && keys[slot] != member { slot = (slot + 1) & (size - 1) }
            keys[slot] = member
        }
        self.keys = keys
        mask = size - 1
    }

    /// Where the probe for a hash starts: its top bits (the hashes are well mixed).
    @inline(__always) static func firstSlot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash &>> 40) & mask
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        var slot = HashSet.firstSlot(hash, mask: mask)
        while true {
            let key = keys[slot]
            if key == hash { return hash != 0 }
            if key == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
