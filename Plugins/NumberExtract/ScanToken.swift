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
    /// `spaceBefore`, `lineBefore`, `hasDigits`, `numeric`, `plainDigits`. (Whether a word is capitalised is
    /// read from its bytes when a pattern asks: `MentionScanner.capitalised`.)
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
    @inline(__always) static func isVulgarFraction(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool
    {
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
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: SharedLexicon) -> [ScanToken] {
        let text = tokenizeText(bytes, lexicon: lexicon)
        // The buffer lives only as long as `text`.
        return withExtendedLifetime(text) { Array(text.tokens) }
    }

    /// Tokenizes `bytes`. Also gives the indices of the tokens a mention can start at (digits, trigger words,
    /// symbols in the tables and non-ASCII symbols), and how many tokens are digits.
    ///
    /// The tables are read through the shared lexicon's reference: passing a `Lexicon` value copied it (a
    /// retain and a release of each of its tables) for every document.
    static func tokenizeText(_ bytes: UnsafeBufferPointer<UInt8>, lexicon shared: SharedLexicon) -> TokenizedText {
        asciiClass.withUnsafeBufferPointer { classes in
            asciiSymbolHashes.withUnsafeBufferPointer { symbolHashes in
                shared.lexicon.slots.withUnsafeBufferPointer { slots in
                    shared.lexicon.entryFlags.withUnsafeBufferPointer { entryFlags in
                        shared.lexicon.asciiSymbolEntries.withUnsafeBufferPointer { symbolEntries in
                            let tables = TokenizerTables(
                                classes: classes, slots: slots, entryFlags: entryFlags,
                                symbolHashes: symbolHashes, symbolEntries: symbolEntries,
                                mask: shared.lexicon.slotMask)
                            return tokenize(bytes, tables: tables)
                        }
                    }
                }
            }
        }
    }

    /// Tokenizes `bytes` into memory of its own (see `TokenizedText.reading`).
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, tables: TokenizerTables) -> TokenizedText {
        TokenizedText.reading(bytes) { writer in tokenize(bytes, tables: tables, into: &writer) }
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
            // The commonest cases first, without the class table: an ASCII letter starts a word, then a space.
            if (byte | 0x20) &- 97 < 26 {
                i = scanWord(bytes, from: i, flags: flags, tables: tables, into: &tokens)
                // Most words are followed by one space and another word: take the space here.
                if i < count && bytes[i] == 32 {
                    flags = ScanToken.spaceBefore
                    i += 1
                } else {
                    flags = 0
                }
                continue
            }
            if byte == 32 {
                flags |= ScanToken.spaceBefore
                i += 1
                continue
            }
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
                            start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i), kind: .number,
                            flags: numberFlags, hash: 0, entry: -1),
                        anchor: true)
                    tokens.numberCount &+= 1
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
                        start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i + 1), kind: .symbol,
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
                let found = tables.lookup(hash)
                let entry = found.entry
                var symbolFlags = flags | found.flags & Lexicon.numberWordFlag
                if isVulgarFraction(bytes, i, length) { symbolFlags |= ScanToken.numeric }
                // Every non-ASCII symbol is an anchor: the scan loop itself checks for vulgar fractions.
                tokens.append(
                    ScanToken(
                        start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i + length), kind: .symbol,
                        flags: symbolFlags, hash: hash,
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
}
