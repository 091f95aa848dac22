/// What a word can mean to a number: its role in a spelled-out number.
enum NumberWord: Sendable, Equatable {
    case unit(Double)
    case tens(Double)
    case hundred
    case scale(Double)
    /// A singular ordinal word ("fourth", "hundredth").
    case ordinal(Double)
    /// A plural ordinal word, a fraction's denominator ("fifths").
    case ordinals(Double)
    case dozen
    case half
    case quarter
    case point
    case minus
    /// An abbreviated scale after digits ("bn", "k").
    case scaleAbbreviation(Double)
}

/// What a phrase after (or before) a number makes of it.
enum PhraseMeaning: Sendable, Equatable {
    /// Money in `code`; `minor` for cents and pence; `scale` for codes such as MUSD.
    case currency(code: String, minor: Bool, scale: Double)
    /// A unit of measure.
    case unit(symbol: String, dimension: String)
}

/// A run of words in a table: the words after the first (which the lexicon is keyed by) and what it means.
struct Phrase: Sendable {
    var rest: [UInt64]
    var meaning: PhraseMeaning
    /// Read only when attached to the number (`48m`), not after a space.
    var attachedOnly: Bool
}

/// Word classes used around numbers.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt16
    static let pronounOne = WordRoles(rawValue: 1 << 0)
    static let countStop = WordRoles(rawValue: 1 << 1)
    static let hyphenPrefix = WordRoles(rawValue: 1 << 2)
    static let yearCue = WordRoles(rawValue: 1 << 3)
    static let weekday = WordRoles(rawValue: 1 << 4)
    static let irregularPlural = WordRoles(rawValue: 1 << 5)
    /// The first word of a comparative ("more" in "more than 30", ">").
    static let comparative = WordRoles(rawValue: 1 << 6)
    /// A mention can start at this word, so the scanner stops at it (set once the tables are read).
    static let trigger = WordRoles(rawValue: 1 << 7)
}

/// Everything the tables say about one word or symbol.
struct LexEntry: Sendable {
    var number: NumberWord?
    var month: Int = 0
    var roles: WordRoles = []
    /// Some phrase starting with this word stands after a number ("dollars", "square metres").
    var hasAfter = false
    /// Some phrase starting with this word stands before a number ("$", "us $").
    var hasBefore = false
}

/// The parsed word tables, keyed by the `WordHasher` hash of the lower-cased word.
struct Lexicon: Sendable {
    private(set) var entries: [LexEntry] = []
    /// Phrases after a number, by entry ("dollars", "square metres"), longest first.
    private(set) var after: [[Phrase]] = []
    /// Phrases before a number, by entry ("$", "us $"), longest first.
    private(set) var before: [[Phrase]] = []
    private var index: [UInt64: Int32] = [:]
    /// An open-addressing copy of `index` for the tokenizer: a key of 0 marks an empty slot.
    private(set) var slots = [LexiconSlot()]
    private(set) var slotMask = 0
    /// By entry + 1 (index 0 stands for "no entry", with no flags), what the tokenizer notes about a word:
    /// `namesMonthFlag`, `triggerFlag`, `numberWordFlag`. Offset by one so the tokenizer reads the flags of
    /// every word without first branching on whether it has an entry.
    private(set) var entryFlags: [UInt8] = [0]
    /// The entry of each ASCII byte as a symbol token ("$", ">", "%"), or -1.
    private(set) var asciiSymbolEntries = [Int32](repeating: -1, count: 128)

    /// A month other than May (which makes "on the 3rd" a day when capitalised).
    static let namesMonthFlag: UInt8 = 1
    /// A mention can start here (the `trigger` role).
    static let triggerFlag: UInt8 = 2
    /// A number word (`LexEntry.number`); the same bit as `ScanToken.numeric`, so it is copied into a token's
    /// flags with a mask.
    static let numberWordFlag: UInt8 = ScanToken.numeric

    @inline(__always) func lookup(_ hash: UInt64) -> Int32 { index[hash] ?? -1 }

    /// Builds the open-addressing table from `index`, at most an eighth full: a word that is in no table then
    /// nearly always meets an empty slot at once.
    private mutating func buildSlots() {
        entryFlags =
            [0]
            + entries.map { entry in
                var flags: UInt8 = 0
                if entry.month != 0 && entry.month != 5 { flags |= Lexicon.namesMonthFlag }
                if entry.roles.contains(.trigger) { flags |= Lexicon.triggerFlag }
                if entry.number != nil { flags |= Lexicon.numberWordFlag }
                return flags
            }
        var size = 64
        while size < index.count * 8 { size *= 2 }
        slots = [LexiconSlot](repeating: LexiconSlot(), count: size)
        slotMask = size - 1
        for (key, value) in index {
            var slot = Lexicon.firstSlot(key, mask: slotMask)
            while slots[slot].key != 0 { slot = (slot + 1) & slotMask }
            slots[slot] = LexiconSlot(key: key, entry: value, flags: entryFlags[Int(value) + 1])
        }
        asciiSymbolEntries = NumberTokenizer.asciiSymbolHashes.map { index[$0] ?? -1 }
    }

    /// Where the probe for a word hash starts: bits 40 and up of the hash, which is already well mixed (the
    /// table is far smaller than the 2^24 slots these bits can address).
    @inline(__always) static func firstSlot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash &>> 40) & mask
    }

    /// The entry of a token, if it has one.
    @inline(__always) func entry(_ token: ScanToken) -> LexEntry? {
        token.entry >= 0 ? entries[Int(token.entry)] : nil
    }

    private mutating func update(_ word: String, _ change: (inout LexEntry) -> Void) {
        update(hash: wordHash(word), change)
    }

    private mutating func update(hash: UInt64, _ change: (inout LexEntry) -> Void) {
        if let slot = index[hash] {
            change(&entries[Int(slot)])
        } else {
            var entry = LexEntry()
            change(&entry)
            index[hash] = Int32(entries.count)
            entries.append(entry)
            after.append([])
            before.append([])
        }
    }

    private mutating func addPhrase(_ text: String, meaning: PhraseMeaning, before: Bool) {
        var attachedOnly = false
        var body = Substring(text)
        if body.hasPrefix("!") {
            attachedOnly = true
            body = body.dropFirst()
        }
        // Split the phrase the way the scanner splits text, so "km/h" and "°c" match their tokens.
        var text = String(body)
        let hashes = text.withUTF8 { buffer in
            NumberTokenizer.tokenize(buffer, lexicon: SharedLexicon.empty).map(\.hash)
        }
        guard let first = hashes.first else { return }
        let phrase = Phrase(rest: Array(hashes.dropFirst()), meaning: meaning, attachedOnly: attachedOnly)
        update(hash: first) { entry in
            if before { entry.hasBefore = true } else { entry.hasAfter = true }
        }
        let slot = Int(index[first]!)
        // Longest phrases first, so "square metres" wins over "square".
        if before {
            self.before[slot].append(phrase)
            self.before[slot].sort { $0.rest.count > $1.rest.count }
        } else {
            self.after[slot].append(phrase)
            self.after[slot].sort { $0.rest.count > $1.rest.count }
        }
    }

    /// No words: for splitting table phrases into tokens before the lexicon exists.
    static let empty = Lexicon()

    /// The lexicon built from the tables in this module.
    static let standard: Lexicon = {
        var lexicon = Lexicon()
        for line in NumberWordTable.numbers.fields("\n") {
            let parts = line.fields(" ")
            guard parts.count == 3, let value = Double(parts[2]) else { continue }
            let role: NumberWord
            switch parts[1] {
            case "unit": role = .unit(value)
            case "tens": role = .tens(value)
            case "hundred": role = .hundred
            case "scale": role = .scale(value)
            case "ordinal": role = .ordinal(value)
            case "ordinals": role = .ordinals(value)
            case "dozen": role = .dozen
            case "half": role = .half
            case "quarter": role = .quarter
            case "point": role = .point
            case "minus": role = .minus
            default: role = .scaleAbbreviation(value)
            }
            lexicon.update(String(parts[0])) { $0.number = role }
        }
        for line in NumberWordTable.months.fields("\n") {
            let parts = line.fields(" ")
            guard parts.count == 2, let month = Int(parts[1]) else { continue }
            lexicon.update(String(parts[0])) { $0.month = month }
        }
        let classes: [(String, WordRoles)] = [
            (NumberWordTable.weekdays, .weekday), (NumberWordTable.pronounOne, .pronounOne),
            (NumberWordTable.countStops, .countStop), (NumberWordTable.hyphenPrefixes, .hyphenPrefix),
            (NumberWordTable.yearCues, .yearCue), (NumberWordTable.irregularPlurals, .irregularPlural),
        ]
        for (list, role) in classes {
            for word in list[...].fields(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) {
                lexicon.update(String(word)) { $0.roles.insert(role) }
            }
        }
        for comparative in MentionScanner.comparatives {
            lexicon.update(hash: comparative.words[0]) { $0.roles.insert(.comparative) }
        }
        for line in UnitTable.units.fields("\n") {
            let fields = line.fields("|", keepingEmpty: true)
            guard fields.count == 3 else { continue }
            let meaning = PhraseMeaning.unit(
                symbol: String(fields[0].drop { $0 == " " }), dimension: String(fields[1]))
            for phrase in fields[2].fields(";") {
                lexicon.addPhrase(String(phrase), meaning: meaning, before: false)
            }
        }
        for line in CurrencyTable.currencies.fields("\n") {
            let fields = line.fields("|", keepingEmpty: true)
            guard fields.count == 4 else { continue }
            let code = String(fields[0].drop { $0 == " " })
            let major = PhraseMeaning.currency(code: code, minor: false, scale: 1)
            for phrase in fields[1].fields(";") {
                lexicon.addPhrase(String(phrase), meaning: major, before: true)
            }
            for phrase in fields[2].fields(";") {
                lexicon.addPhrase(String(phrase), meaning: major, before: false)
            }
            let minor = PhraseMeaning.currency(code: code, minor: true, scale: 1)
            for phrase in fields[3].fields(";") {
                lexicon.addPhrase(String(phrase), meaning: minor, before: false)
            }
        }
        for line in CurrencyTable.scaledCodes.fields("\n") {
            let parts = line.fields(" ")
            guard parts.count == 3, let scale = Double(parts[2]) else { continue }
            let meaning = PhraseMeaning.currency(code: String(parts[1]), minor: false, scale: scale)
            lexicon.addPhrase(String(parts[0]), meaning: meaning, before: true)
            lexicon.addPhrase(String(parts[0]), meaning: meaning, before: false)
        }
        let starters: Set<UInt64> = [W.the, W.a, W.an, W.between, W.from]
        for (hash, slot) in lexicon.index {
            let entry = lexicon.entries[Int(slot)]
            if entry.number != nil || entry.month != 0 || entry.hasBefore || starters.contains(hash)
                || !entry.roles.isDisjoint(with: [.weekday, .comparative])
            {
                lexicon.entries[Int(slot)].roles.insert(.trigger)
            }
        }
        lexicon.buildSlots()
        return lexicon
    }()
}

/// A lexicon shared by reference, for holders made often (a scanner per document).
final class SharedLexicon: Sendable {
    let lexicon: Lexicon

    init(_ lexicon: Lexicon) { self.lexicon = lexicon }

    /// `Lexicon.standard`.
    static let standard = SharedLexicon(.standard)

    /// `Lexicon.empty`: for splitting the tables' own phrases into tokens.
    static let empty = SharedLexicon(.empty)
}
