/// Picks sentences by score within a budget, best first, each time discounting sentences that repeat what was
/// already picked (maximal marginal relevance).
struct SentenceSelector {
    let profile: DocumentProfile

    /// The cosine similarity from which a sentence counts as a near-copy of another.
    static let duplicateSimilarity = 0.7

    /// The chosen sentences, best first.
    ///
    /// - Parameters:
    ///   - scores: One score per sentence of the profile.
    ///   - budget: How many sentences or words to pick.
    ///   - redundancy: What the largest cosine similarity to an already chosen sentence costs.
    ///   - standAloneCosts: The part of each score that was taken for not standing alone ("But ...", "He added
    ///     ..."); half of it is given back when the sentence before it is chosen, since the summary then reads on.
    func select(scores: [Double], budget: SummaryBudget, redundancy: Double, standAloneCosts: [Double] = [])
        -> [Int]
    {
        scores.withUnsafeBufferPointer { scores in
            standAloneCosts.withUnsafeBufferPointer { standAloneCosts in
                select(scores: scores, budget: budget, redundancy: redundancy, standAloneCosts: standAloneCosts)
            }
        }
    }

    /// ``select(scores:budget:redundancy:standAloneCosts:)`` for lists in scratch space.
    func select(
        scores: UnsafeBufferPointer<Double>, budget: SummaryBudget, redundancy: Double,
        standAloneCosts: UnsafeBufferPointer<Double>
    ) -> [Int] {
        let count = scores.count
        guard count > 0 else { return [] }
        var wordsLeft = Int.max
        var sentencesLeft = count
        switch budget {
        case .words(let words): wordsLeft = words
        default: sentencesLeft = budget.sentenceCount(of: count) ?? count
        }
        var chosen: [Int] = []
        chosen.reserveCapacity(min(count, sentencesLeft))
        // Scratch space for the loop, on the stack for all but long documents.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: count + profile.termCount) { scratch in
            let overlap = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            let dense = UnsafeMutableBufferPointer(rebasing: scratch[count...])
            scratch.initialize(repeating: 0)
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: count) { available in
                available.initialize(repeating: true)
                while sentencesLeft > 0 {
                    var best = -1
                    var bestValue = -Double.infinity
                    var bestIsDuplicate = true
                    for index in 0..<count where available[index] {
                        let words = profile.sentences[index].words
                        // The first sentence is always allowed, so a word budget below one sentence still gives one.
                        if !chosen.isEmpty, words > wordsLeft { continue }
                        // A near-copy of a chosen sentence (a caption repeating the lead) comes only when nothing
                        // else is left.
                        let isDuplicate = overlap[index] >= Self.duplicateSimilarity
                        if isDuplicate, !bestIsDuplicate { continue }
                        var value = scores[index] - redundancy * overlap[index]
                        if index > 0, !available[index - 1], index < standAloneCosts.count {
                            value += standAloneCosts[index] / 2
                        }
                        if value > bestValue || (bestIsDuplicate && !isDuplicate) {
                            bestValue = value
                            best = index
                            bestIsDuplicate = isDuplicate
                        }
                    }
                    guard best >= 0 else { break }
                    chosen.append(best)
                    available[best] = false
                    sentencesLeft -= 1
                    wordsLeft -= profile.sentences[best].words
                    if sentencesLeft > 0 {
                        updateOverlap(overlap, with: best, UnsafeBufferPointer(available), dense)
                    }
                }
            }
        }
        return chosen
    }

    /// The first `budget` sentences of the body: page furniture and fragments skipped while enough others remain.
    func lead(budget: SummaryBudget) -> [Int] {
        let count = profile.sentences.count
        let isBody = profile.sentences.map { $0.traits.isDisjoint(with: .notBody) && !$0.isFragment }
        let order = (0..<count).filter { isBody[$0] } + (0..<count).filter { !isBody[$0] }
        switch budget {
        case .words(var wordsLeft):
            var chosen: [Int] = []
            for index in order {
                let words = profile.sentences[index].words
                if !chosen.isEmpty, words > wordsLeft { break }
                chosen.append(index)
                wordsLeft -= words
            }
            return chosen
        default:
            return Array(order.prefix(budget.sentenceCount(of: count) ?? count))
        }
    }

    /// Raises each available sentence's overlap to its similarity with the newly chosen one.
    private func updateOverlap(
        _ overlap: UnsafeMutableBufferPointer<Double>, with chosen: Int, _ available: UnsafeBufferPointer<Bool>,
        _ dense: UnsafeMutableBufferPointer<Double>
    ) {
        let picked = profile.sentences[chosen]
        guard picked.norm > 0 else { return }
        profile.terms.withUnsafeBufferPointer { terms in
            profile.counts.withUnsafeBufferPointer { counts in
                for position in picked.terms { dense[Int(terms[position])] = counts[position] / picked.norm }
                for index in overlap.indices where available[index] {
                    let sentence = profile.sentences[index]
                    guard sentence.norm > 0 else { continue }
                    var dot = 0.0
                    for position in sentence.terms { dot += counts[position] * dense[Int(terms[position])] }
                    overlap[index] = max(overlap[index], dot / sentence.norm)
                }
                for position in picked.terms { dense[Int(terms[position])] = 0 }
            }
        }
    }
}
