/// Guesses the legacy encoding of bytes that are not UTF-8, by decoding a sample with every candidate encoding
/// and asking each candidate's language models how likely the resulting text is.
///
/// Single-byte code pages are first ranked by a unigram score computed from the byte histogram (128 terms per
/// code page and language); only the best few are scored with character pairs. Multi-byte encodings are first
/// checked for structure (a sample full of invalid sequences rules them out) and then scored by characters.
struct EncodingDetector: Sendable {
    /// The answer: an encoding name, how sure the detector is (0...1), and the language that fit best.
    struct Guess: Sendable, Equatable {
        var encoding: String
        var confidence: Double
        var language: String
        /// Natural-log likelihood per non-ASCII byte of the sample, for diagnostics.
        var scorePerByte: Double
    }

    /// One code page scored under one language: the symbol each byte stands for.
    struct SingleBytePair: Sendable {
        let encoding: String
        let prior: Float
        let model: LanguageModel
        let symbolOfByte: [UInt16]
    }

    /// How many bytes from the start are scored.
    static let sampleSize = 32 * 1024
    /// How many code pages survive the unigram ranking.
    static let pairScoredEncodings = 8

    let singleBytePairs: [SingleBytePair]
    let multiByte: [(table: MultiByteTable, model: LanguageModel, prior: Float)]

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
                    SingleBytePair(encoding: entry.name, prior: Float(entry.prior), model: model, symbolOfByte: symbols))
            }
        }
        singleBytePairs = pairs
        multiByte = EncodingCatalogue.multiByteEntries.compactMap { entry in
            guard let table = DoubleByteTables.table(named: entry.name), let model = models[entry.language] else {
                return nil
            }
            return (table, model, Float(entry.prior))
        }
    }

    /// The most likely encoding of `bytes`, which hold at least one byte above 0x7F.
    func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Guess {
        let sample = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, Self.sampleSize)])
        var histogram = [Int](repeating: 0, count: 256)
        for byte in sample { histogram[Int(byte)] += 1 }
        let highBytes = histogram[128...].reduce(0, +)
        guard highBytes > 0 else { return Guess(encoding: "ascii", confidence: 1, language: "", scorePerByte: 0) }

        var scored: [(score: Float, encoding: String, language: String)] = []
        for index in rankedSingleBytePairs(histogram: histogram) {
            let pair = singleBytePairs[index]
            scored.append((pairScore(pair, sample) + pair.prior, pair.encoding, pair.model.language))
        }
        for candidate in multiByte {
            if let score = multiByteScore(candidate.table, candidate.model, sample, highBytes: highBytes) {
                scored.append((score + candidate.prior, candidate.table.name, candidate.model.language))
            }
        }
        scored.sort { $0.score > $1.score }
        guard let best = scored.first else {
            return Guess(encoding: "windows-1252", confidence: 0, language: "", scorePerByte: 0)
        }
        let runnerUp = scored.dropFirst().first { $0.encoding != best.encoding }?.score ?? (best.score - 50)
        let margin = Double(best.score - runnerUp)
        let confidence = 1 / (1 + exp(-margin / 3))
        return Guess(
            encoding: best.encoding, confidence: confidence, language: best.language,
            scorePerByte: Double(best.score) / Double(highBytes))
    }

    /// Indices of the single-byte pairs worth scoring with pairs: the best two languages of each of the code
    /// pages whose best unigram score is highest.
    private func rankedSingleBytePairs(histogram: [Int]) -> [Int] {
        var best: [String: [(score: Float, index: Int)]] = [:]
        for (index, pair) in singleBytePairs.enumerated() {
            var score = pair.prior
            for byte in 128..<256 where histogram[byte] != 0 {
                score += Float(histogram[byte]) * pair.model.unigramLog[Int(pair.symbolOfByte[byte])]
            }
            best[pair.encoding, default: []].append((score, index))
        }
        let ranked = best.values.map { $0.sorted { $0.score > $1.score } }.sorted { $0[0].score > $1[0].score }
        return ranked.prefix(Self.pairScoredEncodings).flatMap { $0.prefix(2).map(\.index) }
    }

    /// The pair score of a sample under a code page and language: every pair of symbols touching a non-ASCII byte.
    private func pairScore(_ pair: SingleBytePair, _ sample: UnsafeBufferPointer<UInt8>) -> Float {
        let size = pair.model.symbolCount
        return pair.model.pairLog.withUnsafeBufferPointer { table in
            pair.symbolOfByte.withUnsafeBufferPointer { symbols in
                var total: Float = 0
                var previousByte: UInt8 = 0x20
                var previous = Int(symbols[0x20])
                for byte in sample {
                    let symbol = Int(symbols[Int(byte)])
                    if (byte | previousByte) >= 0x80 { total += table[previous &* size &+ symbol] }
                    previous = symbol
                    previousByte = byte
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
        let limit = highBytes / 10 + 8
        var index = 0
        // A sample cut in the middle of a character must not count against the encoding.
        let end = sample.count == Self.sampleSize ? sample.count - 3 : sample.count
        while index < end {
            let byte = sample[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = table.next(sample, at: index)
            if scalar == 0 {
                invalid += 1
                if invalid > limit { return nil }
                total += LanguageModel.invalidLog
            } else {
                total += model.unigramLog[Int(model.symbol(of: scalar))]
            }
            index += length
        }
        return total
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
