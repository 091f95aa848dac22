/// Guesses the legacy encoding of bytes that are not UTF-8, by decoding a sample with every candidate encoding
/// and asking each candidate's language models how likely the resulting text is.
///
/// Single-byte code pages are scored from the counts of the sample's distinct byte pairs: every code page with
/// every language it is used for on the most frequent pairs, the best of them on all. Multi-byte encodings are first
/// checked for structure (a sample full of invalid sequences rules them out) and then scored by characters.
struct EncodingDetector: Sendable {
    /// The answer: an encoding name, how sure the detector is (0...1), and the language that fit best.
    struct Guess: Sendable, Equatable {
        var encoding: String
        var confidence: Double
        var language: String
        /// How many bytes above 0x7F the scored sample held: the amount of evidence.
        var highBytes: Int
    }

    /// One code page scored under one language: the symbol each byte stands for.
    struct SingleBytePair: Sendable {
        let encoding: String
        let prior: Float
        let model: LanguageModel
        let symbolOfByte: [UInt16]
    }

    /// How many of the most frequent byte pairs the first scoring of every code page reads.
    static let shortlistPairs = 256
    /// How many code pages, and languages of each, are then scored on every pair.
    static let shortlistEncodings = 8
    static let shortlistLanguages = 3

    /// The detector with its models, built once per process.
    static let shared = EncodingDetector()

    /// How many bytes from the start are scored.
    static let sampleSize = 16 * 1024
    let singleBytePairs: [SingleBytePair]
    let multiByte: [(name: String, table: MultiByteTable, model: LanguageModel, prior: Float)]

    /// Extensions scored in place of the encoding they extend: they agree wherever the narrower one is defined,
    /// and a sample with a few extension-only characters must not rule the family out. Which of the two the text
    /// needs is settled when decoding the whole input.
    static let scoringTables = ["shift_jis": "windows-31j", "euc-kr": "cp949", "gb2312": "gbk"]

    init() {
        let models = LanguageModels.byLanguage
        var pairs: [SingleBytePair] = []
        for entry in EncodingCatalogue.singleByteEntries {
            guard let page = SingleByteTables.codePages[entry.name] else { continue }
            for language in entry.languages {
                guard let model = models[language] else { continue }
                let symbols = (0..<256).map { byte -> UInt16 in
                    byte < 0x80 ? model.symbol(of: UInt32(byte)) : model.symbol(of: page.scalars[byte])
                }
                pairs.append(
                    SingleBytePair(encoding: entry.name, prior: Float(entry.prior), model: model, symbolOfByte: symbols)
                )
            }
        }
        singleBytePairs = pairs
        let extensions = Set(Self.scoringTables.values)
        multiByte = EncodingCatalogue.multiByteEntries.compactMap { entry in
            guard !extensions.contains(entry.name),
                let table = DoubleByteTables.table(named: Self.scoringTables[entry.name] ?? entry.name),
                let model = models[entry.language]
            else { return nil }
            return (entry.name, table, model, Float(entry.prior))
        }
    }

    /// One scored candidate.
    struct Scored: Sendable {
        var score: Float
        var encoding: String
        var language: String
    }

    /// The most likely encoding of `bytes`, which hold at least one byte above 0x7F.
    func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Guess {
        let (ranking, histogram) = rank(bytes)
        let highBytes = histogram[128...].reduce(0, +)
        guard let best = ranking.first else {
            return Guess(encoding: "windows-1252", confidence: 0, language: "", highBytes: highBytes)
        }
        // Confidence comes from the margin over the best candidate that would give different text: code pages
        // that agree on every byte of the sample are the same answer under two names.
        let runnerUp = ranking.dropFirst().first { !sameText(best.encoding, $0.encoding, histogram: histogram) }
        let margin = Double(best.score - (runnerUp?.score ?? (best.score - 50)))
        // 3 nats of margin make the guess about 20 times likelier than the alternative.
        let confidence = 1 - exp(-margin / 4)
        return Guess(encoding: best.encoding, confidence: confidence, language: best.language, highBytes: highBytes)
    }

    /// Every scored candidate, best first, with the sample's byte histogram.
    func rank(_ bytes: UnsafeBufferPointer<UInt8>) -> (ranking: [Scored], histogram: [Int]) {
        let sample = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, Self.sampleSize)])
        var histogram = [Int](repeating: 0, count: 256)
        for byte in sample { histogram[Int(byte)] += 1 }
        let highBytes = histogram[128...].reduce(0, +)
        guard highBytes > 0 else { return ([], histogram) }
        var scored: [Scored] = []
        let pairs = BytePairs(sample)
        for index in shortlist(pairs) {
            let pair = singleBytePairs[index]
            scored.append(
                Scored(
                    score: pairScore(pair, pairs) + pair.prior, encoding: pair.encoding,
                    language: pair.model.language))
        }
        for candidate in multiByte {
            if let score = multiByteScore(candidate.table, candidate.model, sample, highBytes: highBytes) {
                scored.append(
                    Scored(
                        score: score + candidate.prior, encoding: candidate.name,
                        language: candidate.model.language))
            }
        }
        scored.sort { $0.score > $1.score }
        return (scored, histogram)
    }

    /// Whether two candidates decode the sample to the same text: single-byte code pages that agree on every
    /// byte present, or a multi-byte encoding and its extension.
    private func sameText(_ first: String, _ second: String, histogram: [Int]) -> Bool {
        if first == second { return true }
        if let a = SingleByteTables.codePages[first], let b = SingleByteTables.codePages[second] {
            return (128..<256).allSatisfy { histogram[$0] == 0 || a.scalars[$0] == b.scalars[$0] }
        }
        return false
    }

    /// The byte pairs of a sample that touch a non-ASCII byte, each with how often it occurs. Scoring a code
    /// page is then one multiply-add per distinct pair rather than one lookup per byte, so every code page and
    /// language can be scored on the whole sample.
    struct BytePairs {
        var first: [Int] = []
        var second: [Int] = []
        var counts: [Float] = []

        init(_ sample: UnsafeBufferPointer<UInt8>) {
            var seen = [Int32](repeating: -1, count: 65536)
            var previous: UInt8 = 0x20
            for byte in sample {
                if (byte | previous) >= 0x80 {
                    let key = Int(previous) << 8 | Int(byte)
                    let slot = seen[key]
                    if slot < 0 {
                        seen[key] = Int32(counts.count)
                        first.append(Int(previous))
                        second.append(Int(byte))
                        counts.append(1)
                    } else {
                        counts[Int(slot)] += 1
                    }
                }
                previous = byte
            }
        }

        private init(first: [Int], second: [Int], counts: [Float]) {
            self.first = first
            self.second = second
            self.counts = counts
        }

        /// The `limit` most frequent pairs.
        func mostFrequent(_ limit: Int) -> BytePairs {
            let order = counts.indices.sorted { counts[$0] > counts[$1] }.prefix(limit)
            return BytePairs(
                first: order.map { first[$0] }, second: order.map { second[$0] }, counts: order.map { counts[$0] })
        }
    }

    /// The code pages and languages worth scoring on every byte pair: all are first scored on the most frequent
    /// pairs only, and the best languages of the best code pages go on.
    private func shortlist(_ pairs: BytePairs) -> [Int] {
        guard pairs.counts.count > Self.shortlistPairs else { return Array(singleBytePairs.indices) }
        let frequent = pairs.mostFrequent(Self.shortlistPairs)
        var best: [String: [(score: Float, index: Int)]] = [:]
        for (index, pair) in singleBytePairs.enumerated() {
            best[pair.encoding, default: []].append((pairScore(pair, frequent) + pair.prior, index))
        }
        let ranked = best.values.map { $0.sorted { $0.score > $1.score } }.sorted { $0[0].score > $1[0].score }
        return ranked.prefix(Self.shortlistEncodings).flatMap { $0.prefix(Self.shortlistLanguages).map(\.index) }
    }

    /// The pair score of a sample under a code page and language: every pair of symbols touching a non-ASCII byte.
    private func pairScore(_ pair: SingleBytePair, _ pairs: BytePairs) -> Float {
        let size = pair.model.symbolCount
        return pair.model.pairLog.withUnsafeBufferPointer { table in
            pair.symbolOfByte.withUnsafeBufferPointer { symbols in
                var total: Float = 0
                for index in 0..<pairs.counts.count {
                    let a = Int(symbols[pairs.first[index]])
                    let b = Int(symbols[pairs.second[index]])
                    total += pairs.counts[index] * table[a &* size &+ b]
                }
                return total
            }
        }
    }

    /// The character score of a sample under a multi-byte encoding, or `nil` when its structure rules it out.
    private func multiByteScore(
        _ table: MultiByteTable, _ model: LanguageModel, _ sample: UnsafeBufferPointer<UInt8>, highBytes: Int
    ) -> Float? {
        var total: Float = 0
        var invalid = 0
        var scanned = 0
        let limit = highBytes / 10 + 8
        var index = 0
        // A sample cut in the middle of a character must not count against the encoding.
        let end = sample.count == Self.sampleSize ? sample.count - 3 : sample.count
        let invalidLog = LanguageModel.invalidLog
        return model.unigramLog.withUnsafeBufferPointer { unigram in
            model.symbolOfScalar.withUnsafeBufferPointer { symbols in
                while index < end {
                    let byte = sample[index]
                    if byte < 0x80 {
                        index += 1
                        continue
                    }
                    let (scalar, length) = table.next(sample, at: index)
                    scanned += 1
                    if scalar == 0 {
                        invalid += 1
                        // Judged as the scan goes, so text in a single-byte code page is dropped early.
                        if invalid > limit || invalid > scanned / 10 + 8 { return nil }
                        total += invalidLog
                    } else {
                        let symbol = scalar < 0x10000 ? Int(symbols[Int(scalar)]) : Int(model.unseen)
                        total += unigram[symbol]
                    }
                    index += length
                }
                return total
            }
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
