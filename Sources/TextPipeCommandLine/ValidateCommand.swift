import ArgumentParser
import TextPipe

/// `textpipe validate PIPELINE...`: checks pipelines without running them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipelines without running them; print every problem as file:line:column: error: ...",
        discussion: "Exits 2 if any pipeline has an error, 0 otherwise."
    )

    @Argument(help: "Pipeline YAML files or built-in pipeline names.")
    var pipelines: [String]

    func run() throws {
        let loader = TextPipeCommand.loader
        var failed = false
        for argument in pipelines {
            do throws(PipelineError) {
                let pipeline = try loader.load(argument)
                print("\(argument): ok (\(pipeline.stages.map(\.name).joined(separator: " -> ")))")
            } catch {
                failed = true
                StandardError.line(error.description)
            }
        }
        if failed { throw ExitCode.usage }
    }
}
