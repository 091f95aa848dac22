/// The stages a pipeline may name: a value passed to whoever builds pipelines, never a global.
///
/// ```swift
/// let registry = try StageRegistry.builtIn.adding(RedactStage.self)
/// ```
public struct StageRegistry: Sendable {
    private var factories: [StageFactory] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// A registry holding the given stage types.
    public init(_ types: [any Stage.Type]) throws(RegistryError) {
        for type in types { try register(type) }
    }

    /// Adds a compiled-in stage.
    ///
    /// - Throws: ``RegistryError`` if its name or an alias is taken.
    public mutating func register(_ type: any Stage.Type) throws(RegistryError) {
        try register(Self.factory(for: type))
    }

    private static func factory<S: Stage>(for type: S.Type) -> StageFactory { StageFactory(type) }

    /// Adds a stage from any source (a runtime plugin, an external process).
    public mutating func register(_ factory: StageFactory) throws(RegistryError) {
        let names = [factory.descriptor.name] + factory.descriptor.aliases
        for name in names {
            if let existing = index[name] {
                throw RegistryError(name: name, existing: factories[existing].descriptor.name)
            }
        }
        factories.append(factory)
        for name in names { index[name] = factories.count - 1 }
    }

    /// A copy with one more stage.
    public func adding(_ type: any Stage.Type) throws(RegistryError) -> StageRegistry {
        var copy = self
        try copy.register(type)
        return copy
    }

    /// The factory for a name or alias.
    public func factory(named name: String) -> StageFactory? {
        index[name].map { factories[$0] }
    }

    /// Every registered stage, in registration order.
    public var descriptors: [StageDescriptor] { factories.map(\.descriptor) }

    public var factoriesInOrder: [StageFactory] { factories }

    /// Every name and alias a pipeline may use.
    public var names: [String] { index.keys.sorted() }
}

/// A stage name registered twice.
public struct RegistryError: Error, Sendable, CustomStringConvertible {
    public var name: String
    /// The stage that already holds the name.
    public var existing: String

    public var description: String {
        name == existing
            ? "a stage named '\(name)' is already registered"
            : "the name '\(name)' is already taken by stage '\(existing)'"
    }
}
