import CLibYAML

/// Reads YAML into ``YAMLNode`` trees through libyaml's event API.
///
/// Untrusted pipeline files cannot exhaust the process: aliases expand under a node budget (a "billion
/// laughs" file is an error, not a hang), nesting depth is capped, and oversized input is refused.
public struct YAMLParser: Sendable {
    /// The largest input accepted, in bytes.
    public var maximumBytes = 4 << 20
    /// The deepest nesting of collections accepted.
    public var maximumDepth = 64
    /// The most nodes a document may hold once aliases are expanded.
    public var maximumNodes = 100_000

    public init() {}

    /// Parses the first document of `text`; returns `nil` for an empty stream.
    public func parse(_ text: String) throws(YAMLError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        guard bytes.count <= maximumBytes else {
            throw YAMLError("file is \(bytes.count) bytes; the limit is \(maximumBytes)", at: nil)
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw YAMLError("cannot initialise libyaml", at: nil) }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLError) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(limits: self)
            return try builder.build(&parser)
        }
    }

    private struct TreeBuilder {
        let limits: YAMLParser
        var anchors: [String: YAMLNode] = [:]
        var anchorSizes: [String: Int] = [:]
        var nodeCount = 0

        mutating func build(_ parser: inout yaml_parser_t) throws(YAMLError) -> YAMLNode? {
            var root: YAMLNode?
            var sawDocument = false
            while true {
                var event = try next(&parser)
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return root
                case YAML_DOCUMENT_START_EVENT:
                    if sawDocument {
                        throw YAMLError("only one YAML document is allowed; found a second '---'", at: location(event.start_mark))
                    }
                    sawDocument = true
                case YAML_DOCUMENT_END_EVENT, YAML_STREAM_START_EVENT:
                    continue
                default:
                    root = try node(from: &event, parser: &parser, depth: 0)
                }
            }
        }

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        mutating func next(_ parser: inout yaml_parser_t) throws(YAMLError) -> yaml_event_t {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw parserError(parser) }
            return event
        }

        func parserError(_ parser: yaml_parser_t) -> YAMLError {
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                message += " " + context
                let contextLocation = location(parser.context_mark)
                message += " (started at \(contextLocation))"
            }
            return YAMLError(message, at: location(parser.problem_mark))
        }

        mutating func count(_ added: Int, at mark: yaml_mark_t) throws(YAMLError) {
            nodeCount += added
            if nodeCount > limits.maximumNodes {
                throw YAMLError(
                    "document expands to more than \(limits.maximumNodes) nodes (are aliases nested too deeply?)",
                    at: location(mark))
            }
        }

        mutating func node(
            from event: inout yaml_event_t, parser: inout yaml_parser_t, depth: Int
        ) throws(YAMLError) -> YAMLNode {
            let at = location(event.start_mark)
            guard depth <= limits.maximumDepth else {
                throw YAMLError("nesting is deeper than \(limits.maximumDepth) levels", at: at)
            }
            let startCount = nodeCount
            let result: YAMLNode
            var anchor: String?
            switch event.type {
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let target = anchors[name] else { throw YAMLError("unknown alias '*\(name)'", at: at) }
                try count(anchorSizes[name] ?? 1, at: event.start_mark)
                var copy = target
                copy.location = at
                return copy
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                anchor = scalar.anchor.map { String(cString: $0) }
                let text = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                try count(1, at: event.start_mark)
                result = YAMLNode(.scalar(text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: at)
            case YAML_SEQUENCE_START_EVENT:
                anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
                try count(1, at: event.start_mark)
                var items: [YAMLNode] = []
                while true {
                    var child = try next(&parser)
                    defer { yaml_event_delete(&child) }
                    if child.type == YAML_SEQUENCE_END_EVENT { break }
                    items.append(try node(from: &child, parser: &parser, depth: depth + 1))
                }
                result = YAMLNode(.sequence(items), at: at)
            case YAML_MAPPING_START_EVENT:
                anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
                try count(1, at: event.start_mark)
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                while true {
                    var keyEvent = try next(&parser)
                    defer { yaml_event_delete(&keyEvent) }
                    if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                    let key = try node(from: &keyEvent, parser: &parser, depth: depth + 1)
                    var valueEvent = try next(&parser)
                    defer { yaml_event_delete(&valueEvent) }
                    let value = try node(from: &valueEvent, parser: &parser, depth: depth + 1)
                    if let name = key.scalar, pairs.contains(where: { $0.key.scalar == name }) {
                        throw YAMLError("duplicate key '\(name)'", at: key.location)
                    }
                    pairs.append((key, value))
                }
                result = YAMLNode(.mapping(pairs), at: at)
            default:
                throw YAMLError("unexpected YAML event", at: at)
            }
            if let anchor {
                anchors[anchor] = result
                anchorSizes[anchor] = nodeCount - startCount
            }
            return result
        }
    }
}
