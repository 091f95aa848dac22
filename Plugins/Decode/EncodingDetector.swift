#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Guesses the legacy encoding of bytes that are not UTF-8, by decoding a sample with every candidate encoding
/// and asking each candidate's language models how likely the resulting text is.
///
/// Single-byte code pages are scored from the counts of the sample's distinct byte pairs: every code page with
/// every language it is used for on the most frequent pairs, the best of them on all. Multi-byte encodings are first
/// checked for structure (a sample full of invalid sequences rules them out) and then scored by characters, a
/// chunk at a time, against each other and the best single-byte reading; a candidate that falls far behind
/// is dropped, and scoring stops when one reading is left.
struct EncodingDetector: Sendable {
    /// The answer: an encoding name, how sure the detector is (0...1), and the language that fit best.
    struct Guess: Sendable, Equatable {
        var encoding: String
        var confidence: Double
        var language: String
        /// How many bytes above 0x7F the scored sample held: the amount of evidence.
        var highBytes: Int
    }

    /// One code page scored under one language: the symbol each byte code (`ByteCodes`) stands for.
    final class SingleBytePair: Sendable {
        let encoding: String
        /// The code page's index in `codePages`.
        let page: Int
        let prior: Float
        let model: LanguageModel
        let symbolOfCode: [UInt16]

        init(encoding: String, page: Int, prior: Float, model: LanguageModel, symbolOfCode: [UInt16]) {
            self.encoding = encoding
            self.page = page
            self.prior = prior
            self.model = model
            self.symbolOfCode = symbolOfCode
        }
    }

    /// A multi-byte encoding with the table it is scored with and its language.
    final class MultiByteCandidate: Sendable {
        let name: String
        let table: MultiByteTable
        let model: LanguageModel
        let prior: Float
        /// The model's symbol of each single byte and pair of the table (`MultiByteTable.symbolTables`).
        let symbolOfSingle: [UInt16]
        let symbolOfPair: [UInt16]

        init(name: String, table: MultiByteTable, model: LanguageModel, prior: Float) {
            self.name = name
            self.table = table
            self.model = model
            self.prior = prior
            (symbolOfSingle, symbolOfPair) = table.symbolTables { scalar in
                scalar < 0x10000 ? model.symbolOfScalar[Int(scalar)] : model.unseen
            }
        }
    }

    /// How many of the most frequent byte pairs the first scoring of every code page reads.
    static let shortlistPairs = 64
    /// How many code pages, and languages of each, are then scored on every pair.
    static let shortlistEncodings = 8
    static let shortlistLanguages = 3

    /// The detector with its models, built once per process.
    static let shared = EncodingDetector()

    /// How many bytes from the start are scored.
    static let sampleSize = 16 * 1024
    let singleBytePairs: [SingleBytePair]
    /// The single-byte code pages in catalogue order, and the indices of their `singleBytePairs`.
    let codePages: [(name: String, pairs: [Int])]
    let multiByte: [MultiByteCandidate]

    /// Extensions scored in place of the encoding they extend: they agree wherever the narrower one is defined,
    /// and a sample with a few extension-only characters must not rule the family out. Which of the two the text
    /// needs is settled when decoding the whole input.
    static let scoringTables = ["shift_jis": "windows-31j", "euc-kr": "cp949", "gb2312": "gbk"]

    init() {
        let models = LanguageModels.byLanguage
        var pairs: [SingleBytePair] = []
        var pages: [(name: String, pairs: [Int])] = []
        // Code pages share most of their characters: fold each one once.
        var foldedOf: [UInt32: UInt32] = [:]
        for entry in EncodingCatalogue.singleByteEntries {
            guard let page = SingleByteTables.codePages[entry.name] else { continue }
            let scalarOfCode = ByteCodes.byteOfCode.map { page.scalars[Int($0)] }
            let foldedOfCode = scalarOfCode.map { scalar in
                if let folded = foldedOf[scalar] { return folded }
                let folded = ScalarFolding.folded(scalar)
                foldedOf[scalar] = folded
                return folded
            }
            var indices: [Int] = []
            for language in entry.languages {
                guard let model = models[language] else { continue }
                let symbols = (0..<ByteCodes.count).map { code -> UInt16 in
                    if code < LanguageModel.asciiClassCount { return UInt16(code) }
                    return model.symbol(of: scalarOfCode[code], folded: foldedOfCode[code])
                }
                indices.append(pairs.count)
                pairs.append(
                    SingleBytePair(
                        encoding: entry.name, page: pages.count, prior: Float(entry.prior), model: model,
                        symbolOfCode: symbols))
            }
            pages.append((entry.name, indices))
        }
        singleBytePairs = pairs
        codePages = pages
        let extensions = Set(Self.scoringTables.values)
        multiByte = EncodingCatalogue.multiByteEntries.compactMap { entry in
            guard !extensions.contains(entry.name),
                let table = DoubleByteTables.table(named: Self.scoringTables[entry.name] ?? entry.name),
                let model = models[entry.language]
            else { return nil }
            return MultiByteCandidate(name: entry.name, table: table, model: model, prior: Float(entry.prior))
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

    /// Every candidate still in the race at the end, best first, with the sample's byte histogram.
    func rank(_ bytes: UnsafeBufferPointer<UInt8>) -> (ranking: [Scored], histogram: [Int]) {
        let sample = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, Self.sampleSize)])
        let pairs = BytePairs(sample)
        guard pairs.highBytes > 0 else { return ([], pairs.histogram) }
        var singleByte: [(score: Float, index: Int)] = shortlist(pairs).map { index in
            (pairScore(singleBytePairs[index], pairs) + singleBytePairs[index].prior, index)
        }
        singleByte.sort { $0.score > $1.score }
        let race = raceMultiByte(
            sample, highBytes: pairs.highBytes, against: singleByte.first.map { singleBytePairs[$0.index] })
        var scored = race.multiByte
        if race.singleByteStays {
            for (score, index) in singleByte {
                let pair = singleBytePairs[index]
                scored.append(Scored(score: score, encoding: pair.encoding, language: pair.model.language))
            }
        }
        scored.sort { $0.score > $1.score }
        return (scored, pairs.histogram)
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
}
