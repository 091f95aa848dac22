import TextPipeYAML

/// A pipeline file as written, checked for shape but not yet tied to any registry.
public struct PipelineSpec: Sendable {
    /// The file it came from, as the user named it (used in every diagnostic).
    public var file: String
    public var name: String
    public var description: String?
    /// Runtime plugin libraries to load, as written (relative to the file), with their locations.
    public var plugins: [(path: String, location: SourceLocation)]
    public var stages: [StageEntry]
    /// Problems found in the file's shape that still let the rest be checked; ``StageRegistry/makePipeline(_:context:)``
    /// reports them together with its own.
    public var problems: [Diagnostic]

    static let topLevelKeys = ["name", "description", "stages", "plugins"]

    /// Parses pipeline YAML.
    ///
    /// - Parameters:
    ///   - yaml: The file's text.
    ///   - file: The name to report in diagnostics.
    /// - Throws: ``PipelineError`` when the text is not YAML or not a mapping; other problems are collected in
    ///   `problems` so that stage checks can report theirs alongside.
    public init(yaml: String, file: String) throws(PipelineError) {
        self.file = file
        self.name = PipelineSpec.defaultName(for: file)
        self.plugins = []
        self.stages = []
        self.problems = []
        let root: YAMLNode?
        do {
            root = try YAMLParser().parse(yaml)
        } catch {
            throw PipelineError([Diagnostic(file: file, location: error.location, message: error.message)])
        }
        var problems: [Diagnostic] = []
        func report(_ message: String, at location: SourceLocation?) {
            problems.append(Diagnostic(file: file, location: location, message: message))
        }
        guard let root, let pairs = root.mapping else {
            report(
                "expected a mapping with 'stages:' (a list of stage names), found \(root?.kindDescription ?? "an empty file")",
                at: root?.location ?? SourceLocation(line: 1, column: 1))
            throw PipelineError(problems)
        }
        var stagesNode: YAMLNode?
        for (key, value) in pairs {
            switch key.scalar {
            case "name":
                if let text = value.scalar, !value.isNull { name = text } else {
                    report("'name' must be a string, found \(value.kindDescription)", at: value.location)
                }
            case "description":
                description = value.scalar
            case "stages":
                stagesNode = value
            case "plugins":
                for item in value.sequence ?? [value] {
                    if let path = item.scalar, !item.isNull {
                        plugins.append((path, item.location))
                    } else {
                        report("a plugin is a path to a shared library, found \(item.kindDescription)", at: item.location)
                    }
                }
            default:
                let name = key.scalar ?? key.description
                var message = "unknown key '\(name)'"
                if let near = Suggestion.nearest(to: name, in: PipelineSpec.topLevelKeys) {
                    message += "; did you mean '\(near)'?"
                }
                message += " (valid keys: \(PipelineSpec.topLevelKeys.joined(separator: ", ")))"
                report(message, at: key.location)
            }
        }
        if let stagesNode, let items = stagesNode.sequence {
            if items.isEmpty { report("'stages' is empty; list at least one stage", at: stagesNode.location) }
            for item in items {
                if let entry = PipelineSpec.entry(from: item, file: file, problems: &problems) { stages.append(entry) }
            }
        } else if let stagesNode {
            report("'stages' must be a list of stages (lines starting with '- '), found \(stagesNode.kindDescription)", at: stagesNode.location)
        } else {
            report("missing 'stages:', the list of stages to run", at: root.location)
        }
        self.problems = problems
    }

    private static func entry(from item: YAMLNode, file: String, problems: inout [Diagnostic]) -> StageEntry? {
        if let name = item.scalar, !item.isNull {
            return StageEntry(file: file, name: name, location: item.location)
        }
        if let pairs = item.mapping, let first = pairs.first, let name = first.key.scalar {
            if pairs.count > 1 {
                let extra = pairs[1].key
                problems.append(
                    Diagnostic(
                        file: file, location: extra.location,
                        message: "'\(extra.scalar ?? extra.description)' sits beside the stage name '\(name)'; "
                            + "indent it under '\(name):' to make it an option"))
                return nil
            }
            return StageEntry(file: file, name: name, location: first.key.location, options: first.value)
        }
        problems.append(
            Diagnostic(
                file: file, location: item.location,
                message: "a stage is a name, or a name with options ('- clean: {boilerplate: news}'), found \(item.kindDescription)"))
        return nil
    }

    private static func defaultName(for file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return base.hasSuffix(".yaml") ? String(base.dropLast(5)) : base.hasSuffix(".yml") ? String(base.dropLast(4)) : base
    }
}

extension StageRegistry {
    /// Creates the pipeline a spec describes, reporting every unknown stage, bad option and unmet
    /// requirement at once.
    public func makePipeline(_ spec: PipelineSpec, context: StageContext) throws(PipelineError) -> Pipeline {
        var problems = spec.problems
        var created: [PipelineStage] = []
        // Every entry whose stage exists takes part in the requirement check, even if its options are wrong,
        // so one mistake does not cascade into false "needs" errors further down.
        var known: [(entry: StageEntry, descriptor: StageDescriptor)] = []
        for entry in spec.stages {
            guard let factory = factory(named: entry.name) else {
                var message = "unknown stage '\(entry.name)'"
                if let near = Suggestion.nearest(to: entry.name, in: names) { message += "; did you mean '\(near)'?" }
                message += " (available stages: \(descriptors.map(\.name).joined(separator: ", ")))"
                problems.append(entry.diagnostic(message))
                continue
            }
            known.append((entry, factory.descriptor))
            do {
                created.append(try factory.make(entry, context: context))
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        for unmet in Pipeline.unmetRequirements(in: known.map(\.descriptor), registry: self) {
            problems.append(known[unmet.stageIndex].entry.diagnostic(unmet.message))
        }
        problems.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        guard problems.isEmpty else { throw PipelineError(problems) }
        return Pipeline(unchecked: spec.name, description: spec.description, stages: created)
    }
}
