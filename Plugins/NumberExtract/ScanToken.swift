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

    /// First byte of the token.
    var start: Int32
    /// One past the last byte.
    var end: Int32
    var kind: Kind
    /// `spaceBefore`, `lineBefore`, `capitalised`, `allCaps`.
    var flags: UInt8
    /// FNV-1a hash of the token's ASCII-lower-cased bytes (words and symbols).
    var hash: UInt64
    /// Index into `Lexicon.entries`, or -1.
    var entry: Int32

    static let spaceBefore: UInt8 = 1
    static let lineBefore: UInt8 = 2
    static let capitalised: UInt8 = 4
    static let allCaps: UInt8 = 8
    /// The word ends with digits (`km2`, `x10`).
    static let hasDigits: UInt8 = 16

    @inline(__always) var spaced: Bool { flags & ScanToken.spaceBefore != 0 }
    @inline(__always) var attached: Bool { flags & ScanToken.spaceBefore == 0 }
}

/// FNV-1a over ASCII-lower-cased bytes: the key of every word table.
@inline(__always) func fnvStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    let lower = (byte >= 65 && byte <= 90) ? byte | 0x20 : byte
    return (hash ^ UInt64(lower)) &* 0x100_0000_01b3
}

let fnvSeed: UInt64 = 0xcbf2_9ce4_8422_2325

/// The hash of a word or phrase piece as written in the tables.
func wordHash(_ text: String) -> UInt64 {
    var hash = fnvSeed
    for byte in text.utf8 { hash = fnvStep(hash, byte) }
    return hash
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

    /// Tokenizes `bytes`, looking each word and symbol up in `lexicon`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> [ScanToken] {
        asciiClass.withUnsafeBufferPointer { classes in
            lexicon.slotKeys.withUnsafeBufferPointer { keys in
                lexicon.slotValues.withUnsafeBufferPointer { values in
                    let tables = TokenizerTables(classes: classes, keys: keys, values: values, mask: lexicon.slotMask)
                    return tokenize(bytes, tables: tables)
                }
            }
        }
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, tables: TokenizerTables) -> [ScanToken] {
        var tokens = TokenWriter(capacity: bytes.count / 4 + 16)
        defer { tokens.deallocate() }
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
                    i += 1
                    while i < count {
                        let next = bytes[i]
                        if next >= 48 && next <= 57 {
                            i += 1
                        } else if (next == 44 || next == 46) && i + 1 < count && bytes[i + 1] >= 48
                            && bytes[i + 1] <= 57
                        {
                            i += 2
                        } else {
                            break
                        }
                    }
                    tokens.append(
                        ScanToken(start: Int32(start), end: Int32(i), kind: .number, flags: flags, hash: 0, entry: -1))
                    flags = 0
                    continue
                }
                if cls == 1 {
                    i = scanWord(bytes, from: i, flags: flags, tables: tables, into: &tokens)
                    flags = 0
                    continue
                }
                // An ASCII symbol: one token per byte.
                let hash = fnvStep(fnvSeed, byte)
                tokens.append(
                    ScanToken(
                        start: Int32(i), end: Int32(i + 1), kind: .symbol, flags: flags, hash: hash,
                        entry: tables.lookup(hash)))
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
                var hash = fnvSeed
                for k in i..<(i + length) { hash = fnvStep(hash, bytes[k]) }
                tokens.append(
                    ScanToken(
                        start: Int32(i), end: Int32(i + length), kind: .symbol, flags: flags, hash: hash,
                        entry: tables.lookup(hash)))
                flags = 0
                i += length
                continue
            }
            i = scanWord(bytes, from: i, flags: flags, tables: tables, into: &tokens)
            flags = 0
        }
        return tokens.array
    }

    /// Reads a word starting at `start`: letters (ASCII or not), inner apostrophes, single-letter initialisms
    /// with dots (`p.m.`, `u.s.`), then any digits that follow (`km2`).
    @inline(__always) static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, flags: UInt8, tables: TokenizerTables,
        into tokens: inout TokenWriter
    ) -> Int {
        let asciiClass = tables.classes
        let count = bytes.count
        var i = start
        var hash = fnvSeed
        while i < count {
            let byte = bytes[i]
            // Setting bit 5 lower-cases an ASCII letter (as `fnvStep` does) and leaves other bytes out of a-z.
            let folded = byte | 0x20
            if folded &- 97 < 26 {
                hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
                i += 1
                continue
            }
            if byte < 0x80 {
                let cls = asciiClass[Int(byte)]
                if byte == 39, i + 1 < count, bytes[i + 1] < 0x80, asciiClass[Int(bytes[i + 1])] == 1, i > start {
                    hash = fnvStep(hash, byte)
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
                        hash = fnvStep(hash, byte)
                        i += 1
                        continue
                    }
                    if initialism && length >= 3 {
                        hash = fnvStep(hash, byte)
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
                    hash = fnvStep(hash, 39)
                    i += 3
                    continue
                }
                break
            }
            hash = fnvStep(hash, byte)
            i += 1
        }
        var wordFlags = flags
        var digits = false
        while i < count, bytes[i] >= 48, bytes[i] <= 57 {
            hash = fnvStep(hash, bytes[i])
            digits = true
            i += 1
        }
        if digits { wordFlags |= ScanToken.hasDigits }
        let first = bytes[start]
        if first >= 65 && first <= 90 {
            wordFlags |= ScanToken.capitalised
            // All capitals: checked only for capitalised words, which are few.
            var caps = true
            for k in (start + 1)..<i where bytes[k] >= 97 && bytes[k] <= 122 {
                caps = false
                break
            }
            if caps { wordFlags |= ScanToken.allCaps }
        }
        tokens.append(
            ScanToken(
                start: Int32(start), end: Int32(i), kind: .word, flags: wordFlags, hash: hash,
                entry: tables.lookup(hash)))
        return i
    }
}

/// The tables the tokenizer reads for every byte and word, as raw buffers so the inner loop does no
/// reference counting or dictionary hashing.
struct TokenizerTables {
    let classes: UnsafeBufferPointer<UInt8>
    let keys: UnsafeBufferPointer<UInt64>
    let values: UnsafeBufferPointer<Int32>
    let mask: Int

    /// The lexicon entry of a word hash, or -1 (linear probing; a key of 0 is an empty slot).
    @inline(__always) func lookup(_ hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let key = keys[slot]
            if key == hash { return values[slot] }
            if key == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }
}

/// A growable buffer of tokens without the uniqueness and capacity checks of `Array.append` on every token.
struct TokenWriter {
    private var base: UnsafeMutablePointer<ScanToken>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ token: ScanToken) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<ScanToken>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// The tokens written, as an array.
    var array: [ScanToken] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func deallocate() { base.deallocate() }
}
