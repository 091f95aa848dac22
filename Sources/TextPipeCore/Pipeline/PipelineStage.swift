/// A created stage, ready to process documents, with its descriptor.
public struct PipelineStage: Sendable {
    public let descriptor: StageDescriptor
    /// The stage instance, type-erased.
    public let stage: any Stage

    public init(_ stage: some Stage) {
        self.descriptor = type(of: stage).descriptor
        self.stage = stage
    }

    /// A stage whose descriptor is known only at run time (runtime plugins, `exec`).
    public init(_ stage: any Stage, descriptor: StageDescriptor) {
        self.descriptor = descriptor
        self.stage = stage
    }

    public var name: String { descriptor.name }

    public func process(_ document: inout Document) throws {
        try stage.process(&document)
    }
}
