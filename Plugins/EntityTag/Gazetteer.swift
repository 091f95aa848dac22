import TextPipeCore

/// All names and cue words the tagger knows, keyed by ``NameKey`` for one hash lookup per token.
///
/// Multi-word names are stored under the key of the whole sequence, and every strict prefix is marked
/// ``GazetteerEntry/Facts/prefix`` so a longest match stops as soon as no name can continue.
struct Gazetteer: Sendable {
    private(set) var entries: [UInt64: GazetteerEntry] = [:]
    /// The most tokens in one name.
    private(set) var longestName = 1

    /// The built-in gazetteers, parsed once per process.
    static let builtIn: Gazetteer = {
        var gazetteer = Gazetteer()
        gazetteer.addBuiltIn()
        return gazetteer
    }()

    /// The entry of a key (for building and tests; the tagger uses ``table()``).
    func entry(_ key: UInt64) -> GazetteerEntry? { entries[key] }

    /// The entries in a table built for fast lookup; call once the gazetteer is complete.
    func table() -> NameTable { NameTable(entries) }

    /// Adds a name (one or more tokens) with facts; `update` can set the numbers.
    mutating func add(
        _ name: Substring, _ facts: GazetteerEntry.Facts, update: (inout GazetteerEntry) -> Void = { _ in }
    ) {
        let tokens =
            name.utf8.withContiguousStorageIfAvailable { NameTokenizer.tokens(in: $0) }
            ?? NameTokenizer.tokens(in: String(name))
        guard var key = tokens.first?.key else { return }
        for index in tokens.indices {
            if index > 0 { key = NameKey.combine(key, tokens[index].key) }
            if index < tokens.count - 1 { entries[key, default: GazetteerEntry()].facts.insert(.prefix) }
        }
        func apply(_ entry: inout GazetteerEntry) {
            update(&entry)
            entry.facts.formUnion(facts)
        }
        apply(&entries[key, default: GazetteerEntry()])
        longestName = max(longestName, tokens.count)
    }

    /// Adds every line of a list; `field` receives the text after a tab, if any.
    mutating func addLines(
        _ text: String, _ facts: GazetteerEntry.Facts,
        field: (Substring, inout GazetteerEntry) -> Void = { _, _ in }
    ) {
        for line in text.utf8.split(separator: 0x0A) {
            let line = Substring(line)
            if let tab = line.utf8.firstIndex(of: 0x09) {
                let value = line[line.utf8.index(after: tab)...]
                add(line[..<tab], facts) { field(value, &$0) }
            } else {
                add(line, facts)
            }
        }
    }

    /// Days and months, which end a run of capitalised words ("Mauro Silva on Saturday"). Short forms that are
    /// also names ("Sun", "May") are left out.
    static let calendarWords =
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July "
        + "August September October November December Jan Feb Aug Sept Oct Nov Dec"

    private mutating func addBuiltIn() {
        entries.reserveCapacity(100_000)
        addLines(GeoNamesData.countries, .country)
        addLines(GeoNamesData.usStates, .usState)
        addLines(GeoNamesData.continents, .continent)
        addLines(GeoNamesData.cities, .city) { value, entry in
            entry.population = max(entry.population, Int32(value) ?? 0)
        }
        addLines(CensusNamesData.firstNames, .firstName) { value, entry in
            entry.firstNameFrequency = Float(value) ?? 0
        }
        addLines(CensusNamesData.surnames, .surname) { value, entry in
            entry.surnameRank = Int32(value) ?? 0
        }
        addLines(WordListsData.places, .place) { value, entry in
            if value == "country" { entry.facts.insert(.country) }
        }
        addLines(WordListsData.demonyms, .demonym)
        addLines(WordListsData.organisations, .organisation)
        addLines(WordListsData.titles, .title)
        addLines(WordListsData.commonWords, .commonWord)
        addLines(WordListsData.connectors, .connector)
        addLines(WordListsData.organisationHeads, .organisationHead) { value, entry in
            if value == "of" || value == "for" { entry.facts.insert(.organisationHeadOf) }
            if value == "pre" { entry.facts.insert(.organisationPrefix) }
        }
        addLines(WordListsData.placeHeads, .placeHead) { value, entry in
            if value == "of" { entry.facts.insert(.placeHeadOf) }
            if value == "pre" { entry.facts.insert(.placePrefix) }
        }
        for word in Self.calendarWords.split(separator: " ") { add(word, .calendar) }
        for line in WordListsData.miscNames.split(separator: "\n") {
            if line.hasSuffix("\thead") {
                add(line.dropLast(5), .miscHead)
            } else {
                add(line, .miscName)
            }
        }
    }
}
