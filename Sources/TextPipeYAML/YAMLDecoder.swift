/// Decodes `Decodable` values from ``YAMLNode`` trees, reporting failures at the node that caused them.
///
/// Keys are matched in snake_case: a Swift property `keepOrder` reads the YAML key `keep_order`. Values
/// that conform to ``YAMLChoice`` (string enums) list their valid choices, with the nearest one, on a mismatch.
public struct YAMLDecoder: Sendable {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws(YAMLError) -> T {
        do {
            return try T(from: NodeDecoder(node: node, codingPath: []))
        } catch let error as YAMLError {
            throw error
        } catch let error as DecodingError {
            throw YAMLError(Self.describe(error), at: node.location)
        } catch {
            throw YAMLError(String(describing: error), at: node.location)
        }
    }

    /// The YAML spelling of a Swift property name: `keepOrder` becomes `keep_order`.
    public static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                if !result.isEmpty { result.append("_") }
                result.append(contentsOf: character.lowercased())
            } else {
                result.append(character)
            }
        }
        return result
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return String(describing: error)
        }
    }
}

/// A string enum usable as an option value; mismatches list the choices and suggest the nearest.
public protocol YAMLChoice: CaseIterable, RawRepresentable, Decodable where RawValue == String {}

/// Any key; used to walk mappings whose keys are data.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

struct NodeDecoder: Decoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let pairs = node.mapping else {
            throw YAMLError("expected a mapping of options, found \(node.kindDescription)", at: node.location)
        }
        return KeyedDecodingContainer(KeyedNodeContainer(node: node, pairs: pairs, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        if let items = node.sequence { return UnkeyedNodeContainer(items: items, node: node, codingPath: codingPath) }
        // A single scalar where a list is expected reads as a list of one, as in many YAML tools.
        if node.scalar != nil && !node.isNull { return UnkeyedNodeContainer(items: [node], node: node, codingPath: codingPath) }
        throw YAMLError("expected a list, found \(node.kindDescription)", at: node.location)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: YAMLNode
    let pairs: [(key: YAMLNode, value: YAMLNode)]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { pairs.compactMap { $0.key.scalar.flatMap { Key(stringValue: $0) } } }

    func value(for key: Key) -> YAMLNode? {
        let snake = YAMLDecoder.snakeCase(key.stringValue)
        return pairs.first { $0.key.scalar == snake || $0.key.scalar == key.stringValue }?.value
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func require(_ key: Key) throws -> YAMLNode {
        guard let value = value(for: key) else {
            throw YAMLError("missing key '\(YAMLDecoder.snakeCase(key.stringValue))'", at: node.location)
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { value(for: key)?.isNull ?? true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try NodeDecoder.decodeValue(type, from: require(key), codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: require(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: require(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { NodeDecoder(node: node, codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(node: try require(key), codingPath: codingPath + [key])
    }
}

struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let items: [YAMLNode]
    let node: YAMLNode
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [YAMLNode], node: YAMLNode, codingPath: [any CodingKey]) {
        self.items = items
        self.node = node
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func nextNode() throws -> YAMLNode {
        guard !isAtEnd else { throw YAMLError("the list has too few items", at: node.location) }
        defer { currentIndex += 1 }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = currentIndex
        return try NodeDecoder.decodeValue(type, from: nextNode(), codingPath: codingPath + [AnyCodingKey(intValue: index)])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: nextNode(), codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: nextNode(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { NodeDecoder(node: try nextNode(), codingPath: codingPath) }
}

struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: YAMLNode
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { node.isNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try NodeDecoder.decodeValue(type, from: node, codingPath: codingPath)
    }
}

extension NodeDecoder {
    /// Decodes scalars directly (with YAML's spellings of booleans and numbers) and everything else through
    /// the type's own `init(from:)`.
    static func decodeValue<T: Decodable>(_ type: T.Type, from node: YAMLNode, codingPath: [any CodingKey]) throws -> T {
        if let choice = type as? any YAMLChoice.Type {
            return try decodeChoice(choice, from: node) as! T
        }
        switch type {
        case is String.Type: return try string(node) as! T
        case is Bool.Type: return try bool(node) as! T
        case is Int.Type: return try integer(node) as! T
        case is Double.Type: return try double(node) as! T
        case is Float.Type: return Float(try double(node)) as! T
        default: return try T(from: NodeDecoder(node: node, codingPath: codingPath))
        }
    }

    static func string(_ node: YAMLNode) throws -> String {
        guard let text = node.scalar, !node.isNull else {
            throw YAMLError("expected a string, found \(node.kindDescription)", at: node.location)
        }
        return text
    }

    static func bool(_ node: YAMLNode) throws -> Bool {
        switch node.scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw YAMLError("expected true or false, found \(node.kindDescription)", at: node.location)
        }
    }

    static func integer(_ node: YAMLNode) throws -> Int {
        guard let text = node.scalar, let value = Int(String(text.filter { $0 != "_" })) else {
            throw YAMLError("expected an integer, found \(node.kindDescription)", at: node.location)
        }
        return value
    }

    static func double(_ node: YAMLNode) throws -> Double {
        guard let text = node.scalar, let value = Double(String(text.filter { $0 != "_" })), value.isFinite else {
            throw YAMLError("expected a number, found \(node.kindDescription)", at: node.location)
        }
        return value
    }

    static func decodeChoice<C: YAMLChoice>(_ type: C.Type, from node: YAMLNode) throws -> C {
        let text = try string(node)
        if let value = C(rawValue: text) { return value }
        let choices = C.allCases.map(\.rawValue)
        var message = "expected one of \(choices.map { "'\($0)'" }.joined(separator: ", ")), found '\(text)'"
        if let near = Suggestion.nearest(to: text, in: choices) { message += "; did you mean '\(near)'?" }
        throw YAMLError(message, at: node.location)
    }
}
