/// The annotation layers of a document, keyed by name, in the order they were added.
public struct Layers: Sendable {
    /// A named layer. A struct rather than a tuple: reading a field of a tuple through a pointer copied the
    /// whole tuple (the name and the existential value) first.
    @usableFromInline struct Entry: Sendable {
        @usableFromInline var name: String
        @usableFromInline var value: any LayerValue

        @usableFromInline init(name: String, value: any LayerValue) {
            self.name = name
            self.value = value
        }
    }

    @usableFromInline var entries: [Entry] = []

    public init() {}

    /// The typed value of a layer, or `nil` if absent (or stored under that name with another type).
    ///
    /// Inlinable so that each stage's use is specialised to its key: a generic call costs about as much as a
    /// short document's whole layer.
    @inlinable public subscript<Key: LayerKey>(key: Key.Type) -> Key.Value? {
        get {
            // By index, so only the entry that matches is read out (`first(where:)` copied each one it passed).
            for index in entries.indices where entries[index].name == Key.name {
                return Layers.cast(entries[index].value, to: Key.Value.self)
            }
            return nil
        }
        set {
            set(newValue, named: Key.name)
        }
    }

    /// `value as? T`, answered by comparing types when the value is exactly a `T` (as a layer read by its key
    /// nearly always is): the runtime's general cast took about 400 instructions for an array of entities.
    @inlinable static func cast<T>(_ value: any LayerValue, to type: T.Type) -> T? {
        func exactly<Stored: LayerValue>(_ stored: Stored) -> T? {
            Stored.self == T.self ? unsafeBitCast(stored, to: T.self) : nil
        }
        return exactly(value) ?? value as? T
    }

    /// Stores an untyped value under a name; `nil` removes the layer.
    public mutating func set(_ value: (any LayerValue)?, named name: String) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
            if let value { entries[index].value = value } else { entries.remove(at: index) }
        } else if let value {
            entries.append(Entry(name: name, value: value))
        }
    }

    /// The untyped value stored under a name.
    public func value(named name: String) -> (any LayerValue)? {
        entries.first { $0.name == name }?.value
    }

    public func contains(_ name: LayerName) -> Bool { entries.contains { $0.name == name.rawValue } }

    /// Writes each layer as a key and its value into an open object, in the order they were added.
    ///
    /// Each value is written where it is stored: iterating `all` copied the array and each existential value.
    package func write(to writer: inout JSONWriter, context: OutputContext) {
        entries.withUnsafeBufferPointer { entries in
            guard let base = entries.baseAddress else { return }
            for index in entries.indices {
                // Through the pointer's address (a buffer's subscript hands out a copy of the entry).
                let entry = base + index
                writer.key(entry.pointee.name)
                entry.pointee.value.writeJSON(to: &writer, context: context)
            }
        }
    }

    /// The layers in the order they were added.
    public var all: [(name: String, value: any LayerValue)] { entries.map { ($0.name, $0.value) } }

    public var isEmpty: Bool { entries.isEmpty }

    public mutating func removeAll() { entries.removeAll() }
}

/// A layer whose contents arrived as JSON from outside the process (an `exec` stage, a runtime plugin) and
/// that no Swift type claims. It is written back out as it came.
public struct JSONLayer: LayerValue, Equatable {
    public var json: JSONValue

    public init(_ json: JSONValue) { self.json = json }

    public func writeJSON(to writer: inout JSONWriter, context: OutputContext) {
        writer.value(json)
    }
}
