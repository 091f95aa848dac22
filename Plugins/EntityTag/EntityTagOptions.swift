import TextPipeCore

/// The options of ``EntityTagStage``.
public struct EntityTagOptions: StageOptions, Equatable {
    /// The labels to keep, as written in the output (`PERSON`, `ORG`, `LOC`, `MISC`); all four by default.
    public var labels: [String] = Entity.Label.allCases.map(\.rawValue)
    /// Extra gazetteer files, one name a line or `name<TAB>LABEL`; relative paths resolve against the pipeline
    /// file's folder. A name without a label is tagged by the rules, but counts as a known name.
    public var gazetteers: [String] = []
    /// Remember names within a document: after "Volodymyr Zelenskyy", the bare "Zelenskyy" is the same person,
    /// and an acronym defined in parentheses is tagged wherever it appears.
    public var memory = true

    public init() {}

    public static let help: [String: String] = [
        "labels": "Entity labels to keep: PERSON, ORG, LOC, MISC.",
        "gazetteers": "Extra gazetteer files: a name a line, or name<TAB>LABEL (PERSON, ORG, LOC, MISC).",
        "memory": "Tag later mentions of names seen earlier in the document (surnames, acronyms).",
    ]

    public func validate() throws(OptionError) {
        for label in labels where Self.label(named: label) == nil {
            throw OptionError(
                key: "labels",
                "has unknown label '\(label)'; expected one of: "
                    + Entity.Label.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let empty = gazetteers.first(where: { $0.trimmingWhitespace.isEmpty }) {
            throw OptionError(key: "gazetteers", "has an empty path '\(empty)'")
        }
    }

    /// The label a user wrote, accepting the common spellings (`PER`, `ORGANIZATION`, `LOCATION`, any case).
    static func label(named name: String) -> Entity.Label? {
        switch name.trimmingWhitespace.uppercased() {
        case "PERSON", "PER": .person
        case "ORG", "ORGANIZATION", "ORGANISATION": .organization
        case "LOC", "LOCATION", "GPE": .location
        case "MISC", "MISCELLANEOUS": .miscellaneous
        default: nil
        }
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return self[first...last]
    }
}
