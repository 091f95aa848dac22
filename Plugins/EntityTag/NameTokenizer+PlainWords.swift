extension NameTokenizer {
    /// Writes the run of plain words that starts at `start`, right after a space: whole words of ASCII letters
    /// and digits, each after one space. Returns where the run stopped and whether a space is right before that
    /// position; the tokenizer's loop takes the text on from there.
    ///
    /// Most tokens of prose are such words, and none of them starts a sentence unless it starts at or after
    /// ``TokenObserver/quietBefore``, where the run stops: so the observer hears only of the words to look up
    /// (``TokenObserver/gather(_:inCapitals:)``). A lower-case word (most of them) needs no more than its bounds and key,
    /// its shape is known: it is scanned with a class test of its own (lower-case letters and digits), in one
    /// eight-byte block for most. A capitalised word takes the general word scan (``ASCIIWord``), a number the
    /// number scan, and is counted (``TokenObserver/sawNumber()``). The run stops at anything else (a digit or a mark first, a word in mixed case or that goes on past its ASCII run, fewer
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
                if first &- 0x30 < 10 {
                    // A number after a space: it only counts for its sentence.
                    var token = scanNumber(bytes, from: i)
                    token.shape.formUnion(.spaceBefore)
                    out.initialize(to: token)
                    out += 1
                    observer.sawNumber()
                    let after = takeMark(bytes, after: token.end, into: &out, end: outEnd, quietBefore: limit)
                    guard after.spaceAfter else { return (after.next, false) }
                    i = after.next &+ 1
                    continue
                }
                // A capitalised word: its facts are looked up.
                guard first &- 0x41 < 26 else { break }
                let word = ASCIIWord(bytes, from: i)
                guard word.isWhole || endsAtPeriod(bytes, word.end) else { break }
                out.initialize(
                    to: NameToken(
                        start: i, end: word.end, key: word.key, headEnd: word.end, kind: .word,
                        shape: word.shape.union(.spaceBefore), mark: 0))
                observer.gather(index(of: out, in: output), inCapitals: word.lower == 0 && word.end &- i > 1)
                out += 1
                let after = takeMark(bytes, after: word.end, into: &out, end: outEnd, quietBefore: limit)
                guard after.spaceAfter else { return (after.next, false) }
                i = after.next &+ 1
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
            let end = j &+ Int(truncatingIfNeeded: bits &>> 3)
            guard whole || endsAtPeriod(bytes, end) else { break }
            out.initialize(
                to: NameToken(
                    start: i, end: end, key: NameKey.Builder.finish(hash, block.word & ((1 &<< bits) &- 1)),
                    headEnd: end, kind: .word, shape: [.hasLetter, .lowercase, .spaceBefore], mark: 0))
            out += 1
            let after = takeMark(bytes, after: end, into: &out, end: outEnd, quietBefore: limit)
            guard after.spaceAfter else { return (after.next, false) }
            i = after.next &+ 1
        }
        return (i, true)
    }

    /// Whether a word of ASCII letters and digits that ends at `end`, before a ".", is whole there: the period
    /// joins it only in an initialism ("U.S.": a letter and another period follow), so not when an ASCII byte
    /// other than a letter follows it (see `scanWordRest`).
    @inline(__always)
    private static func endsAtPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end &+ 1 < bytes.count, bytes[end] == 0x2E else { return false }
        let after = bytes[end &+ 1]
        return after < 0x80 && (after | 0x20) &- 0x61 >= 26
    }

    /// After a plain word or number that ends at `end`: takes the space after it, or a mark that neither starts
    /// nor opens a sentence (, . ; ) ? !) and the space after that, as the tokenizer's loop would (such a mark is
    /// not reported to the observer before `limit`). Returns the position of the space (`spaceAfter`) or of
    /// the next byte for the loop.
    @inline(__always)
    private static func takeMark(
        _ bytes: UnsafeBufferPointer<UInt8>, after end: Int, into out: inout UnsafeMutablePointer<NameToken>,
        end outEnd: UnsafeMutablePointer<NameToken>, quietBefore limit: Int
    ) -> (next: Int, spaceAfter: Bool) {
        guard end < bytes.count else { return (end, false) }
        let mark = bytes[end]
        if mark == 0x20 { return (end, true) }
        // , . ; ) ? ! (bits 0x2C, 0x2E, 0x3B, 0x29, 0x3F, 0x21).
        let marks: UInt64 = 1 << 0x2C | 1 << 0x2E | 1 << 0x3B | 1 << 0x29 | 1 << 0x3F | 1 << 0x21
        guard mark < 0x40, marks &>> mark & 1 != 0, end < limit, out < outEnd else { return (end, false) }
        out.initialize(
            to: NameToken(
                start: end, end: end &+ 1, key: 0, headEnd: end &+ 1, kind: .punctuation, shape: [], mark: mark))
        out += 1
        let next = end &+ 1
        return (next, next < bytes.count && bytes[next] == 0x20)
    }
}
