import TextPipeCore

/// Repairs and normalises text.
public struct CleanStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "clean", summary: "Repairs mojibake, strips HTML and page furniture, normalises whitespace.",
        requires: [.text])

    public init(options: NoOptions, context: StageContext) {}

    public func process(_ document: inout Document) throws {}
}
