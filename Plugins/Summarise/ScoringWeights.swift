import Foundation

/// How much each signal adds to or takes from a sentence's score.
///
/// Two sets, blended by how large the summary is compared with the document:
/// - a **digest** (a few sentences of a long article, like a news site's highlights) leans on position, as
///   editors put the news first, prefers concise sentences dense in names and figures, and avoids saying
///   the same thing twice;
/// - an **extract** (a large share of the document) leans on centrality: what the article keeps coming back to,
///   and longer sentences that carry more of it.
///
/// Tuned on half of the CNN/DailyMail and BBC development sets and checked on the other half.
struct ScoringWeights: Sendable {
    /// The bonus of the first body sentence; later ones get `position * exp(-positionDecay * rank)`.
    var position: Double
    var positionDecay: Double
    /// Degree centrality in the sentence-similarity graph, scaled to 1 for the most central sentence.
    var centrality: Double
    /// Similarity to the first body sentence, which in news states what the story is about.
    var leadSimilarity: Double
    /// Share of name tokens (entities, or capitalised words when no `entities` layer exists).
    var nameDensity: Double
    /// Share of number tokens (numbers, or digit tokens when no `numbers` layer exists).
    var numberDensity: Double
    /// Per ten words beyond ``conciseWords`` (negative: a bonus for longer sentences).
    var lengthCost: Double
    var conciseWords: Int
    /// Weight of the largest similarity to a sentence already chosen (maximal marginal relevance).
    var redundancy: Double

    // Penalties that don't depend on the budget.
    var quote = 0.2
    var question = 0.5
    var anaphoricOpening = 0.3
    var continuingOpening = 0.4
    var labelOpening = 0.1
    var captionOrPromotion = 0.5
    var caption = 1.0
    var furniture = 1.0
    var unterminated = 1.2
    /// Fewer than ``minimumWords`` letter words.
    var short = 0.5
    var minimumWords = 5
    /// A fragment (fewer than four letter words): a timestamp or a label, not a sentence.
    var fragment = 2.0
    /// More than ``maximumWords`` words: usually a caption run into a sentence, or a list.
    var long = 0.3
    var maximumWords = 60

    static let digest = ScoringWeights(
        position: 1.0, positionDecay: 0.25, centrality: 0.5, leadSimilarity: 0.2, nameDensity: 1.0,
        numberDensity: 1.0, lengthCost: 0.1, conciseWords: 10, redundancy: 0.5)

    static let extract = ScoringWeights(
        position: 0.25, positionDecay: 0.25, centrality: 2.0, leadSimilarity: 0.2, nameDensity: 0.5,
        numberDensity: 0.0, lengthCost: -0.1, conciseWords: 10, redundancy: 0.0)

    /// Weights for the position-free methods: `graph` and `centroid` rank by their one similarity signal.
    static let similarityOnly = ScoringWeights(
        position: 0, positionDecay: 0, centrality: 2.0, leadSimilarity: 0, nameDensity: 0, numberDensity: 0,
        lengthCost: 0, conciseWords: 10, redundancy: 0.5)

    /// The blend for a summary that takes `share` of the document (0...1): a digest up to 30 %, an extract from
    /// 40 %, linear in between.
    static func blended(forShare share: Double) -> ScoringWeights {
        let t = min(1, max(0, (share - 0.3) / 0.1))
        if t == 0 { return digest }
        if t == 1 { return extract }
        func mix(_ a: Double, _ b: Double) -> Double { a + (b - a) * t }
        let a = digest
        let b = extract
        return ScoringWeights(
            position: mix(a.position, b.position), positionDecay: mix(a.positionDecay, b.positionDecay),
            centrality: mix(a.centrality, b.centrality), leadSimilarity: mix(a.leadSimilarity, b.leadSimilarity),
            nameDensity: mix(a.nameDensity, b.nameDensity), numberDensity: mix(a.numberDensity, b.numberDensity),
            lengthCost: mix(a.lengthCost, b.lengthCost), conciseWords: a.conciseWords,
            redundancy: mix(a.redundancy, b.redundancy))
    }
}
