import Foundation
import Testing

@testable import TextPipeSummarise

/// The position bonus read from the table is `exp` of the same argument, to the bit, for every rank and decay.
struct PositionDecayTests {
    @Test(arguments: [PositionDecay.tabledDecay, 0.0, 0.1, 0.25000000000000006, 1.5])
    func factorsAreExpOfTheSameArgument(_ decay: Double) {
        let factors = PositionDecay(decay)
        for rank in 0..<(SummariseStage.maximumSentences + 50) {
            #expect(factors.factor(rank: rank).bitPattern == exp(-decay * Double(rank)).bitPattern, "\(decay) \(rank)")
        }
    }

    @Test func everyBlendOfTheBuiltInWeightsUsesTheTabledDecay() {
        for share in stride(from: 0.0, through: 1.0, by: 0.01) {
            #expect(ScoringWeights.blended(forShare: share).positionDecay == PositionDecay.tabledDecay, "\(share)")
        }
    }
}
