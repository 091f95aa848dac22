import TextPipeYAML

/// One option of a stage as shown by `textpipe stages NAME` and the generated docs.
public struct OptionInfo: Sendable, Equatable {
    /// The YAML key.
    public var key: String
    /// The type, as a user reads it: `Int`, `Bool`, `[String]`, `one of: lead, graph`.
    public var type: String
    /// The default value, as it would be written in YAML.
    public var defaultValue: String
    public var help: String?

    /// An option described from outside Swift's reflection (a runtime plugin's stage).
    public init(key: String, type: String, defaultValue: String, help: String? = nil) {
        (self.key, self.type, self.defaultValue, self.help) = (key, type, defaultValue, help)
    }

    /// Reads the options of a type from its default value, so the listing can never drift from the code.
    static func describe<Options: StageOptions>(_ type: Options.Type) -> [OptionInfo] {
        let defaults = Options()
        return Mirror(reflecting: defaults).children.compactMap { child in
            guard let label = child.label else { return nil }
            let key = key(forLabel: label)
            return OptionInfo(
                key: key, type: typeName(of: child.value), defaultValue: yamlText(of: child.value),
                help: Options.help[key])
        }
    }

    /// Only the YAML keys of a type's options, for checking a pipeline's keys: a type name and default text
    /// take dynamic casts, and each first cast of a type searches every conformance in the process (about a
    /// millisecond per stage with options at every start).
    static func keys<Options: StageOptions>(of type: Options.Type) -> [String] {
        Mirror(reflecting: Options()).children.compactMap { child in child.label.map(key(forLabel:)) }
    }

    /// The YAML key of a stored property: snake case, without the underscore of a property wrapper's storage.
    private static func key(forLabel label: String) -> String {
        YAMLDecoder.snakeCase(label.hasPrefix("_") ? String(label.dropFirst()) : label)
    }

    static func typeName(of value: Any) -> String {
        if let choice = value as? any YAMLChoice {
            return "one of: " + choiceNames(choice).joined(separator: ", ")
        }
        var name = String(describing: Swift.type(of: value))
        for (generic, sugar) in [("Array<", "["), ("Optional<", "")] where name.hasPrefix(generic) {
            name = sugar + name.dropFirst(generic.count).dropLast() + (sugar == "[" ? "]" : "?")
        }
        return name
    }

    private static func choiceNames<C: YAMLChoice>(_ value: C) -> [String] {
        C.allCases.map(\.rawValue)
    }

    static func yamlText(of value: Any) -> String {
        if let choice = value as? any YAMLChoice { return rawText(choice) }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return "null" }
            return yamlText(of: wrapped)
        }
        if mirror.displayStyle == .collection {
            return "[" + mirror.children.map { yamlText(of: $0.value) }.joined(separator: ", ") + "]"
        }
        if let text = value as? String { return text.isEmpty ? "\"\"" : text }
        return String(describing: value)
    }

    private static func rawText<C: YAMLChoice>(_ value: C) -> String { value.rawValue }
}
