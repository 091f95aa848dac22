/// Reads layers back from the output contract's JSON, for documents that come back from outside the process
/// (an `exec` child, a runtime plugin).
///
/// The built-in layers (`sentences`, `entities`, `numbers`, `summary`) become their typed values again, so the
/// stages after an external one can use them; their offsets are converted from the contract's Unicode scalar
/// offsets back to the UTF-8 offsets stages work with. Any other layer is kept as a ``JSONLayer`` and written
/// out as it came.
public enum LayerDecoding {
    /// The names of the layers that decode to typed values.
    public static let builtInNames: Set<String> = [
        SentencesLayer.name, EntitiesLayer.name, NumbersLayer.name, SummaryLayer.name,
    ]

    /// Decodes one layer of a document.
    ///
    /// - Parameters:
    ///   - name: The layer's key in the JSON object.
    ///   - json: Its value.
    ///   - offsets: The offset table of the text the layer's offsets index.
    /// - Throws: ``LayerDecodingError`` when a built-in layer does not have the contract's shape.
    public static func layer(
        named name: String, from json: JSONValue, offsets: ScalarOffsetTable
    ) throws(LayerDecodingError) -> any LayerValue {
        let reader = Reader(layer: name, offsets: offsets)
        switch name {
        case SentencesLayer.name:
            return try reader.items(json) { reader, item throws(LayerDecodingError) in try reader.range(item) }
        case EntitiesLayer.name:
            return try reader.items(json) { reader, item throws(LayerDecodingError) in try reader.entity(item) }
        case NumbersLayer.name:
            return try reader.items(json) { reader, item throws(LayerDecodingError) in try reader.number(item) }
        case SummaryLayer.name:
            return try reader.summary(json)
        default:
            return JSONLayer(json)
        }
    }

    private struct Reader {
        let layer: String
        let offsets: ScalarOffsetTable
        var index: Int?

        func error(_ message: String) -> LayerDecodingError {
            LayerDecodingError(layer: layer, index: index, message: message)
        }

        func items<Item>(
            _ json: JSONValue, _ read: (Reader, JSONValue) throws(LayerDecodingError) -> Item
        ) throws(LayerDecodingError) -> [Item] {
            guard let array = json.arrayValue else { throw error("expected a list, found \(json.kindDescription)") }
            var items: [Item] = []
            items.reserveCapacity(array.count)
            var itemReader = self
            for (position, item) in array.enumerated() {
                itemReader.index = position
                items.append(try read(itemReader, item))
            }
            return items
        }

        func object(_ json: JSONValue) throws(LayerDecodingError) -> JSONValue {
            guard json.objectValue != nil else { throw error("expected an object, found \(json.kindDescription)") }
            return json
        }

        func range(_ json: JSONValue) throws(LayerDecodingError) -> TextRange {
            let item = try object(json)
            guard let start = item["start"]?.intValue, let end = item["end"]?.intValue else {
                throw error("needs integer 'start' and 'end'")
            }
            guard 0 <= start, start <= end, end <= offsets.scalarCount else {
                throw error("offsets \(start)..<\(end) are outside the text (\(offsets.scalarCount) characters)")
            }
            return TextRange(start: offsets.utf8Offset(ofScalar: start), end: offsets.utf8Offset(ofScalar: end))
        }

        func string(_ item: JSONValue, _ key: String) throws(LayerDecodingError) -> String? {
            guard let value = item[key], value != .null else { return nil }
            guard let text = value.stringValue else {
                throw error("'\(key)' must be a string, found \(value.kindDescription)")
            }
            return text
        }

        func double(_ item: JSONValue, _ key: String) throws(LayerDecodingError) -> Double? {
            guard let value = item[key], value != .null else { return nil }
            guard let number = value.doubleValue else {
                throw error("'\(key)' must be a number, found \(value.kindDescription)")
            }
            return number
        }

        func entity(_ json: JSONValue) throws(LayerDecodingError) -> Entity {
            let range = try range(json)
            guard let labelText = try string(json, "label") else { throw error("needs a 'label'") }
            guard let label = Entity.Label(rawValue: labelText) else {
                let choices = Entity.Label.allCases.map(\.rawValue).joined(separator: ", ")
                throw error("unknown label '\(labelText)' (labels: \(choices))")
            }
            let text = try string(json, "text") ?? offsets.text(of: range)
            return Entity(range: range, text: text, label: label, reason: try string(json, "reason"))
        }

        func number(_ json: JSONValue) throws(LayerDecodingError) -> NumberMention {
            let range = try range(json)
            guard let kindText = try string(json, "kind") else { throw error("needs a 'kind'") }
            guard let kind = NumberMention.Kind(rawValue: kindText) else {
                let choices = NumberMention.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw error("unknown kind '\(kindText)' (kinds: \(choices))")
            }
            var value: NumberMention.Value?
            switch json["value"] {
            case .number(let literal)?: value = Double(literal).map(NumberMention.Value.number)
            case .string(let text)?: value = .text(text)
            case nil, .null?: value = nil
            case let other?: throw error("'value' must be a number or a string, found \(other.kindDescription)")
            }
            return NumberMention(
                range: range, text: try string(json, "text") ?? offsets.text(of: range), kind: kind, value: value,
                low: try double(json, "low"), high: try double(json, "high"), currency: try string(json, "currency"),
                unit: try string(json, "unit"), counts: try string(json, "counts"), marker: try string(json, "marker"))
        }

        func summary(_ json: JSONValue) throws(LayerDecodingError) -> Summary {
            let item = try object(json)
            guard let text = try string(item, "text") else { throw error("needs a string 'text'") }
            let indices = item["sentences"]?.arrayValue ?? []
            var sentences: [Int] = []
            for index in indices {
                guard let number = index.intValue, number >= 0 else {
                    throw error("'sentences' must hold sentence indices, found \(index.kindDescription)")
                }
                sentences.append(number)
            }
            return Summary(text: text, sentences: sentences)
        }
    }
}

/// A built-in layer from outside the process that does not have the output contract's shape.
public struct LayerDecodingError: Error, Sendable, CustomStringConvertible {
    public var layer: String
    /// The position of the offending item in an array layer.
    public var index: Int?
    public var message: String

    public var description: String {
        "layer '\(layer)'" + (index.map { " item \($0)" } ?? "") + ": " + message
    }
}

/// Converts the output contract's Unicode scalar offsets back to UTF-8 offsets of a text: the inverse of what
/// ``OutputContext`` does when writing.
public struct ScalarOffsetTable: Sendable {
    public let text: String
    /// The UTF-8 offset of each scalar offset (one more entry than scalars); empty for ASCII text, where the two
    /// coincide.
    private let utf8Offsets: [Int32]
    /// The number of Unicode scalars in the text.
    public let scalarCount: Int

    public init(text: String) {
        var table: [Int32] = []
        var count = 0
        var copy = text
        copy.withUTF8 { utf8 in
            count = utf8.count
            guard utf8.contains(where: { $0 >= 0x80 }) else { return }
            table.reserveCapacity(utf8.count + 1)
            for index in 0..<utf8.count where utf8[index] & 0xC0 != 0x80 {
                table.append(Int32(index))
            }
            count = table.count
            table.append(Int32(utf8.count))
        }
        self.text = text
        self.utf8Offsets = table
        self.scalarCount = count
    }

    /// The UTF-8 offset of a scalar offset, clamped to the text.
    public func utf8Offset(ofScalar offset: Int) -> Int {
        let clamped = min(max(0, offset), scalarCount)
        return utf8Offsets.isEmpty ? clamped : Int(utf8Offsets[clamped])
    }

    func text(of range: TextRange) -> String { String(text[utf8: range]) }
}

extension JSONValue {
    /// What kind of value this is, for messages.
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let literal): return "the number \(literal)"
        case .string(let text): return "the string \"\(text.prefix(40))\""
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
