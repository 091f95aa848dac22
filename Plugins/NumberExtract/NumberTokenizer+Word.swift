/// Words: the SWAR fast path for ASCII letters and the byte-by-byte rest.
extension NumberTokenizer {
    /// Reads a word starting at `start`: letters (ASCII or not), inner apostrophes, single-letter initialisms
    /// with dots (`p.m.`, `u.s.`), then any digits that follow (`km2`).
    ///
    /// Nearly every word of running text is ASCII letters ended by a space or punctuation: those are read,
    /// hashed and written here eight bytes at a time, with no per-byte loop. Any other word (an apostrophe, a
    /// dot, digits or another script after its letters, or the last eight bytes of the text) is read again
    /// from its start by `scanGeneralWord`.
    @inline(__always) static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, flags: UInt8, tables: TokenizerTables,
        into tokens: inout TokenWriter
    ) -> Int {
        let count = bytes.count
        let base = bytes.baseAddress.unsafelyUnwrapped
        var i = start
        var state = WordHasher.seed
        while i &+ 8 <= count {
            let raw = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let folded = raw | 0x2020_2020_2020_2020
            let others = ~asciiLetterMask(folded) & 0x8080_8080_8080_8080
            if others == 0 {
                state = WordHasher.mix(state ^ folded)
                i &+= 8
                continue
            }
            let run = others.trailingZeroBitCount &>> 3
            let end = i &+ run
            guard endsPlainWord(base[end], length: end &- start) else { break }
            let inWord = (1 &<< UInt64(truncatingIfNeeded: run &<< 3)) &- 1
            let hash = WordHasher.finish(state: state, pending: folded & inWord, length: end &- start)
            appendWord(start: start, end: end, flags: flags, hash: hash, tables: tables, into: &tokens)
            return end
        }
        return scanGeneralWord(bytes, from: start, flags: flags, tables: tables, into: &tokens)
    }

    /// Whether `byte`, just after a run of `length` ASCII letters, ends a plain word: ASCII, not a digit (which
    /// joins the word), not an apostrophe (which may continue it), and not a dot after a single letter (which
    /// may start an initialism, `p.m.`). A dot after two letters or more ends the word, as `scanWordTail` finds.
    @inline(__always) static func endsPlainWord(_ byte: UInt8, length: Int) -> Bool {
        // Bits 39 (') and 48-57 (digits); bit 46 (.) only after one letter.
        let continuing: UInt64 = 1 << 39 | 0x3FF << 48 | (length == 1 ? 1 << 46 : 0)
        return byte < 0x80 && (byte >= 64 || (continuing &>> UInt64(byte)) & 1 == 0)
    }

    /// Looks a word up and writes its token.
    @inline(__always) static func appendWord(
        start: Int, end: Int, flags: UInt8, hash: UInt64, tables: TokenizerTables,
        into tokens: inout TokenWriter
    ) {
        // Entry and flags read for every word (no entry has no flags): whether a word has an entry is
        // unpredictable.
        let found = tables.lookup(hash)
        let facts = found.flags
        tokens.append(
            ScanToken(
                start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: .word,
                flags: flags | facts & Lexicon.numberWordFlag, hash: hash, entry: found.entry),
            anchor: facts & Lexicon.triggerFlag != 0)
    }

    /// Reads any word (see `scanWord`), with the byte-by-byte loop for what is not plain ASCII letters.
    @inline(never) static func scanGeneralWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, flags: UInt8, tables: TokenizerTables,
        into tokens: inout TokenWriter
    ) -> Int {
        let count = bytes.count
        var i = start
        var hasher = WordHasher()
        // Most words are ASCII letters only: find where they end and hash them eight bytes at a time. The
        // byte-by-byte loop reads only what this does not (apostrophes, dots, digits, other scripts, the last
        // bytes of the text).
        var plain = false
        if let base = bytes.baseAddress {
            while i + 8 <= count {
                let raw = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let folded = raw | 0x2020_2020_2020_2020
                let others = ~asciiLetterMask(folded) & 0x8080_8080_8080_8080
                if others == 0 {
                    hasher.addWord(folded)
                    i += 8
                    continue
                }
                let run = others.trailingZeroBitCount &>> 3
                hasher.addLast(folded, count: run)
                i += run
                // Ended by a space or punctuation other than an apostrophe or a dot, and no digits follow.
                let next = base[i]
                plain = next < 0x80 && next != 39 && next != 46 && next &- 48 >= 10
                break
            }
        }
        if !plain { i = scanWordTail(bytes, from: start, at: i, classes: tables.classes, hasher: &hasher) }
        var wordFlags = flags
        if i > start && bytes[i - 1] &- 48 < 10 { wordFlags |= ScanToken.hasDigits }
        appendWord(
            start: start, end: i, flags: wordFlags, hash: hasher.value, tables: tables, into: &tokens)
        return i
    }

    /// The rest of a word from `i`, byte by byte: letters, apostrophes and curly apostrophes between letters,
    /// initialisms, letters of other scripts, then trailing digits. Returns the end of the word.
    static func scanWordTail(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, at position: Int,
        classes asciiClass: UnsafeBufferPointer<UInt8>,
        hasher: inout WordHasher
    ) -> Int {
        let count = bytes.count
        var i = position
        while i < count {
            let byte = bytes[i]
            if (byte | 0x20) &- 97 < 26 {
                hasher.add(byte)
                i += 1
                continue
            }
            if byte < 0x80 {
                if byte == 39, i + 1 < count, bytes[i + 1] < 0x80, asciiClass[Int(bytes[i + 1])] == 1, i > start {
                    hasher.add(byte)
                    i += 1
                    continue
                }
                // Initialisms: "p.m.", "a.m.", "u.s." — single letters joined by dots, final dot included.
                if byte == 46 {
                    let length = i - start
                    let initialism = length % 2 == 1 && (length == 1 || bytes[i - 2] == 46)
                    if initialism, i + 2 < count, bytes[i + 1] < 0x80, asciiClass[Int(bytes[i + 1])] == 1,
                        bytes[i + 2] == 46
                    {
                        hasher.add(byte)
                        i += 1
                        continue
                    }
                    if initialism && length >= 3 {
                        hasher.add(byte)
                        i += 1
                    }
                }
                break
            }
            if isUnicodeSpace(bytes, i) || (byte >= 0xC0 && isSymbolScalar(bytes, i)) {
                // A curly apostrophe between letters stays inside the word ("Russia’s").
                if byte == 0xE2, i + 3 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, i > start,
                    bytes[i + 3] < 0x80, asciiClass[Int(bytes[i + 3])] == 1
                {
                    hasher.add(39)
                    i += 3
                    continue
                }
                break
            }
            hasher.add(byte)
            i += 1
        }
        while i < count, bytes[i] &- 48 < 10 {
            hasher.add(bytes[i])
            i += 1
        }
        return i
    }

    /// The high bit of each byte of `folded` (eight text bytes with bit 5 set) is set where the byte is an ASCII
    /// letter: 0x61...0x7A after folding, with its own high bit clear.
    @inline(__always) static func asciiLetterMask(_ folded: UInt64) -> UInt64 {
        let low = folded & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit set from 0x61 up
        let pastZ = low &+ 0x0505_0505_0505_0505  // high bit set from 0x7B up
        return atLeastA & ~pastZ & ~folded & 0x8080_8080_8080_8080
    }
}
