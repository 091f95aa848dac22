/// A created stage, ready to process documents, with its descriptor.
///
/// The stage and its descriptor live in one shared, immutable box: the runner handles each stage once per
/// document, and copying the existential and the descriptor's strings and arrays each time cost more than
/// a short stage's work.
public struct PipelineStage: Sendable {
    private final class Storage: Sendable {
        let descriptor: StageDescriptor
        let stage: any Stage

        init(descriptor: StageDescriptor, stage: any Stage) {
            self.descriptor = descriptor
            self.stage = stage
        }
    }

    private let storage: Storage

    public init(_ stage: some Stage) {
        storage = Storage(descriptor: type(of: stage).descriptor, stage: stage)
    }

    /// A stage whose descriptor is known only at run time (runtime plugins, `exec`).
    public init(_ stage: any Stage, descriptor: StageDescriptor) {
        storage = Storage(descriptor: descriptor, stage: stage)
    }

    public var descriptor: StageDescriptor { storage.descriptor }

    /// The stage instance, type-erased.
    public var stage: any Stage { storage.stage }

    public var name: String { storage.descriptor.name }

    public func process(_ document: inout Document) throws {
        try storage.stage.process(&document)
    }
}
