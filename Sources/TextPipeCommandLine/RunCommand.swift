import ArgumentParser
import Foundation
import TextPipe

extension RunConfiguration.InputFormat: ExpressibleByArgument {}
extension RunConfiguration.OutputFormat: ExpressibleByArgument {}

/// `textpipe run PIPELINE [INPUT...]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over files, folders or standard input.",
        discussion: """
            Writes one JSON object per document (JSONL) to standard output unless -o is given. A document that
            fails is written with an "error" field and the others go on; the exit code is then 1.
            """
    )

    @Argument(help: "A pipeline YAML file or a built-in pipeline name (news).")
    var pipeline: String

    @Argument(help: "Files, folders (read recursively; hidden files skipped) or - for standard input.")
    var inputs: [String] = ["-"]

    @Option(name: .customLong("input-format"), help: "auto | text | jsonl (one {\"id\",\"text\"} object a line).")
    var inputFormat: RunConfiguration.InputFormat = .auto

    @Option(name: .customLong("include"), help: "Only read files in folders whose name matches this glob (repeatable).")
    var include: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Write to this file, or to this folder (ending in /) one file per input.")
    var output: String?

    @Option(help: "jsonl | json | text.")
    var format: RunConfiguration.OutputFormat = .jsonl

    @Option(name: [.short, .customLong("jobs")], help: "Worker threads (default: the number of active cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print per-stage time, documents/s and MB/s to standard error at the end.")
    var stats = false

    @Flag(name: .customLong("fail-fast"), help: "Stop reading new documents after the first failure.")
    var failFast = false

    @Flag(name: .customLong("source-offsets"), help: "Add source_start/source_end (byte offsets in the input file) to every span.")
    var sourceOffsets = false

    @Flag(name: .customLong("no-progress"), help: "No progress line, even on a terminal.")
    var noProgress = false

    @Flag(help: "With -o DIR/: skip inputs whose output records the same input and pipeline hashes.")
    var resume = false

    @Option(name: .customLong("plugin"), help: "Load the stages of a runtime plugin library (.so) (repeatable).")
    var plugins: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var loader = TextPipeCommand.loader
        loader.pluginPaths += plugins
        let pipeline: Pipeline
        let pipelineSource: PipelineLoader.Source
        do throws(PipelineError) {
            pipelineSource = try loader.source(for: self.pipeline)
            pipeline = try loader.load(pipelineSource)
        } catch {
            StandardError.line(error.description)
            throw ExitCode.usage
        }
        var configuration = RunConfiguration()
        configuration.inputFormat = inputFormat
        configuration.outputFormat = format
        configuration.includePatterns = include
        configuration.jobs = jobs
        configuration.failFast = failFast
        configuration.sourceOffsets = sourceOffsets

        let items: [InputItem]
        do {
            items = try InputItem.expand(inputs, include: include)
        } catch {
            StandardError.line("error: \(error)")
            throw ExitCode.usage
        }
        let sink: any OutputSink
        do {
            sink = try makeSink()
        } catch {
            StandardError.line("error: \(error)")
            throw ExitCode.usage
        }
        var runner = Runner(pipeline: pipeline, configuration: configuration)
        if let folder = sink as? DirectorySink {
            runner.resume = ResumePolicy(pipelineHash: ContentHash.hex(of: pipelineSource.yaml), skipsCurrent: resume) {
                folder.path(for: $0)
            }
        } else if resume {
            StandardError.line("error: --resume needs a folder output (-o DIR/)")
            throw ExitCode.usage
        }
        SignalCleanup.install()
        let progress = ProgressLine(enabled: !noProgress && StandardError.isTerminal, totalBytes: InputItem.totalBytes(items))
        let summary: RunSummary
        do {
            summary = try runner.run(items, into: sink, progress: { state in
                progress.show(state)
            })
        } catch {
            progress.clear()
            StandardError.line("error: \(error)")
            throw ExitCode.documentsFailed
        }
        progress.clear()
        if stats {
            StandardError.line(summary.report)
        } else if summary.skipped > 0 {
            StandardError.line("\(summary.skipped) inputs skipped: their output is up to date")
        }
        if summary.failed > 0 {
            if !stats { StandardError.line("\(summary.failed) of \(summary.documents) documents failed") }
            throw ExitCode.documentsFailed
        }
    }

    private func makeSink() throws -> any OutputSink {
        guard let output else { return StreamSink(descriptor: 1, format: format) }
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return try DirectorySink(folder: output, format: format)
        }
        return try FileSink(path: output, format: format)
    }
}
