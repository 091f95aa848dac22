import TextPipeCore

/// Finds numbers with their values: cardinals, ordinals, percentages, money, ranges, fractions, dates, years,
/// times and quantities, with the noun a number counts.
///
/// The text is read once as UTF-8 bytes into small tokens, and patterns are tried only where a token can
/// start a number (digits, number words, currency signs, month names, comparatives): most of the text costs
/// only the tokenizer. Word tables are in `NumberWordTable`, `UnitTable` and `CurrencyTable`.
public struct NumberExtractStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "number_extract", summary: "Finds numbers, money, dates and quantities with their values.",
        requires: [.text], produces: [.numbers])

    let lexicon: SharedLexicon
    let config: ScanConfig
    let kinds: Set<NumberMention.Kind>
    /// Some kind is left out (`kinds` holds fewer than all).
    let filtersKinds: Bool

    public init(options: NumberExtractOptions, context: StageContext) throws {
        try options.validate()
        lexicon = SharedLexicon.standard
        config = ScanConfig(
            dates: options.dates, spelledOut: options.spelledOut, keep: KeptNonNumbers(options.keep))
        kinds = Set(options.kinds.map(\.mentionKind))
        filtersKinds = kinds.count < NumberMention.Kind.allCases.count
        // The scanner's own tables, built now rather than while the first document is read.
        _ = MentionScanner.comparativeTable
        _ = MentionScanner.extenders
    }

    public func process(_ document: inout Document) throws {
        var text = document.text
        var mentions = text.withUTF8 { buffer in
            let scanner = MentionScanner(
                bytes: buffer, lexicon: lexicon, tokenized: NumberTokenizer.tokenizeText(buffer, lexicon: lexicon),
                config: config)
            // The mentions are written straight into the array's storage; a text with more than the buffer's
            // guess (rare) leaves that array empty and is moved into one of its own.
            let written = [NumberMention](unsafeUninitializedCapacity: scanner.mentions.suggestedCapacity) {
                storage, count in
                scanner.mentions.lend(storage)
                scanner.scan()
                count = scanner.mentions.returnStorage()
            }
            return scanner.mentions.count > 0 ? scanner.mentions.takeArray() : written
        }
        if filtersKinds {
            mentions.removeAll { !kinds.contains($0.kind) }
        }
        document[NumbersLayer.self] = mentions
    }
}
