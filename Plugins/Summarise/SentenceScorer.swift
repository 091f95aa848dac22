import Foundation

/// Scores the sentences of one document for one method.
struct SentenceScorer {
    /// The sentences, with their name and figure counts (``SentenceProfile/names``, ``SentenceProfile/figures``).
    let profile: DocumentProfile

    /// The score of every sentence for `method` (higher is better). `lead` is not scored: it takes the body's
    /// first sentences.
    func scores(method: SummaryMethod, weights: ScoringWeights) -> [Double] {
        [Double](unsafeUninitializedCapacity: profile.sentences.count) { result, initialized in
            scores(method: method, weights: weights, into: result)
            initialized = result.count
        }
    }

    /// ``scores(method:weights:)`` written into `result` (one per sentence).
    func scores(method: SummaryMethod, weights: ScoringWeights, into result: UnsafeMutableBufferPointer<Double>) {
        let count = profile.sentences.count
        guard count > 0 else { return }
        // The similarities are worked out in scratch space (on the stack for all but long documents): each array
        // made per document costs a heap allocation.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: count &* 2) { scratch in
            let similarity = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            let leadSimilarities = UnsafeMutableBufferPointer(rebasing: scratch[count...])
            switch method {
            case .auto:
                degreeCentralities(into: similarity)
                Self.scaleToMax(similarity)
                let lead = profile.sentences.firstIndex {
                    $0.traits.isDisjoint(with: .notBody) && !$0.isFragment
                }
                if let lead { similarities(to: lead, into: leadSimilarities) }
                let decay = PositionDecay(weights.positionDecay)
                for index in 0..<count {
                    let sentence = profile.sentences[index]
                    var score = weights.position * decay.factor(rank: sentence.bodyRank)
                    score += weights.centrality * similarity[index]
                    if let lead, index != lead { score += weights.leadSimilarity * leadSimilarities[index] }
                    let words = Double(max(1, sentence.words))
                    score += weights.nameDensity * Double(sentence.names) / words
                    score += weights.numberDensity * Double(sentence.figures) / words
                    score -= weights.lengthCost * Double(max(0, sentence.words - weights.conciseWords)) / 10
                    result[index] = score - penalty(of: sentence, weights)
                }
            case .graph, .centroid:
                if method == .graph {
                    degreeCentralities(into: similarity)
                } else {
                    _ = similarity.initialize(from: centroidSimilarities())
                }
                Self.scaleToMax(similarity)
                for index in 0..<count {
                    result[index] =
                        weights.centrality * similarity[index] - penalty(of: profile.sentences[index], weights)
                }
            case .lead:
                for index in 0..<count {
                    result[index] = -Double(index) - penalty(of: profile.sentences[index], weights)
                }
            }
        }
    }

    /// What each sentence pays for not standing alone (part of ``penalty(of:_:)``).
    func standAloneCosts(_ weights: ScoringWeights) -> [Double] {
        profile.sentences.map { standAloneCost(of: $0, weights) }
    }

    func standAloneCost(of sentence: SentenceProfile, _ weights: ScoringWeights) -> Double {
        var cost = 0.0
        if sentence.traits.contains(.anaphoricOpening), sentence.bodyRank > 0 { cost += weights.anaphoricOpening }
        if sentence.traits.contains(.continuingOpening) { cost += weights.continuingOpening }
        return cost
    }

    /// What furniture, dangling openings and odd lengths cost a sentence.
    func penalty(of sentence: SentenceProfile, _ weights: ScoringWeights) -> Double {
        let traits = sentence.traits
        var cost = standAloneCost(of: sentence, weights)
        if traits.contains(.opensWithQuote) { cost += weights.quote }
        if traits.contains(.question) { cost += weights.question }
        if traits.contains(.labelOpening) { cost += weights.labelOpening }
        if traits.contains(.captionOrPromotion) { cost += weights.captionOrPromotion }
        if traits.contains(.caption) { cost += weights.caption }
        if traits.contains(.furniture) { cost += weights.furniture }
        if traits.contains(.unterminated) { cost += weights.unterminated }
        if sentence.letterWords < weights.minimumWords { cost += weights.short }
        if sentence.isFragment { cost += weights.fragment }
        if sentence.words > weights.maximumWords { cost += weights.long }
        return cost
    }

    /// Each sentence's mean cosine similarity to the others: degree centrality in the similarity graph.
    func degreeCentralities() -> [Double] {
        [Double](unsafeUninitializedCapacity: profile.sentences.count) { values, initialized in
            degreeCentralities(into: values)
            initialized = values.count
        }
    }

    /// ``degreeCentralities()`` written into `values` (one per sentence).
    ///
    /// Computed in linear time: the sum of cosines to all sentences is the dot product with the sum of all
    /// normalised sentence vectors, less the sentence's similarity to itself.
    func degreeCentralities(into values: UnsafeMutableBufferPointer<Double>) {
        let count = profile.sentences.count
        profile.terms.withUnsafeBufferPointer { terms in
            profile.counts.withUnsafeBufferPointer { counts in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: profile.termCount) { total in
                    total.initialize(repeating: 0)
                    for sentence in profile.sentences where sentence.norm > 0 {
                        for position in sentence.terms {
                            total[Int(terms[position])] += counts[position] / sentence.norm
                        }
                    }
                    for (index, sentence) in profile.sentences.enumerated() {
                        guard sentence.norm > 0, count > 1 else {
                            values[index] = 0
                            continue
                        }
                        var dot = 0.0
                        for position in sentence.terms { dot += counts[position] * total[Int(terms[position])] }
                        values[index] = (dot / sentence.norm - 1) / Double(count - 1)
                    }
                }
            }
        }
    }

    /// Each sentence's cosine similarity to sentence `other`: what ``DocumentProfile/cosine(_:_:)`` gives, to the
    /// bit, from one pass over the terms instead of a merge per sentence.
    func similarities(to other: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: profile.sentences.count) { values, initialized in
            similarities(to: other, into: values)
            initialized = values.count
        }
    }

    /// ``similarities(to:)`` written into `values` (one per sentence).
    func similarities(to other: Int, into values: UnsafeMutableBufferPointer<Double>) {
        let right = profile.sentences[other]
        profile.terms.withUnsafeBufferPointer { terms in
            profile.counts.withUnsafeBufferPointer { counts in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: profile.termCount) { dense in
                    dense.initialize(repeating: 0)
                    for position in right.terms { dense[Int(terms[position])] = counts[position] }
                    for (index, left) in profile.sentences.enumerated() {
                        guard left.norm > 0, right.norm > 0 else {
                            values[index] = 0
                            continue
                        }
                        // Terms the other sentence lacks add +0, which leaves the sum as the merge makes it.
                        var dot = 0.0
                        for position in left.terms { dot += counts[position] * dense[Int(terms[position])] }
                        values[index] = dot / (left.norm * right.norm)
                    }
                }
            }
        }
    }

    /// Each sentence's cosine similarity to the document's term counts.
    func centroidSimilarities() -> [Double] {
        var total = [Double](repeating: 0, count: profile.termCount)
        for position in profile.terms.indices { total[Int(profile.terms[position])] += profile.counts[position] }
        let norm = total.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return profile.sentences.map { sentence in
            guard sentence.norm > 0, norm > 0 else { return 0 }
            var dot = 0.0
            for position in sentence.terms { dot += profile.counts[position] * total[Int(profile.terms[position])] }
            return dot / (sentence.norm * norm)
        }
    }

    /// Divides the values by the largest of them, when that is above 0.
    private static func scaleToMax(_ values: UnsafeMutableBufferPointer<Double>) {
        let top = values.max() ?? 0
        guard top > 0 else { return }
        for index in values.indices { values[index] /= top }
    }
}
