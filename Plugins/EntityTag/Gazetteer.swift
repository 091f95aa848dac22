import TextPipeCore

/// All names and cue words the tagger knows, keyed by ``NameKey`` for one hash lookup per token.
///
/// Multi-word names are stored under the key of the whole sequence, and every strict prefix is marked
/// ``GazetteerEntry/Facts/prefix`` so a longest match stops as soon as no name can continue.
struct Gazetteer: Sendable {
    private(set) var table: NameTable
    /// The most tokens in one name.
    private(set) var longestName: Int

    /// An empty gazetteer.
    init() {
        table = NameTable()
        longestName = 1
    }

    /// The built-in gazetteers, laid out at build time by tools/gazetteers/generate.py and copied into
    /// place once per process.
    static let builtIn = Gazetteer(table: BuiltInTable.decode(), longestName: BuiltInTable.longestName)

    private init(table: NameTable, longestName: Int) {
        self.table = table
        self.longestName = longestName
    }

    /// The entry of a key (for tests; the tagger asks ``table`` directly).
    func entry(_ key: UInt64) -> GazetteerEntry? { table.entry(key) }

    /// Adds a name (one or more tokens) with facts; `update` can set the numbers and the user's label.
    mutating func add(
        _ name: Substring, _ facts: GazetteerEntry.Facts, update: (inout NameTable.Numbers) -> Void = { _ in }
    ) {
        let count = table.add(name, facts) { _, numbers in update(&numbers) }
        longestName = max(longestName, count)
    }
}
