/// A processing step of a pipeline: the one protocol every built-in and custom stage conforms to.
///
/// A stage is created once per pipeline from its options (that is where it loads word lists or models and
/// validates its configuration) and then called for every document, possibly from several threads at once,
/// so it keeps no mutable state between documents.
///
/// ```swift
/// struct Shout: Stage {
///     static let descriptor = StageDescriptor(name: "shout", summary: "Upper-cases the text.",
///                                             requires: [.text])
///     init(options: NoOptions, context: StageContext) {}
///     func process(_ document: inout Document) throws {
///         document.replaceText(document.text.uppercased(), mappedBy: .identity(count: document.text.utf8.count))
///     }
/// }
/// ```
public protocol Stage: Sendable {
    /// The options the stage reads from its pipeline entry. Every field has a default.
    associatedtype Options: StageOptions = NoOptions

    /// The stage's name, summary and what it needs and makes.
    static var descriptor: StageDescriptor { get }

    /// Creates the stage, loading what it needs once.
    ///
    /// - Throws: ``OptionError`` for an option value that passed decoding but cannot be used (a missing file,
    ///   an invalid pattern); the pipeline loader reports it at the option's location.
    init(options: Options, context: StageContext) throws

    /// Processes one document in place.
    ///
    /// - Throws: Any error fails this document only; the runner records it and goes on with the others.
    func process(_ document: inout Document) throws
}

/// What a stage learns about its surroundings when it is created.
public struct StageContext: Sendable {
    /// The folder that relative paths in options resolve against: the pipeline file's folder, or the
    /// working directory for embedded pipelines and pipelines built in Swift.
    public var baseDirectory: String

    public init(baseDirectory: String = ".") {
        self.baseDirectory = baseDirectory
    }

    /// Resolves a path from an option against `baseDirectory`.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || baseDirectory.isEmpty || baseDirectory == "." { return path }
        if path.hasPrefix("~/"), let home = ProcessEnvironment.home { return home + path.dropFirst(1) }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }
}

/// A failure of one document in one stage, with a message for the output's `error` field.
public struct StageError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
