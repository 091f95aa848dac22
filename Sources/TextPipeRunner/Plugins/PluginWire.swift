import TextPipeYAML

/// The JSON that crosses the plugin ABI besides documents (see `textpipe_plugin.h`): stage descriptions, pipeline
/// entries with their YAML options, and creation diagnostics. Host and plugin both use this one definition.
public enum PluginWire {
    // MARK: Stage descriptions

    /// The description of stages a plugin returns from `describe`.
    public static func describe(_ factories: [StageFactory]) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginArray()
        for factory in factories {
            let stage = factory.descriptor
            writer.beginObject()
            writer.field("name", stage.name)
            writer.key("aliases")
            strings(stage.aliases, to: &writer)
            writer.field("summary", stage.summary)
            writer.key("requires")
            strings(stage.requires.map(\.rawValue), to: &writer)
            writer.key("produces")
            strings(stage.produces.map(\.rawValue), to: &writer)
            writer.key("options")
            writer.beginArray()
            for option in factory.options {
                writer.beginObject()
                writer.field("key", option.key)
                writer.field("type", option.type)
                writer.field("default", option.defaultValue)
                if let help = option.help { writer.field("help", help) }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        return writer.bytes
    }

    /// Reads what `describe` returned.
    public static func stages(from bytes: [UInt8]) throws(WireError) -> [(StageDescriptor, [OptionInfo])] {
        guard let items = (try? JSONParser.parse(bytes))?.arrayValue else {
            throw WireError("its stage description is not a JSON list")
        }
        var stages: [(StageDescriptor, [OptionInfo])] = []
        for item in items {
            guard let name = item["name"]?.stringValue, !name.isEmpty else {
                throw WireError("a stage in its description has no name")
            }
            let descriptor = StageDescriptor(
                name: name, aliases: strings(item["aliases"]), summary: item["summary"]?.stringValue ?? "",
                requires: item["requires"] == nil ? [.text] : strings(item["requires"]).map { LayerName($0) },
                produces: strings(item["produces"]).map { LayerName($0) })
            let options = (item["options"]?.arrayValue ?? []).compactMap { option -> OptionInfo? in
                guard let key = option["key"]?.stringValue else { return nil }
                return OptionInfo(
                    key: key, type: option["type"]?.stringValue ?? "",
                    defaultValue: option["default"]?.stringValue ?? "",
                    help: option["help"]?.stringValue)
            }
            stages.append((descriptor, options))
        }
        return stages
    }

    // MARK: Pipeline entries

    /// A pipeline entry for `create`, with its options as located YAML nodes so the plugin reports errors at
    /// the right line and column.
    public static func entry(_ entry: StageEntry, stage: String, context: StageContext) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("stage", stage)
        writer.field("file", entry.file)
        writer.field("line", entry.location.line)
        writer.field("column", entry.location.column)
        writer.field("base_directory", context.baseDirectory)
        writer.key("options")
        if let options = entry.options { node(options, to: &writer) } else { writer.null() }
        writer.endObject()
        return writer.bytes
    }

    /// Reads an entry written by ``entry(_:stage:context:)``.
    public static func entry(from bytes: some Collection<UInt8>) throws(WireError) -> (
        stage: String, entry: StageEntry, context: StageContext
    ) {
        guard let json = try? JSONParser.parse(bytes), let stage = json["stage"]?.stringValue else {
            throw WireError("the pipeline entry is not a JSON object with a 'stage'")
        }
        let location = SourceLocation(line: json["line"]?.intValue ?? 0, column: json["column"]?.intValue ?? 0)
        var options: YAMLNode?
        if let value = json["options"], value != .null { options = try node(from: value) }
        let entry = StageEntry(file: json["file"]?.stringValue ?? "", name: stage, location: location, options: options)
        return (stage, entry, StageContext(baseDirectory: json["base_directory"]?.stringValue ?? "."))
    }

    private static func node(_ node: YAMLNode, to writer: inout JSONWriter) {
        writer.beginObject()
        switch node.content {
        case .scalar(let text, let isPlain):
            writer.field("scalar", text)
            writer.key("plain")
            writer.bool(isPlain)
        case .sequence(let items):
            writer.key("sequence")
            writer.beginArray()
            for item in items { self.node(item, to: &writer) }
            writer.endArray()
        case .mapping(let pairs):
            writer.key("mapping")
            writer.beginArray()
            for pair in pairs {
                writer.beginArray()
                self.node(pair.key, to: &writer)
                self.node(pair.value, to: &writer)
                writer.endArray()
            }
            writer.endArray()
        }
        writer.field("line", node.location.line)
        writer.field("column", node.location.column)
        writer.endObject()
    }

    private static func node(from json: JSONValue) throws(WireError) -> YAMLNode {
        let location = SourceLocation(line: json["line"]?.intValue ?? 0, column: json["column"]?.intValue ?? 0)
        if let text = json["scalar"]?.stringValue {
            return YAMLNode(.scalar(text, isPlain: json["plain"]?.boolValue ?? true), at: location)
        }
        if let items = json["sequence"]?.arrayValue {
            var nodes: [YAMLNode] = []
            for item in items { nodes.append(try node(from: item)) }
            return YAMLNode(.sequence(nodes), at: location)
        }
        if let pairs = json["mapping"]?.arrayValue {
            var mapped: [(key: YAMLNode, value: YAMLNode)] = []
            for pair in pairs {
                guard let two = pair.arrayValue, two.count == 2 else {
                    throw WireError("a mapping pair is not [key, value]")
                }
                mapped.append((try node(from: two[0]), try node(from: two[1])))
            }
            return YAMLNode(.mapping(mapped), at: location)
        }
        throw WireError("an options node is neither a scalar, a sequence nor a mapping")
    }

    // MARK: Diagnostics

    /// Creation errors as `create` returns them.
    public static func diagnostics(_ diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("diagnostics")
        writer.beginArray()
        for diagnostic in diagnostics {
            writer.beginObject()
            if let location = diagnostic.location {
                writer.field("line", location.line)
                writer.field("column", location.column)
            }
            writer.field("message", diagnostic.message)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }

    /// Reads creation errors, placing them in `file`; text that is not the expected JSON becomes one message.
    public static func diagnostics(from bytes: [UInt8], file: String, fallback: SourceLocation) -> [Diagnostic] {
        guard let items = (try? JSONParser.parse(bytes))?["diagnostics"]?.arrayValue, !items.isEmpty else {
            let text = String(decoding: bytes, as: UTF8.self)
            return [
                Diagnostic(
                    file: file, location: fallback,
                    message: text.isEmpty ? "the plugin could not create the stage" : text)
            ]
        }
        return items.map { item in
            let location = item["line"]?.intValue.map {
                SourceLocation(line: $0, column: item["column"]?.intValue ?? 1)
            }
            return Diagnostic(
                file: file, location: location ?? fallback, message: item["message"]?.stringValue ?? "\(item)")
        }
    }

    private static func strings(_ values: [String], to writer: inout JSONWriter) {
        writer.beginArray()
        for value in values { writer.string(value) }
        writer.endArray()
    }

    private static func strings(_ json: JSONValue?) -> [String] {
        (json?.arrayValue ?? []).compactMap(\.stringValue)
    }
}

/// JSON from the other side of the plugin ABI that does not have the agreed shape.
public struct WireError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
