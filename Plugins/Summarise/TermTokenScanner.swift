import TextPipeText

/// A word or number token, with only what the summariser reads from it.
struct TermToken {
    var start: Int
    var end: Int
    /// Starts with a digit (the tokenizer's `.number`); otherwise a word.
    var isNumber: Bool
    /// A word whose first letter is upper case (the tokenizer's `.capitalised`).
    var isCapitalised: Bool
    /// Only ASCII letters: no letter inside it follows anything but a letter.
    var isPlainLetters = false
    /// Whether it may end in a possessive ("'s", "’s"); `false` only when it is known to be ASCII letters only.
    var mayHavePossessive = true
    /// For a word of two to seven ASCII letters and digits, its bytes with the letters lower-cased (the first byte
    /// lowest, zeros above); otherwise 0. The scanner has these bytes in a register already, and such a word has no
    /// possessive ending, so its term key needs no second look at the text.
    var lowercasedShortWord: UInt64 = 0

    @inline(__always) var range: Range<Int> { start..<end }
}

/// Finds the word and number tokens of UTF-8 text, with the same boundaries as TextPipeText's `Tokenizer`.
///
/// The summariser needs only where words and numbers start and end, so this skips the tokenizer's shape flags,
/// punctuation tokens and the per-token closure, and classifies ASCII bytes from a table. Punctuation is skipped
/// scalar by scalar: a punctuation token never takes in a letter or digit, so the next word starts at the same byte.
/// The word and number rules (inner apostrophes, hyphens, `AT&T`, initialism dots, `55,000`, `3.14`) are the
/// tokenizer's, kept in step by `ByteScanningTests`.
struct TermTokenScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let tables: ScannerTables
    /// Where the next token is looked for.
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, tables: ScannerTables) {
        self.bytes = bytes
        self.tables = tables
    }

    /// The next word or number token from `start` on (where no token may have started before), or `nil` at the end
    /// of the text.
    @inline(__always)
    mutating func next(from start: Int) -> TermToken? {
        position = start
        return next()
    }

    /// The next word or number token, or `nil` at the end of the text.
    @inline(__always)
    mutating func next() -> TermToken? {
        let n = bytes.count
        var i = position
        while i < n {
            let b = bytes[i]
            // ASCII letters first: between tokens they are the common case after a space.
            if (b | 0x20) &- 0x61 < 26 {
                position = i
                guard i &+ 8 <= n else { return asciiWord(capitalised: b < 0x61, from: i &+ 1, digits: 0) }
                return wordInBlock(capitalised: b < 0x61)
            }
            if b &- 0x30 < 10 || b >= 0x80 {
                position = i
                return nextOutsideASCIILetters()
            }
            i &+= 1
        }
        position = n
        return nil
    }

    /// The word from the ASCII letter at `position`, read from the eight bytes there when it ends within them at a
    /// byte that can't join it to more: most words. Those bytes are read once, for the end and for the word's
    /// lower-cased form. `position + 8` must not pass the end of the text.
    @inline(__always)
    private mutating func wordInBlock(capitalised: Bool) -> TermToken {
        let start = position
        let block = ByteBlock(bytes, at: start)
        // Letters only: a word with a digit in its first eight bytes (one in a hundred) is read by the full rules,
        // which saves working out where the digits are for all the others.
        let letters = block.letters
        let others = ~letters & ByteBlock.first(8)
        guard others != 0 else { return asciiWord(capitalised: capitalised, from: start &+ 8, digits: 0) }
        let end = start &+ ByteBlock.firstOffset(others)
        let below = (others & (0 &- others)) &- 1
        // A dot ends a word of two letters or more (only "U.S."-style initialisms take it in), the rules of
        // ``scanWord(from:capitalised:firstLength:firstIsLetter:)`` with no earlier dot.
        let wordLetters = letters & below
        guard isLettersEnd(end) || (bytes[end] == UInt8(ascii: ".") && wordLetters & (wordLetters &- 1) != 0) else {
            return scanWord(from: start, capitalised: capitalised, firstLength: 1, firstIsLetter: true)
        }
        // The byte that ends the word is ASCII and neither a letter nor a digit: no token starts there.
        position = end &+ 1
        // Bit 7 of a letter shifted down to bit 5 lower-cases it (digits have bit 5 set already); `below >> 7` keeps
        // the word's bytes. A one-letter word is never a term, so it keeps 0.
        let lowercased = end &- start > 1 ? (block.bits | letters &>> 2) & (below &>> 7) : 0
        return TermToken(
            start: start, end: end, isNumber: false, isCapitalised: capitalised, isPlainLetters: true,
            lowercasedShortWord: lowercased)
    }

    /// The next token from `position`, where a digit or a byte outside ASCII is.
    @inline(never)
    private mutating func nextOutsideASCIILetters() -> TermToken? {
        let n = bytes.count
        while position < n {
            let b = bytes[position]
            if b < 0x80 {
                if (b | 0x20) &- 0x61 < 26 {
                    return asciiWord(capitalised: b < 0x61, from: position &+ 1, digits: 0)
                }
                if b &- 0x30 < 10 { return scanNumber(from: position, firstLength: 1) }
                position &+= 1
                continue
            }
            let (c, length) = classify(position)
            if c.contains(.letter) || c.contains(.mark) {
                return scanWord(
                    from: position, capitalised: c.contains(.upper), firstLength: length,
                    firstIsLetter: c.contains(.letter))
            }
            if c.contains(.digit) { return scanNumber(from: position, firstLength: length) }
            position &+= length
        }
        return nil
    }

    /// A word from the ASCII letter at `position` whose bytes up to `from` are ASCII letters and digits (`digits`
    /// marking the digits among them, as ``ByteBlock/digits`` does), when ``wordInBlock(capitalised:)`` can't tell.
    /// Runs of ASCII letters and digits ending in a space or plain punctuation are read here; a word that meets
    /// ' & - . or a byte outside ASCII is read again by ``scanWord(from:capitalised:firstLength:firstIsLetter:)``
    /// with all the rules.
    @inline(never)
    private mutating func asciiWord(capitalised: Bool, from: Int, digits: UInt64) -> TermToken {
        let start = position
        let n = bytes.count
        var j = from
        var digits = digits
        // Eight bytes at a time while they last, then byte by byte.
        while j &+ 8 <= n {
            let block = ByteBlock(bytes, at: j)
            let others = ~(block.letters | block.digits) & ByteBlock.first(8)
            if others == 0 {
                digits |= block.digits
                j &+= 8
                continue
            }
            digits |= block.digits & ((others & (0 &- others)) &- 1)
            j &+= ByteBlock.firstOffset(others)
            return endASCIIWord(start: start, at: j, capitalised: capitalised, plainLetters: digits == 0)
        }
        while j < n {
            let b = bytes[j]
            if (b | 0x20) &- 0x61 < 26 {
                j &+= 1
                continue
            }
            if b &- 0x30 < 10 {
                digits = 1
                j &+= 1
                continue
            }
            return endASCIIWord(start: start, at: j, capitalised: capitalised, plainLetters: digits == 0)
        }
        position = j
        return TermToken(start: start, end: j, isNumber: false, isCapitalised: capitalised, isPlainLetters: digits == 0)
    }

    /// The word from `start` whose ASCII letters and digits stop at `j`: it ends there unless the byte may join it
    /// to more (' & - . or a byte outside ASCII), which the full rules decide.
    @inline(__always)
    private mutating func endASCIIWord(start: Int, at j: Int, capitalised: Bool, plainLetters: Bool) -> TermToken {
        guard isWordEnd(j) else {
            return scanWord(from: start, capitalised: capitalised, firstLength: 1, firstIsLetter: true)
        }
        // The byte that ends the word is ASCII and neither a letter nor a digit: no token starts there.
        position = j &+ 1
        return TermToken(
            start: start, end: j, isNumber: false, isCapitalised: capitalised, isPlainLetters: plainLetters)
    }

    /// Whether a word whose ASCII letters and digits stop at `j` ends there: the byte there is neither ' & - . nor
    /// outside ASCII.
    @inline(__always)
    private func isWordEnd(_ j: Int) -> Bool { endsWord(bytes[j]) }

    /// Whether `b` is ASCII and neither ' & - . (the bytes below 0x80 that may join two parts of a word).
    @inline(__always)
    private func endsWord(_ b: UInt8) -> Bool { tables.endsWord.withUnsafeBufferPointer { $0[Int(b)] != 0 } }

    /// Whether a word of ASCII letters that stop at `j` ends there: the byte there is neither a digit, nor ' & - .,
    /// nor outside ASCII.
    @inline(__always)
    private func isLettersEnd(_ j: Int) -> Bool {
        tables.endsLetterRun.withUnsafeBufferPointer { $0[Int(bytes[j])] != 0 }
    }

    /// The class and byte length of the scalar at `i`, as the tokenizer classifies it.
    @inline(__always)
    private func classify(_ i: Int) -> (CharClass, Int) {
        let b = bytes[i]
        if b < 0x80 { return (CharClass(rawValue: tables.asciiClasses[Int(b)]), 1) }
        // U+2000...U+203F (dashes, curly quotes, the ellipsis) are the common non-ASCII scalars in news.
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
            return (CharClass(rawValue: tables.generalPunctuationClasses[Int(bytes[i + 2] & 0x3F)]), 3)
        }
        let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
        return (CharClass.nonASCII(scalar), length)
    }

    /// A word from `start`: letters, digits and marks, joined across inner apostrophes, hyphens, `&` between
    /// capitals and the dots of initialisms.
    @inline(never)
    private mutating func scanWord(from start: Int, capitalised: Bool, firstLength: Int, firstIsLetter: Bool)
        -> TermToken
    {
        let n = bytes.count
        var hasPeriod = false
        var previousIsUpper = capitalised
        var segmentLetters = firstIsLetter ? 1 : 0  // letters since the last inner dot
        var j = start + firstLength
        while j < n {
            let ascii = bytes[j]
            if (ascii | 0x20) &- 0x61 < 26 {
                previousIsUpper = ascii < 0x61
                segmentLetters &+= 1
                j &+= 1
                continue
            }
            if ascii &- 0x30 < 10 {
                previousIsUpper = false
                j &+= 1
                continue
            }
            // Any other ASCII byte but ' & - . ends the word at once: a space or a comma is the usual end.
            if endsWord(ascii) { break }
            let (c, length) = classify(j)
            if c.contains(.letter) || c.contains(.digit) || c.contains(.mark) {
                if c.contains(.letter) { segmentLetters += 1 }
                previousIsUpper = c.contains(.upper)
                j += length
                continue
            }
            guard j + length < n else {
                if ascii == UInt8(ascii: "."), hasPeriod, segmentLetters == 1 { j += 1 }
                break
            }
            let (next, nextLength) = classify(j + length)
            if c.contains(.apostrophe), next.contains(.letter) {
            } else if ascii == UInt8(ascii: "-") || isHyphen(j), next.contains(.letter) || next.contains(.digit) {
            } else if ascii == UInt8(ascii: "&"), previousIsUpper, next.contains(.upper) {
            } else if ascii == UInt8(ascii: "."), segmentLetters == 1, next.contains(.letter),
                j + length + nextLength < n, bytes[j + length + nextLength] == UInt8(ascii: ".")
            {
                hasPeriod = true
                segmentLetters = 0
            } else {
                // The final dot of an initialism belongs to it: "U.S." but not "Smith.".
                if ascii == UInt8(ascii: "."), hasPeriod, segmentLetters == 1 { j += 1 }
                break
            }
            j += length
        }
        position = j
        return TermToken(start: start, end: j, isNumber: false, isCapitalised: capitalised)
    }


    /// Whether the dash at `j` is U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN (which join words).
    @inline(__always)
    private func isHyphen(_ j: Int) -> Bool {
        j + 2 < bytes.count && bytes[j] == 0xE2 && bytes[j + 1] == 0x80
            && (bytes[j + 2] == 0x90 || bytes[j + 2] == 0x91)
    }

    /// A number from `start`: digits, decimal points, thousands groups and letters glued on (`3rd`, `1980s`).
    private mutating func scanNumber(from start: Int, firstLength: Int) -> TermToken {
        let n = bytes.count
        var hasPeriod = false
        var hasLetter = false
        var j = start + firstLength
        while j < n {
            let b = bytes[j]
            if b &- 0x30 < 10 {
                j += 1
                continue
            }
            if b == UInt8(ascii: ","), !hasPeriod, !hasLetter, isDigitGroup(j + 1) {
                j += 4
                continue
            }
            if b == UInt8(ascii: "."), !hasLetter, j + 1 < n, bytes[j + 1] &- 0x30 < 10 {
                hasPeriod = true
                j += 2
                continue
            }
            let (c, length) = classify(j)
            if c.contains(.digit) || c.contains(.letter) || c.contains(.mark) {
                if c.contains(.letter) { hasLetter = true }
                j += length
                continue
            }
            break
        }
        position = j
        return TermToken(start: start, end: j, isNumber: true, isCapitalised: false)
    }

    /// Whether exactly three ASCII digits start at `j` (and no fourth follows): a thousands group.
    @inline(__always)
    private func isDigitGroup(_ j: Int) -> Bool {
        let n = bytes.count
        guard j + 3 <= n, bytes[j] &- 0x30 < 10, bytes[j + 1] &- 0x30 < 10, bytes[j + 2] &- 0x30 < 10 else {
            return false
        }
        return j + 3 == n || bytes[j + 3] &- 0x30 >= 10
    }
}
