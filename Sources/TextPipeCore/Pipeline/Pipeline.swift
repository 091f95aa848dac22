/// A sequence of created stages that documents flow through.
///
/// Built from YAML by ``PipelineLoader`` or directly in Swift:
/// ```swift
/// let pipeline = try Pipeline(name: "mine", stages: [PipelineStage(SentenceSplitStage())])
/// let document = pipeline.process(text: "One. Two.")
/// ```
public struct Pipeline: Sendable {
    public var name: String
    public var description: String?
    public private(set) var stages: [PipelineStage]

    /// - Throws: ``PipelineError`` when a stage needs a layer that no earlier stage produces.
    public init(name: String, description: String? = nil, stages: [PipelineStage]) throws(PipelineError) {
        self.name = name
        self.description = description
        self.stages = stages
        if let problem = Pipeline.firstUnmetRequirement(in: stages.map(\.descriptor), registry: nil) {
            throw PipelineError([Diagnostic(file: name, location: nil, message: problem.message)])
        }
    }

    init(unchecked name: String, description: String?, stages: [PipelineStage]) {
        self.name = name
        self.description = description
        self.stages = stages
    }

    /// Whether some stage turns raw bytes into text; if none does, the runner decodes input as UTF-8 itself.
    public var decodesText: Bool { stages.contains { $0.descriptor.produces.contains(.text) } }

    /// Runs every stage on a document.
    ///
    /// - Throws: ``StageFailure`` naming the stage that failed. The document then holds what it held before
    ///   that stage, so no half-made layer survives.
    public func process(_ document: inout Document) throws(StageFailure) {
        for stage in stages {
            try Pipeline.run(stage, on: &document)
        }
    }

    /// Runs one stage, keeping the document unchanged if it throws.
    @inline(__always)
    public static func run(_ stage: PipelineStage, on document: inout Document) throws(StageFailure) {
        var working = document
        do {
            try stage.process(&working)
        } catch let error as StageError {
            throw StageFailure(stage: stage.name, message: error.message)
        } catch {
            throw StageFailure(stage: stage.name, message: String(describing: error))
        }
        document = working
    }

    /// Processes a string and returns the document, with `error` set if a stage failed.
    public func process(text: String, id: String = "text") -> (document: Document, error: StageFailure?) {
        var document = Document(id: id, text: text)
        do {
            try process(&document)
            return (document, nil)
        } catch {
            return (document, error)
        }
    }

    struct UnmetRequirement {
        var stageIndex: Int
        var message: String
    }

    /// Finds the first stage that needs something no earlier stage makes.
    static func firstUnmetRequirement(in stages: [StageDescriptor], registry: StageRegistry?) -> UnmetRequirement? {
        unmetRequirements(in: stages, registry: registry).first
    }

    static func unmetRequirements(in stages: [StageDescriptor], registry: StageRegistry?) -> [UnmetRequirement] {
        var available: Set<LayerName> = [.text]
        var problems: [UnmetRequirement] = []
        for (index, stage) in stages.enumerated() {
            for need in stage.requires where !available.contains(need) {
                var message = "\(stage.name) needs \(need)"
                if let maker = registry?.descriptors.first(where: { $0.produces.contains(need) }) {
                    message += "; add \(maker.name) before it"
                } else {
                    message += ", which no earlier stage produces"
                }
                problems.append(UnmetRequirement(stageIndex: index, message: message))
            }
            available.formUnion(stage.produces)
        }
        return problems
    }
}

/// A document's failure in one stage.
public struct StageFailure: Error, Sendable, CustomStringConvertible {
    /// The name of the stage that threw.
    public var stage: String
    public var message: String

    public init(stage: String, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { "\(stage): \(message)" }
}
