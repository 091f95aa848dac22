import ArgumentParser
import TextPipe

/// The `textpipe` command line.
///
/// A package that adds its own stages ships the same command with its registry:
/// ```swift
/// let registry = try StageRegistry.builtIn.adding(RedactStage.self)
/// TextPipeCommand.main(loader: PipelineLoader(registry: registry, builtInPipelines: BuiltInPipelines.all))
/// ```
public struct TextPipeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "textpipe",
        abstract: "Run text-processing pipelines over files: decode, clean, split, tag, extract, summarise.",
        discussion: """
            Exit codes: 0 when every document succeeded, 1 when some document failed, 2 when the pipeline or
            the arguments are wrong and nothing ran.
            """,
        subcommands: [RunCommand.self, ValidateCommand.self, StagesCommand.self, NewStageCommand.self]
    )

    /// The stages and pipelines the commands see.
    @TaskLocal static var loader = PipelineLoader.builtIn

    public init() {}

    /// Runs the command line with the given stages and built-in pipelines.
    public static func main(loader: PipelineLoader) {
        $loader.withValue(loader) {
            main()
        }
    }
}
