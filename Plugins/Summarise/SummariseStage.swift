import TextPipeCore

/// Picks the sentences that summarise a document: the `summary` layer.
///
/// Extractive and unsupervised. Each sentence is scored on its position in the body, its centrality in a
/// sentence-similarity graph, its similarity to the lead, and its density of names and figures (from the
/// `entities` and `numbers` layers when earlier stages made them, from capitalised and number tokens otherwise),
/// less penalties for page furniture (bylines, captions, credits, "Read more", headlines and datelines),
/// questions, very short or very long sentences, and sentences that don't stand alone ("He added that ...",
/// a leading "But"). Sentences are then picked best first, each pick discounting those that repeat it. The work
/// is linear in the document's length; only the first ``maximumSentences`` sentences are considered.
///
/// ```yaml
/// - summarise:
///     sentences: 3        # or ratio: 0.3, or words: 100
///     method: auto        # lead | graph | centroid
///     keep_order: true
/// ```
public struct SummariseStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "summarise", aliases: ["summarize"], summary: "Picks the sentences that best summarise the document.",
        requires: [.sentences], produces: [.summary])

    /// Sentences past this index are never considered: it bounds the work on very long documents.
    public static let maximumSentences = 400

    private let options: SummariseOptions

    public init(options: SummariseOptions, context: StageContext) throws {
        try options.validate()
        self.options = options
    }

    public func process(_ document: inout Document) throws {
        let ranges = document[SentencesLayer.self] ?? []
        var chosen = chooseSentences(in: document, ranges: ranges)
        // In place: a sorted copy would be one more allocation per document.
        if options.keepOrder { chosen.sort() }
        document[SummaryLayer.self] = Summary(text: Self.join(chosen, of: ranges, in: document.text), sentences: chosen)
    }

    /// The text of the sentences `chosen` (indices into `ranges`) joined by single spaces, copied in one go.
    static func join(_ chosen: [Int], of ranges: [TextRange], in text: String) -> String {
        var text = text
        let joined = text.withUTF8 { bytes -> String? in
            @inline(__always) func isScalarStart(_ offset: Int) -> Bool {
                offset == bytes.count || (offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
            }
            var total = max(0, chosen.count - 1)
            for index in chosen {
                let range = ranges[index]
                // Offsets inside a scalar are rounded by String's own slicing: leave those to it.
                guard range.start <= range.end, isScalarStart(range.start), isScalarStart(range.end) else { return nil }
                total += range.count
            }
            return String(unsafeUninitializedCapacity: total) { output in
                var written = 0
                for (position, index) in chosen.enumerated() {
                    let range = ranges[index]
                    if position > 0 {
                        output[written] = UInt8(ascii: " ")
                        written += 1
                    }
                    _ = UnsafeMutableBufferPointer(rebasing: output[written..<(written + range.count)])
                        .initialize(from: bytes[range.start..<range.end])
                    written += range.count
                }
                return written
            }
        }
        return joined ?? chosen.map { String(text[utf8: ranges[$0]]) }.joined(separator: " ")
    }

    /// The indices of the chosen sentences, best first.
    func chooseSentences(in document: Document, ranges: [TextRange]) -> [Int] {
        var profile = DocumentProfile(text: document.text, sentences: ranges, limit: Self.maximumSentences)
        guard !profile.sentences.isEmpty else { return [] }
        if options.method == .lead { return SentenceSelector(profile: profile).lead(budget: options.budget) }
        countNames(document, ranges, into: &profile)
        countFigures(document, ranges, into: &profile)
        let selector = SentenceSelector(profile: profile)
        let scorer = SentenceScorer(profile: profile)
        let weights: ScoringWeights
        switch options.method {
        case .auto: weights = .blended(forShare: share(of: profile, totalSentences: ranges.count))
        case .lead, .graph, .centroid: weights = .similarityOnly
        }
        // Scores and stand-alone costs in scratch space (on the stack for all but long documents), not in lists
        // made per document.
        let count = profile.sentences.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count &* 2) { scratch in
            let scores = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            let standAloneCosts = UnsafeMutableBufferPointer(rebasing: scratch[count...])
            scorer.scores(method: options.method, weights: weights, into: scores)
            for (index, sentence) in profile.sentences.enumerated() {
                standAloneCosts[index] = scorer.standAloneCost(of: sentence, weights)
            }
            return selector.select(
                scores: UnsafeBufferPointer(scores), budget: options.budget, redundancy: weights.redundancy,
                standAloneCosts: UnsafeBufferPointer(standAloneCosts))
        }
    }

    /// How large a share of the document the summary is meant to be.
    private func share(of profile: DocumentProfile, totalSentences: Int) -> Double {
        switch options.budget {
        case .words(let words):
            let total = profile.sentences.reduce(0) { $0 + $1.words }
            return total == 0 ? 1 : Double(words) / Double(total)
        case let budget:
            return Double(budget.sentenceCount(of: totalSentences) ?? totalSentences) / Double(max(1, totalSentences))
        }
    }

    /// Sets each sentence's ``SentenceProfile/names`` to the words inside named entities, when there is an
    /// `entities` layer (the profile has capitalised words after the first otherwise).
    func countNames(_ document: Document, _ ranges: [TextRange], into profile: inout DocumentProfile) {
        guard let entities = document[EntitiesLayer.self] else { return }
        var text = document.text
        text.withUTF8 { bytes in
            // Words are the spaces inside the name, plus one.
            func words(_ range: TextRange) -> Int {
                var words = 1
                var index = min(range.start, bytes.count)
                let end = min(range.end, bytes.count)
                while index < end {
                    if bytes[index] == UInt8(ascii: " ") { words &+= 1 }
                    index &+= 1
                }
                return words
            }
            // Written into the profile's own storage: a list per document would be one more allocation.
            profile.sentences.withUnsafeMutableBufferPointer { sentences in
                for index in sentences.indices { sentences[index].names = 0 }
                let inOrder = entities.withUnsafeBufferPointer { entities in
                    Self.countInOrder(
                        entities.count, start: { entities[$0].range.start }, in: ranges, count: sentences.count
                    ) { sentences[$0].names &+= words(entities[$1].range) }
                }
                if inOrder { return }
                Self.countPerSentence(entities.map(\.range), in: ranges, count: sentences.count) {
                    sentences[$0].names &+= words($1)
                }
            }
        }
    }

    /// Sets each sentence's ``SentenceProfile/figures`` to its number mentions (those marked as not really numbers
    /// left out), when there is a `numbers` layer (the profile has number tokens otherwise).
    func countFigures(_ document: Document, _ ranges: [TextRange], into profile: inout DocumentProfile) {
        guard let numbers = document[NumbersLayer.self] else { return }
        profile.sentences.withUnsafeMutableBufferPointer { sentences in
            for index in sentences.indices { sentences[index].figures = 0 }
            // Read in place: copying each mention out would retain and release its strings.
            let inOrder = numbers.withUnsafeBufferPointer { numbers in
                Self.countInOrder(
                    numbers.count, start: { numbers[$0].range.start }, in: ranges, count: sentences.count
                ) { sentences[$0].figures &+= numbers[$1].marker == nil ? 1 : 0 }
            }
            if inOrder { return }
            var figures: [TextRange] = []
            figures.reserveCapacity(numbers.count)
            for number in numbers where number.marker == nil { figures.append(number.range) }
            Self.countPerSentence(figures, in: ranges, count: sentences.count) { sentence, _ in
                sentences[sentence].figures &+= 1
            }
        }
    }

    /// ``countPerSentence(_:in:count:add:)`` for items given by index, when they are in text order (as layers
    /// are): calls `add(sentence, item)` for each item that starts in one of the first `count` sentences. Returns
    /// `false`, having called nothing, when the items are not in order.
    @inline(__always)
    static func countInOrder(
        _ itemCount: Int, start: (Int) -> Int, in sentences: [TextRange], count: Int, add: (Int, Int) -> Void
    ) -> Bool {
        var index = 1
        while index < itemCount {
            if start(index &- 1) > start(index) { return false }
            index &+= 1
        }
        var sentence = 0
        for item in 0..<itemCount {
            let itemStart = start(item)
            while sentence < count, sentences[sentence].end <= itemStart { sentence &+= 1 }
            guard sentence < count else { break }
            if itemStart >= sentences[sentence].start { add(sentence, item) }
        }
        return true
    }

    /// Calls `add(sentence, item)` for each item that starts in one of the first `count` sentences, in any order.
    static func countPerSentence(
        _ items: [TextRange], in sentences: [TextRange], count: Int, add: (Int, TextRange) -> Void
    ) {
        var sentence = 0
        // Layers come in text order, so the sort is rarely needed; the sums don't depend on the order of ties.
        let isSorted = zip(items, items.dropFirst()).allSatisfy { $0.start <= $1.start }
        for item in isSorted ? items : items.sorted(by: { $0.start < $1.start }) {
            while sentence < count, sentences[sentence].end <= item.start { sentence += 1 }
            guard sentence < count else { break }
            if item.start >= sentences[sentence].start { add(sentence, item) }
        }
    }
}
