import TextPipeCore

/// The options of the `summarise` stage.
///
/// The length of the summary is given by at most one of `sentences`, `ratio` and `words`; with none of them the
/// summary has ``SummariseOptions/defaultSentences`` sentences.
public struct SummariseOptions: StageOptions, Equatable {
    /// How many sentences to pick.
    public var sentences: Int?
    /// The share of the document's sentences to pick (0 < ratio ≤ 1), rounded, at least one.
    public var ratio: Double?
    /// At most this many words (at least one sentence, even a longer one).
    public var words: Int?
    /// How sentences are scored.
    public var method = SummaryMethod.auto
    /// Whether the chosen sentences appear in document order (`true`) or best first (`false`).
    public var keepOrder = true

    /// The summary length when no length option is given.
    public static let defaultSentences = 3

    public init() {}

    public static let help: [String: String] = [
        "sentences": "How many sentences to pick (default \(defaultSentences) when neither ratio nor words is given).",
        "ratio": "The share of the document's sentences to pick, above 0 and at most 1 (e.g. 0.3).",
        "words": "The most words the summary may have; at least one sentence is always picked.",
        "method": "How sentences are scored: auto (position, centrality, entity and number density, penalties), "
            + "lead (the first sentences of the body), graph (centrality in a sentence-similarity graph) or "
            + "centroid (similarity to the document's word profile).",
        "keep_order": "Keep the chosen sentences in document order (true) or list the best first (false).",
    ]

    public func validate() throws(OptionError) {
        let given = [sentences != nil ? "sentences" : nil, ratio != nil ? "ratio" : nil, words != nil ? "words" : nil]
            .compactMap { $0 }
        if given.count > 1 {
            throw OptionError(
                key: given[1],
                "cannot be combined with '\(given[0])': give only one of sentences, ratio and words")
        }
        if let sentences, sentences < 1 { throw OptionError(key: "sentences", "must be at least 1") }
        if let ratio, !(ratio > 0 && ratio <= 1) {
            throw OptionError(key: "ratio", "must be above 0 and at most 1, got \(ratio)")
        }
        if let words, words < 1 { throw OptionError(key: "words", "must be at least 1") }
    }

    /// The length of the summary these options ask for.
    var budget: SummaryBudget {
        if let ratio { return .ratio(ratio) }
        if let words { return .words(words) }
        return .sentences(sentences ?? Self.defaultSentences)
    }
}

/// How the `summarise` stage scores sentences.
public enum SummaryMethod: String, Codable, Sendable, YAMLChoice {
    /// Position, centrality, entity and number density, with penalties for page furniture, sentences that do
    /// not stand alone and redundancy; weighted for a short digest or a longer extract by the budget.
    case auto
    /// The first sentences of the body (page furniture skipped).
    case lead
    /// Degree centrality in a graph of sentence similarities (a linear-time LexRank), with the penalties.
    case graph
    /// Similarity to the document's word profile (its centroid), with the penalties.
    case centroid
}

/// The requested length of a summary.
enum SummaryBudget: Equatable {
    case sentences(Int)
    case ratio(Double)
    case words(Int)

    /// The number of sentences to pick from `count`, or `nil` when the budget is in words.
    func sentenceCount(of count: Int) -> Int? {
        switch self {
        case .sentences(let n): return min(n, count)
        case .ratio(let share): return min(count, max(1, Int((Double(count) * share).rounded())))
        case .words: return nil
        }
    }
}
