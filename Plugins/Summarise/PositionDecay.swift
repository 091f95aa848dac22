import Foundation

/// `exp(-decay * rank)`, the share of the position bonus a body sentence of that rank gets.
///
/// For the decay the built-in weights use, the values for every rank a profile holds are worked out once: `exp` cost
/// about forty instructions a sentence. The table holds what `exp` gives for the same argument, so scores are
/// unchanged to the bit; another decay, or a rank past the table, calls `exp`.
struct PositionDecay {
    /// The decay of the built-in weights: the digest's and the extract's are the same, so every blend of them
    /// has it too.
    static let tabledDecay = ScoringWeights.digest.positionDecay
    /// `exp(-tabledDecay * rank)` for each rank below ``SummariseStage/maximumSentences``.
    private static let table: [Double] = (0..<SummariseStage.maximumSentences).map { exp(-tabledDecay * Double($0)) }

    private let decay: Double
    /// ``table`` for the tabled decay, else empty.
    private let values: [Double]

    init(_ decay: Double) {
        self.decay = decay
        values = decay == Self.tabledDecay ? Self.table : []
    }

    /// `exp(-decay * rank)`.
    @inline(__always)
    func factor(rank: Int) -> Double {
        rank >= 0 && rank < values.count ? values[rank] : exp(-decay * Double(rank))
    }
}
