/// The read-only tables of one ``EntityTagger``, made once at stage creation and shared by reference.
///
/// A final class of `let`s: each document's ``TaggingPass`` holds one reference to it. When the pass held the
/// tables themselves (a struct of arrays), every document retained and released each of their arrays on the
/// way in and out.
final class TaggerTables: Sendable {
    let gazetteer: NameTable
    /// The keys of the table's connectors ("of", "van") and of its titles ("president"): asked about the
    /// lower-case word after and before every capitalised run (see `NameTable.keys(withAnyOf:)`).
    let connectorKeys: KeySet
    let titleKeys: KeySet
    /// The most tokens in one gazetteer name.
    let longestName: Int
    let cues = ContextCues.shared

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer.table
        let sets = gazetteer.table.keys(withAnyOf: .connector, orAnyOf: .title)
        connectorKeys = sets[0]
        titleKeys = sets[1]
        longestName = gazetteer.longestName
    }
}
