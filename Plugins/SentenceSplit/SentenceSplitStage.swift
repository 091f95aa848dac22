import TextPipeCore

/// Splits text into sentences: the `sentences` layer, one byte range per sentence without surrounding white
/// space.
///
/// A hand-written scanner over UTF-8 bytes (``SentenceScanner``) handles abbreviations, initials, numbers,
/// ellipses, quotations and brackets, lists, URLs and e-mail addresses, missing spaces ("world.Today") and
/// headlines or datelines without final punctuation. The English word lists are in ``EnglishRules``.
///
/// ```yaml
/// - sentence_split:
///     abbreviations: [approx, Univ]
///     newline: paragraph
/// ```
public struct SentenceSplitStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "sentence_split",
        summary: "Splits text into sentences (abbreviations, lists, quotes, headlines and datelines handled).",
        requires: [.text], produces: [.sentences])

    /// The English rules, parsed once per process.
    private static let english = Result { try LanguageRules(resource: EnglishRules.text) }

    private let scanner: SentenceScanner
    private let minLength: Int

    public init(options: SentenceSplitOptions, context: StageContext) throws {
        try options.validate()
        var rules: LanguageRules
        do {
            rules = try Self.english.get()
        } catch {
            throw OptionError("the built-in English sentence rules are malformed: \(error)")
        }
        rules.addAbbreviations(options.abbreviations)
        scanner = SentenceScanner(rules: rules, newline: options.newline)
        minLength = options.minLength
    }

    public func process(_ document: inout Document) throws {
        var text = document.text
        let ranges = text.withUTF8 { buffer -> [TextRange] in
            let sentences = scanner.sentences(in: buffer)
            return minLength > 1 ? Self.joinShort(sentences, minLength: minLength, in: buffer) : sentences
        }
        // The untyped setter: the generic subscript is not specialised across modules and looks up the
        // layer's metadata at run time for every document.
        document.layers.set(ranges, named: SentencesLayer.name)
    }

    /// Joins sentences shorter than `minLength` characters to the next sentence (the last one to the one before).
    static func joinShort(_ sentences: [TextRange], minLength: Int, in bytes: UnsafeBufferPointer<UInt8>)
        -> [TextRange]
    {
        func length(_ range: TextRange) -> Int {
            var scalars = 0
            for i in range.range where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        var result: [TextRange] = []
        var pendingStart: Int?
        for sentence in sentences {
            let start = pendingStart ?? sentence.start
            let joined = TextRange(start: start, end: sentence.end)
            if length(joined) < minLength {
                pendingStart = start
            } else {
                result.append(joined)
                pendingStart = nil
            }
        }
        if let start = pendingStart, let last = sentences.last {
            if let previous = result.popLast() {
                result.append(TextRange(start: previous.start, end: last.end))
            } else {
                result.append(TextRange(start: start, end: last.end))
            }
        }
        return result
    }
}
