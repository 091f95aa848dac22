/// Capitals, read from a token's bytes when a pattern asks.
///
/// A handful of patterns care whether a word is capitalised ("May" the month, "M" for millions); computing
/// that for every word of the text in the tokenizer cost more than reading the bytes of the few that are
/// asked about.
extension MentionScanner {
    /// Whether token `k` starts with an ASCII capital (never true of digits or symbols).
    @inline(__always) func capitalised(_ k: Int) -> Bool {
        bytes[Int(tokens[k].start)] &- 65 < 26
    }

    /// Whether token `k` starts with an ASCII capital and has no ASCII lower-case letter after it ("UN",
    /// "M", "KM").
    func allCapitals(_ k: Int) -> Bool {
        guard capitalised(k) else { return false }
        let end = Int(tokens[k].end)
        var i = Int(tokens[k].start) + 1
        while i < end {
            if bytes[i] &- 97 < 26 { return false }
            i += 1
        }
        return true
    }
}
