import TextPipeYAML

/// Makes instances of one stage from pipeline entries. The registry holds one per stage.
///
/// Compiled-in stages get theirs from ``StageFactory/init(_:)``; stages from elsewhere (runtime plugins,
/// `exec`) supply the closure themselves.
public struct StageFactory: Sendable {
    /// Creates a stage from its entry in a pipeline file.
    public typealias Make = @Sendable (_ entry: StageEntry, _ context: StageContext) throws(PipelineError) -> PipelineStage

    public let descriptor: StageDescriptor
    private let describeOptions: @Sendable () -> [OptionInfo]
    private let make: Make

    /// The stage's options with their types, defaults and help, for listings.
    ///
    /// Worked out on each use rather than at registration: describing options reflects over their default
    /// values, which cost a third of the start-up time of every run that never lists them.
    public var options: [OptionInfo] { describeOptions() }

    public init(descriptor: StageDescriptor, options: [OptionInfo], make: @escaping Make) {
        self.descriptor = descriptor
        self.describeOptions = { options }
        self.make = make
    }

    /// A factory whose option listing is worked out only when asked for.
    public init(descriptor: StageDescriptor, describeOptions: @escaping @Sendable () -> [OptionInfo], make: @escaping Make) {
        self.descriptor = descriptor
        self.describeOptions = describeOptions
        self.make = make
    }

    /// The factory of a compiled-in stage type.
    public init<S: Stage>(_ type: S.Type) {
        self.init(descriptor: S.descriptor, describeOptions: { OptionInfo.describe(S.Options.self) }) {
            entry, context throws(PipelineError) in
            let options: S.Options = try OptionsDecoding.decode(S.Options.self, entry: entry, stage: S.descriptor.name)
            do {
                return PipelineStage(try S(options: options, context: context))
            } catch let error as OptionError {
                throw PipelineError([entry.diagnostic(for: error)])
            } catch {
                throw PipelineError([entry.diagnostic("cannot create stage '\(S.descriptor.name)': \(error)")])
            }
        }
    }

    /// Creates the stage for one pipeline entry.
    public func make(_ entry: StageEntry, context: StageContext) throws(PipelineError) -> PipelineStage {
        try make(entry, context)
    }
}

/// One entry of a pipeline's `stages:` list, as written.
public struct StageEntry: Sendable {
    /// The pipeline file the entry is in.
    public var file: String
    /// The stage name as written.
    public var name: String
    /// Where the name is.
    public var location: SourceLocation
    /// The options mapping, or `nil` for a bare name.
    public var options: YAMLNode?

    public init(file: String, name: String, location: SourceLocation, options: YAMLNode? = nil) {
        self.file = file
        self.name = name
        self.location = location
        self.options = options
    }

    /// A diagnostic at the entry's name.
    public func diagnostic(_ message: String) -> Diagnostic {
        Diagnostic(file: file, location: location, message: message)
    }

    /// A diagnostic for an option error, at the option's key when it names one.
    public func diagnostic(for error: OptionError) -> Diagnostic {
        let keyNode = error.key.flatMap { key in options?.mapping?.first { $0.key.scalar == key }?.value }
        let where_ = keyNode?.location ?? options?.location ?? location
        let prefix = error.key.map { "option '\($0)' of '\(name)' " } ?? "'\(name)': "
        return Diagnostic(file: file, location: where_, message: prefix + error.message)
    }
}
