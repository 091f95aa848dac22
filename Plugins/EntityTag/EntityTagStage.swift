import TextPipeCore

/// Tags people, organisations, places and other names without a model: word shape, context rules, gazetteers
/// (GeoNames, US Census names, hand-written lists) and a per-document memory.
///
/// Each entity records why it was tagged in `reason`: `gazetteer:NAME`, `rule:NAME` or `memory:KIND`.
public struct EntityTagStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "entity_tag", summary: "Tags people, organisations, places and other names.",
        requires: [.sentences], produces: [.entities])

    let tagger: EntityTagger

    /// Creates the stage, loading the built-in gazetteers (once per process) and the user's files.
    ///
    /// - Throws: ``OptionError`` for an unknown label or a gazetteer file that cannot be read.
    public init(options: EntityTagOptions, context: StageContext) throws {
        try options.validate()
        var gazetteer = Gazetteer.builtIn
        for path in options.gazetteers {
            try gazetteer.addUserFile(at: context.resolve(path), writtenAs: path)
        }
        let labels = Set(options.labels.compactMap { EntityTagOptions.label(named: $0) })
        tagger = EntityTagger(gazetteer: gazetteer, useMemory: options.memory, labels: labels)
    }

    public func process(_ document: inout Document) throws {
        document[EntitiesLayer.self] = tagger.entities(
            in: document.text, sentences: document[SentencesLayer.self])
    }
}
