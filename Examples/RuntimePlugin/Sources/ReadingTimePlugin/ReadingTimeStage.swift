import TextPipePluginABI

/// `reading_time`: counts words and estimates the minutes a reader needs, into a `reading_time` layer.
/// When `sentence_split` ran before it, it also reports the mean sentence length: built-in layers arrive in a
/// plugin as their typed values.
public struct ReadingTimeStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "reading_time",
        summary: "Counts words and estimates reading minutes (layer: reading_time).",
        produces: [ReadingTimeLayer.layerName]
    )

    public struct Options: StageOptions {
        public var wordsPerMinute = 230

        public init() {}

        public static let help = ["words_per_minute": "Reading speed used for the estimate."]

        public func validate() throws(OptionError) {
            if wordsPerMinute < 1 { throw OptionError(key: "words_per_minute", "must be at least 1") }
        }
    }

    private let wordsPerMinute: Int

    public init(options: Options, context: StageContext) {
        wordsPerMinute = options.wordsPerMinute
    }

    public func process(_ document: inout Document) throws {
        guard !document.text.isEmpty else { throw StageError("the document has no text") }
        var words = 0
        var inWord = false
        for byte in document.text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
        }
        let sentences = document[SentencesLayer.self]
        document[ReadingTimeLayer.self] = ReadingTime(
            words: words,
            minutes: (Double(words) / Double(wordsPerMinute) * 10).rounded(.up) / 10,
            meanSentenceWords: sentences.flatMap {
                $0.isEmpty ? nil : (Double(words) / Double($0.count) * 10).rounded() / 10
            })
    }
}

/// The `reading_time` layer.
public enum ReadingTimeLayer: LayerKey {
    public typealias Value = ReadingTime
    public static let name = "reading_time"
}

public struct ReadingTime: Sendable, Codable, LayerValue {
    public var words: Int
    public var minutes: Double
    public var meanSentenceWords: Double?

    enum CodingKeys: String, CodingKey {
        case words, minutes
        case meanSentenceWords = "mean_sentence_words"
    }
}
