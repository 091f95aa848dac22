/// The static facts about a stage: one source for the registry, `textpipe stages`, the docs and the
/// pipeline checks.
public struct StageDescriptor: Sendable {
    /// The name used in pipeline YAML, in snake_case.
    public var name: String
    /// Other names accepted in YAML (`summarize` for `summarise`).
    public var aliases: [String]
    /// One line for `textpipe stages`.
    public var summary: String
    /// What must exist before the stage runs; checked when the pipeline is built.
    public var requires: [LayerName]
    /// What the stage adds.
    public var produces: [LayerName]

    public init(
        name: String, aliases: [String] = [], summary: String, requires: [LayerName] = [.text],
        produces: [LayerName] = []
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.requires = requires
        self.produces = produces
    }
}
