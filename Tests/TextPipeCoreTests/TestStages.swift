import TextPipeCore

/// Small stages for exercising the core without the built-in ones.
enum Mode: String, Codable, YAMLChoice { case fast, careful }

struct CountingStage: Stage {
    struct Options: StageOptions {
        var count = 3
        var mode = Mode.fast
        var keepOrder = true
        var words: [String] = []
        static let help = ["count": "How many."]
        func validate() throws(OptionError) {
            if count < 1 { throw OptionError(key: "count", "must be at least 1, found \(count)") }
        }
    }

    static let descriptor = StageDescriptor(name: "counting", summary: "Counts.", produces: ["counted"])
    let options: Options

    init(options: Options, context: StageContext) { self.options = options }

    func process(_ document: inout Document) throws {
        document.layers.set(JSONLayer(JSONValue(options.count)), named: "counted")
    }
}

struct NeedsCountedStage: Stage {
    static let descriptor = StageDescriptor(
        name: "needs_counted", aliases: ["needy"], summary: "Needs counted.", requires: ["counted"])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {}
}

/// Adds a layer and then fails on documents whose text contains "fail".
struct FlakyStage: Stage {
    static let descriptor = StageDescriptor(name: "flaky", summary: "Fails sometimes.", produces: [.sentences])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        document[SentencesLayer.self] = [TextRange(start: 0, end: 1)]
        if document.text.contains("fail") { throw StageError("asked to fail") }
    }
}

func testRegistry() throws -> StageRegistry {
    try StageRegistry([CountingStage.self, NeedsCountedStage.self, FlakyStage.self])
}
