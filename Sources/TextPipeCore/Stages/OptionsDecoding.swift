import Foundation
import TextPipeYAML

/// Turns a stage's YAML options into its `StageOptions` value: defaults for what is left out, every unknown
/// key reported with the nearest valid one, type errors at the value, then the type's own validation.
enum OptionsDecoding {
    static func decode<Options: StageOptions>(
        _ type: Options.Type, entry: StageEntry, stage: String
    ) throws(PipelineError) -> Options {
        guard let node = entry.options, !node.isNull else { return try validated(Options(), entry: entry) }
        guard let pairs = node.mapping else {
            throw PipelineError([
                Diagnostic(
                    file: entry.file, location: node.location,
                    message: "the options of '\(stage)' must be a mapping of option names to values, found \(node.kindDescription)")
            ])
        }
        let known = OptionInfo.keys(of: Options.self)
        var problems: [Diagnostic] = []
        for (key, _) in pairs {
            let name = key.scalar ?? key.description
            guard !known.contains(name) else { continue }
            var message = "unknown option '\(name)' for stage '\(stage)'"
            if let near = Suggestion.nearest(to: name, in: known) { message += "; did you mean '\(near)'?" }
            message += known.isEmpty ? " (it takes no options)" : " (valid options: \(known.joined(separator: ", ")))"
            problems.append(Diagnostic(file: entry.file, location: key.location, message: message))
        }
        guard problems.isEmpty else { throw PipelineError(problems) }
        let merged = merge(defaults: defaultsNode(Options(), at: node.location), with: node)
        let options: Options
        do {
            options = try YAMLDecoder().decode(Options.self, from: merged)
        } catch {
            // The option the failing value belongs to: the last key written at or before it.
            let location = error.location ?? node.location
            let key = pairs.last { ($0.key.location.line, $0.key.location.column) <= (location.line, location.column) }?.key.scalar
            throw PipelineError([
                Diagnostic(
                    file: entry.file, location: location,
                    message: (key.map { "option '\($0)' of '\(stage)': " } ?? "option of '\(stage)': ") + error.message)
            ])
        }
        return try validated(options, entry: entry)
    }

    private static func validated<Options: StageOptions>(_ options: Options, entry: StageEntry) throws(PipelineError) -> Options {
        do {
            try options.validate()
        } catch {
            throw PipelineError([entry.diagnostic(for: error)])
        }
        return options
    }

    /// The defaults as a YAML tree, so user keys can be laid over them before decoding.
    static func defaultsNode<Options: StageOptions>(_ defaults: Options, at location: SourceLocation) -> YAMLNode {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(defaults), let json = try? JSONParser.parse(Array(data)) else {
            return YAMLNode(.mapping([]), at: location)
        }
        return node(from: json, at: location)
    }

    static func node(from json: JSONValue, at location: SourceLocation) -> YAMLNode {
        switch json {
        case .null: return YAMLNode(.scalar("", isPlain: true), at: location)
        case .bool(let flag): return YAMLNode(.scalar(flag ? "true" : "false", isPlain: true), at: location)
        case .number(let literal): return YAMLNode(.scalar(literal, isPlain: true), at: location)
        case .string(let text): return YAMLNode(.scalar(text, isPlain: false), at: location)
        case .array(let items): return YAMLNode(.sequence(items.map { node(from: $0, at: location) }), at: location)
        case .object(let members):
            return YAMLNode(
                .mapping(members.map { (YAMLNode(.scalar($0.key, isPlain: true), at: location), node(from: $0.value, at: location)) }),
                at: location)
        }
    }

    /// Lays `user` over `defaults`: mappings merge key by key, anything else replaces.
    static func merge(defaults: YAMLNode, with user: YAMLNode) -> YAMLNode {
        guard var pairs = defaults.mapping, let userPairs = user.mapping else { return user }
        for (key, value) in userPairs {
            if let index = pairs.firstIndex(where: { $0.key.scalar == key.scalar }) {
                pairs[index] = (key, value.isNull && pairs[index].value.mapping != nil ? pairs[index].value : merge(defaults: pairs[index].value, with: value))
            } else {
                pairs.append((key, value))
            }
        }
        return YAMLNode(.mapping(pairs), at: user.location)
    }
}
