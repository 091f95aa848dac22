extension NameTokenizer {
    /// Writes the run of plain words that starts at `start`, right after a space: whole words of ASCII letters
    /// and digits, each after one space. Returns where the run stopped and whether a space is right before that
    /// position; the tokenizer's loop takes the text on from there.
    ///
    /// Most tokens of prose are such words, and none of them starts a sentence unless it starts at or after
    /// ``TokenObserver/quietBefore``, where the run stops: so the observer hears only of the words to look up
    /// (``TokenObserver/gather(_:)``). A lower-case word (most of them) needs no more than its bounds and key,
    /// its shape is known: it is scanned with a class test of its own (lower-case letters and digits), in one
    /// eight-byte block for most. A capitalised word takes the general word scan (``ASCIIWord``). The run stops
    /// at anything else (a digit or a mark first, a word in mixed case or that goes on past its ASCII run, fewer
    /// than eight bytes left) and leaves it to the loop, which makes the same tokens there.
    @inline(__always)
    static func scanPlainWords<Observer: TokenObserver>(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout UnsafeMutablePointer<NameToken>,
        output: UnsafeMutablePointer<NameToken>, end outEnd: UnsafeMutablePointer<NameToken>,
        observer: inout Observer
    ) -> (next: Int, spaceBefore: Bool) {
        let n = bytes.count
        let limit = observer.quietBefore
        var i = start
        while i &+ 8 <= n && i < limit && out < outEnd {
            var block = ASCIIBlock(bytes, at: i)
            let first = UInt8(truncatingIfNeeded: block.word)
            guard first &- 0x61 < 26 else {
                // A capitalised word: its facts are looked up.
                guard first &- 0x41 < 26 else { break }
                let word = ASCIIWord(bytes, from: i)
                guard word.isWhole else { break }
                out.initialize(
                    to: NameToken(
                        start: i, end: word.end, key: word.key, headEnd: word.end, kind: .word,
                        shape: word.shape.union(.spaceBefore), mark: 0))
                observer.gather(index(of: out, in: output))
                out += 1
                guard word.next == 0x20 else { return (word.end, false) }
                i = word.end &+ 1
                continue
            }
            // Whole blocks of lower-case letters and digits: hashed as they are (they are their own folded form).
            var stops = block.lowercaseStops
            var hash = NameKey.seed
            var j = i
            while stops == 0 {
                hash = NameKey.step(hash, block.word)
                j &+= 8
                guard j &+ 8 <= n else { return (i, true) }
                block = ASCIIBlock(bytes, at: j)
                stops = block.lowercaseStops
            }
            let bits = UInt64(truncatingIfNeeded: stops.trailingZeroBitCount) & 0x38
            let next = UInt8(truncatingIfNeeded: block.word &>> bits)
            // The byte after the run ends the word (as in ``ASCIIWord/isWhole``: not & ' - . or a byte >= 0x80),
            // and is no capital (the word would go on in mixed case).
            let whole =
                next < 0x80 && (next >= 0x40 || (0x60C0_0000_0000 as UInt64) &>> next & 1 == 0) && next &- 0x41 >= 26
            guard whole else { break }
            let end = j &+ Int(truncatingIfNeeded: bits &>> 3)
            out.initialize(
                to: NameToken(
                    start: i, end: end, key: NameKey.Builder.finish(hash, block.word & ((1 &<< bits) &- 1)),
                    headEnd: end, kind: .word, shape: [.hasLetter, .lowercase, .spaceBefore], mark: 0))
            out += 1
            guard next == 0x20 else { return (end, false) }
            i = end &+ 1
        }
        return (i, true)
    }
}
