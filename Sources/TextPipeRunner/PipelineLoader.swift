import Foundation
import TextPipeYAML

/// Finds, parses and creates pipelines: from a YAML file, a built-in name, or YAML text.
public struct PipelineLoader: Sendable {
    public var registry: StageRegistry
    /// Built-in pipelines by name, as YAML text.
    public var builtInPipelines: [String: String]
    /// Runtime plugin libraries to load for every pipeline, besides each pipeline's own `plugins:` (`--plugin`).
    public var pluginPaths: [String] = []

    public init(registry: StageRegistry, builtInPipelines: [String: String] = [:]) {
        self.registry = registry
        // `exec` runs outside programs; it belongs to the runner, so every loader offers it.
        if registry.factory(named: ExecStage.descriptor.name) == nil { try? self.registry.register(ExecStage.self) }
        self.builtInPipelines = builtInPipelines
    }

    /// Where a pipeline's YAML came from.
    public struct Source: Sendable {
        /// The name shown in diagnostics: the path as given, or `<built-in NAME>`.
        public var displayName: String
        public var yaml: String
        /// The folder relative paths resolve against.
        public var baseDirectory: String
    }

    /// Finds a pipeline by path or built-in name.
    ///
    /// - Throws: ``PipelineError`` naming the argument when it is neither a readable file nor a built-in.
    public func source(for argument: String) throws(PipelineError) -> Source {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
            guard let data = FileManager.default.contents(atPath: argument) else {
                throw PipelineError([Diagnostic(file: argument, location: nil, message: "cannot read the pipeline file")])
            }
            guard let yaml = String(data: data, encoding: .utf8) else {
                throw PipelineError([Diagnostic(file: argument, location: nil, message: "the pipeline file is not UTF-8 text")])
            }
            let folder = URL(fileURLWithPath: argument).deletingLastPathComponent().path
            return Source(displayName: argument, yaml: yaml, baseDirectory: folder)
        }
        if let yaml = builtInPipelines[argument] {
            return Source(displayName: "<built-in \(argument)>", yaml: yaml, baseDirectory: FileManager.default.currentDirectoryPath)
        }
        var message = "no pipeline file or built-in pipeline named '\(argument)'"
        if let near = Suggestion.nearest(to: argument, in: builtInPipelines.keys) {
            message += "; did you mean '\(near)'?"
        }
        message += " (built-in pipelines: \(builtInPipelines.keys.sorted().joined(separator: ", ")))"
        throw PipelineError([Diagnostic(file: argument, location: nil, message: message)])
    }

    /// Parses and creates the pipeline named by `argument`, reporting every problem at once.
    public func load(_ argument: String) throws(PipelineError) -> Pipeline {
        try load(source(for: argument))
    }

    /// Parses and creates a pipeline from its source.
    public func load(_ source: Source) throws(PipelineError) -> Pipeline {
        let spec = try PipelineSpec(yaml: source.yaml, file: source.displayName)
        let registry = try registryWithPlugins(for: spec, baseDirectory: source.baseDirectory)
        return try registry.makePipeline(spec, context: StageContext(baseDirectory: source.baseDirectory))
    }

    /// Parses and creates a pipeline from YAML text.
    public func load(yaml: String, name: String = "<string>") throws(PipelineError) -> Pipeline {
        try load(Source(displayName: name, yaml: yaml, baseDirectory: FileManager.default.currentDirectoryPath))
    }
}
