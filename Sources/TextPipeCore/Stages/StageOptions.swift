/// The options of a stage: a struct whose every stored property has a default value.
///
/// Conforming types declare their fields with defaults and get decoding from YAML for free: keys are the
/// snake_case spelling of the property names, keys left out keep their defaults, unknown keys are errors
/// with a suggestion, and type errors point at the offending value.
///
/// ```swift
/// struct Options: StageOptions {
///     var sentences = 3
///     var keepOrder = true      // `keep_order:` in YAML
///     static let help = ["sentences": "How many sentences to keep."]
///     func validate() throws(OptionError) {
///         if sentences < 1 { throw OptionError(key: "sentences", "must be at least 1") }
///     }
/// }
/// ```
public protocol StageOptions: Codable, Sendable {
    /// The defaults.
    init()
    /// One line of documentation per option, keyed by the YAML (snake_case) key.
    static var help: [String: String] { get }
    /// Checks values that decode but are out of range.
    func validate() throws(OptionError)
}

extension StageOptions {
    public static var help: [String: String] { [:] }
    public func validate() throws(OptionError) {}
}

/// The options of a stage that takes none.
public struct NoOptions: StageOptions {
    public init() {}
}

/// An option whose value cannot be used; reported at the option's location in the pipeline file.
public struct OptionError: Error, Sendable, CustomStringConvertible {
    /// The YAML key of the option, or `nil` when the problem is the options as a whole.
    public var key: String?
    public var message: String

    public init(key: String? = nil, _ message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { key.map { "option '\($0)' \(message)" } ?? message }
}
