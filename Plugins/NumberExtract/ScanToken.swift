/// One token as the number scanner sees it: a run of digits (with inner `,` and `.`), a word (letters,
/// optionally followed by digits: `km2`, `x10`), or one symbol scalar (`$`, `-`, `°`, `½`).
///
/// The shared tokenizer in TextPipeText glues hyphenated words and digit-letter runs into one token
/// (`31-year-old`, `COVID-19`), which is what a sentence splitter wants; number reading needs the pieces
/// (`fifty-two`, `10-15`, `six-mile`), so the scanner reads the bytes itself.
struct ScanToken {
    enum Kind: UInt8 {
        case number, word, symbol
    }

    // Stored widest first so a token takes 24 bytes, not 32.
    /// `WordHasher` hash of the token's bytes (words and symbols; 0 for digits).
    var hash: UInt64
    /// First byte of the token.
    var start: Int32
    /// One past the last byte.
    var end: Int32
    /// Index into `Lexicon.entries`, or -1.
    var entry: Int32
    var kind: Kind
    /// `spaceBefore`, `lineBefore`, `capitalised`, `allCaps`, `hasDigits`, `numeric`.
    var flags: UInt8

    @inline(__always) init(start: Int32, end: Int32, kind: Kind, flags: UInt8, hash: UInt64, entry: Int32) {
        self.hash = hash
        self.start = start
        self.end = end
        self.entry = entry
        self.kind = kind
        self.flags = flags
    }

    static let spaceBefore: UInt8 = 1
    static let lineBefore: UInt8 = 2
    static let capitalised: UInt8 = 4
    static let allCaps: UInt8 = 8
    /// The word ends with digits (`km2`, `x10`).
    static let hasDigits: UInt8 = 16
    /// Digits, a number word ("two", "million", "fifth") or a vulgar fraction ("½"): what `numberSoon` looks for.
    static let numeric: UInt8 = 32
    /// A number token of digits only, without `,` or `.` inside.
    static let plainDigits: UInt8 = 64

    @inline(__always) var spaced: Bool { flags & ScanToken.spaceBefore != 0 }
    @inline(__always) var attached: Bool { flags & ScanToken.spaceBefore == 0 }
}

/// Splits UTF-8 text into `ScanToken`s in one pass.
enum NumberTokenizer {
    /// Byte classes for the ASCII range: 0 other symbol, 1 letter, 2 digit, 3 space, 4 line break.
    static let asciiClass: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = 1 }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = 1 }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = 2 }
        for byte in [9, 11, 12, 32] { table[byte] = 3 }
        table[10] = 4
        table[13] = 4
        return table
    }()

    /// The length of the scalar starting with `lead`.
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
    }

    /// Whether the non-ASCII scalar at `i` is white space (no-break, thin and other Unicode spaces).
    @inline(__always) static func isUnicodeSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let lead = bytes[i]
        if lead == 0xC2 { return i + 1 < bytes.count && bytes[i + 1] == 0xA0 }
        if lead == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            let third = bytes[i + 2]
            return (third >= 0x80 && third <= 0x8A) || third == 0xAF || third == 0xA8 || third == 0xA9
        }
        if lead == 0xE3 { return i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 }
        return false
    }

    /// Whether the symbol of `length` bytes at `i` is a vulgar fraction: ¼ ½ ¾ (U+BC-BE) or ⅐-⅞ (U+2150-215E).
    @inline(__always) static func isVulgarFraction(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
        if length == 2 { return bytes[i] == 0xC2 && bytes[i + 1] &- 0xBC < 3 }
        return length == 3 && bytes[i] == 0xE2 && bytes[i + 1] == 0x85 && bytes[i + 2] &- 0x90 < 15
    }

    /// Whether the non-ASCII scalar at `i` is a symbol the scanner cares about (currency, degree, dashes,
    /// vulgar fractions, quotes) rather than part of a word.
    @inline(__always) static func isSymbolScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let lead = bytes[i]
        if lead == 0xC2 || lead == 0xC3 {
            guard i + 1 < bytes.count else { return true }
            let second = bytes[i + 1]
            if lead == 0xC2 { return second < 0xC0 }  // £ ¥ ° ½ ¼ ¾ « » and other Latin-1 symbols
            return second == 0x97 || second == 0xB7  // × ÷
        }
        if lead == 0xE2 { return true }  // general punctuation, currency signs, number forms, arrows, math
        return false
    }

    /// The hash of each ASCII byte as a one-byte symbol token.
    static let asciiSymbolHashes: [UInt64] = (0..<128).map { byte in
        var hasher = WordHasher()
        hasher.add(UInt8(byte))
        return hasher.value
    }

    /// Tokenizes `bytes`, looking each word and symbol up in `lexicon`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> [ScanToken] {
        tokenizeText(bytes, lexicon: lexicon).tokens
    }

    /// Tokenizes `bytes`. Also gives the indices of the tokens a mention can start at (digits, trigger words,
    /// symbols in the tables and non-ASCII symbols), and whether a capitalised month other than May is named
    /// (for "on the 3rd").
    static func tokenizeText(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> TokenizedText {
        asciiClass.withUnsafeBufferPointer { classes in
            asciiSymbolHashes.withUnsafeBufferPointer { symbolHashes in
                lexicon.slotKeys.withUnsafeBufferPointer { keys in
                    lexicon.slotValues.withUnsafeBufferPointer { values in
                        lexicon.slotFilter.withUnsafeBufferPointer { filter in
                            lexicon.entryFlags.withUnsafeBufferPointer { entryFlags in
                                lexicon.asciiSymbolEntries.withUnsafeBufferPointer { symbolEntries in
                                    let tables = TokenizerTables(
                                        classes: classes, keys: keys, values: values, filter: filter,
                                        entryFlags: entryFlags, symbolHashes: symbolHashes,
                                        symbolEntries: symbolEntries, mask: lexicon.slotMask)
                                    return tokenize(bytes, tables: tables)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Writes the tokens straight into the arrays' storage; a text with more tokens than the first guess
    /// (a quarter of its bytes) is read again with room for one token per byte.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, tables: TokenizerTables) -> TokenizedText {
        var capacity = bytes.count / 4 + 16
        while true {
            var complete = false
            var monthNamed = false
            var anchors: [Int32] = []
            var numericCount = 0
            let tokens = [ScanToken](unsafeUninitializedCapacity: capacity) { buffer, written in
                anchors = [Int32](unsafeUninitializedCapacity: capacity) { anchorBuffer, anchorCount in
                    var writer = TokenWriter(buffer, anchors: anchorBuffer)
                    tokenize(bytes, tables: tables, into: &writer)
                    written = writer.count
                    anchorCount = writer.anchorCount
                    complete = !writer.overflowed
                    monthNamed = writer.monthNamed
                    numericCount = writer.numericCount
                }
            }
            if complete {
                return TokenizedText(
                    tokens: tokens, anchors: anchors, monthNamed: monthNamed, numericCount: numericCount)
            }
            capacity = bytes.count + 16
        }
    }

    @inline(__always) static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, tables: TokenizerTables, into tokens: inout TokenWriter
    ) {
        let classes = tables.classes
        let count = bytes.count
        var i = 0
        var flags: UInt8 = ScanToken.spaceBefore | ScanToken.lineBefore
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                let cls = classes[Int(byte)]
                if cls == 3 {
                    flags |= ScanToken.spaceBefore
                    i += 1
                    continue
                }
                if cls == 4 {
                    flags |= ScanToken.spaceBefore | ScanToken.lineBefore
                    i += 1
                    continue
                }
                if cls == 2 {
                    let start = i
                    var numberFlags = flags | ScanToken.numeric | ScanToken.plainDigits
                    i += 1
                    while i < count {
                        let next = bytes[i]
                        if next >= 48 && next <= 57 {
                            i += 1
                        } else if (next == 44 || next == 46) && i + 1 < count && bytes[i + 1] >= 48
                            && bytes[i + 1] <= 57
                        {
                            numberFlags &= ~ScanToken.plainDigits
                            i += 2
                        } else {
                            break
                        }
                    }
                    tokens.append(
                        ScanToken(
                            start: Int32(start), end: Int32(i), kind: .number, flags: numberFlags, hash: 0, entry: -1),
                        anchor: true)
                    flags = 0
                    continue
                }
                if cls == 1 {
                    i = scanWord(bytes, from: i, flags: flags, tables: tables, into: &tokens)
                    flags = 0
                    continue
                }
                // An ASCII symbol: one token per byte, its hash and entry from tables.
                let entry = tables.symbolEntries[Int(byte)]
                tokens.append(
                    ScanToken(
                        start: Int32(i), end: Int32(i + 1), kind: .symbol,
                        flags: flags | tables.numericFlag(entry), hash: tables.symbolHashes[Int(byte)],
                        entry: entry),
                    anchor: entry >= 0)
                flags = 0
                i += 1
                continue
            }
            if isUnicodeSpace(bytes, i) {
                flags |= ScanToken.spaceBefore
                i += scalarLength(byte)
                continue
            }
            if byte >= 0xC0 && isSymbolScalar(bytes, i) {
                let length = min(scalarLength(byte), count - i)
                // Curly apostrophes inside words are handled by scanWord; here they stand alone.
                var hasher = WordHasher()
                for k in i..<(i + length) { hasher.add(bytes[k]) }
                let hash = hasher.value
                let entry = tables.lookup(hash)
                var symbolFlags = flags | tables.numericFlag(entry)
                if isVulgarFraction(bytes, i, length) { symbolFlags |= ScanToken.numeric }
                // Every non-ASCII symbol is an anchor: the scan loop itself checks for vulgar fractions.
                tokens.append(
                    ScanToken(
                        start: Int32(i), end: Int32(i + length), kind: .symbol, flags: symbolFlags, hash: hash,
                        entry: entry),
                    anchor: true)
                flags = 0
                i += length
                continue
            }
            i = scanWord(bytes, from: i, flags: flags, tables: tables, into: &tokens)
            flags = 0
        }
    }

    /// Reads a word starting at `start`: letters (ASCII or not), inner apostrophes, single-letter initialisms
    /// with dots (`p.m.`, `u.s.`), then any digits that follow (`km2`).
    @inline(__always) static func scanWord(
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
                let folded = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    | 0x2020_2020_2020_2020
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
        let first = bytes[start]
        if first &- 65 < 26 {
            wordFlags |= ScanToken.capitalised
            // All capitals: checked only for capitalised words, which are few.
            var caps = true
            for k in (start + 1)..<i where bytes[k] &- 97 < 26 {
                caps = false
                break
            }
            if caps { wordFlags |= ScanToken.allCaps }
        }
        let hash = hasher.value
        let entry = tables.lookup(hash)
        var anchor = false
        if entry >= 0 {
            let facts = tables.entryFlags[Int(entry)]
            if facts & Lexicon.namesMonthFlag != 0 && wordFlags & ScanToken.capitalised != 0 { tokens.monthNamed = true }
            if facts & Lexicon.numberWordFlag != 0 { wordFlags |= ScanToken.numeric }
            anchor = facts & Lexicon.triggerFlag != 0
        }
        tokens.append(
            ScanToken(start: Int32(start), end: Int32(i), kind: .word, flags: wordFlags, hash: hash, entry: entry),
            anchor: anchor)
        return i
    }

    /// The rest of a word from `i`, byte by byte: letters, apostrophes and curly apostrophes between letters,
    /// initialisms, letters of other scripts, then trailing digits. Returns the end of the word.
    static func scanWordTail(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, at position: Int, classes asciiClass: UnsafeBufferPointer<UInt8>,
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
