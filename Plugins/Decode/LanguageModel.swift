#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Character statistics of one language, as log probabilities over symbols: the 29 ASCII classes, the
/// language's frequent non-ASCII characters (case-folded), and three catch-alls.
///
/// Alphabetic languages score pairs of symbols P(b | a), smoothed towards P(b); ideographic languages score
/// single characters. Only pairs that involve a non-ASCII symbol are ever scored: ASCII bytes read the same
/// in every candidate encoding, so they say nothing about which one is right.
final class LanguageModel: Sendable {
    /// Symbol ids 0...28: whitespace, digit, other ASCII, then `a`...`z`.
    static let asciiClassCount = 29
    /// Penalty, in natural-log units, for a byte the candidate encoding cannot decode.
    static let invalidLog: Float = -15
    /// Weight of the unigram in the smoothed pair probability.
    static let smoothing: Float = 8

    let language: String
    let isIdeographic: Bool
    /// The number of symbols, catch-alls included.
    let symbolCount: Int
    /// A character not in the model.
    let unseen: UInt16
    /// A character not in the model but in the national standard's frequent block (East Asian languages).
    let unseenCommon: UInt16
    /// A byte or sequence the candidate encoding does not define.
    let invalid: UInt16
    /// The symbol of each BMP scalar (ideographic languages only).
    let symbolOfScalar: [UInt16]
    /// The symbol of each frequent character, by case-folded scalar (alphabetic languages only).
    private let symbolOfFolded: [UInt32: UInt16]
    /// The characters of the national standard's frequent block (alphabetic languages: usually none).
    private let commonScalars: Set<UInt32>
    /// log P(symbol).
    let unigramLog: [Float]
    /// log P(b | a) at `a * symbolCount + b` (alphabetic languages only).
    let pairLog: [Float]

    /// Builds a model from its generated tables. `scratch` is a table of 0x10000 zeros that the model borrows
    /// while it reads its pairs and leaves zeroed, so that loading every model costs one such table, not one each.
    init(
        language: String, unigrams: String, bigrams: String, common: String, ideographic: Bool,
        scratch: inout [UInt16]
    ) {
        self.language = language
        isIdeographic = ideographic
        let other = GeneratedTableReader.leadingCount(unigrams)
        var counts = [Float](repeating: 0, count: Self.asciiClassCount)
        // The model's characters in the order of the table, and their ids (from 29 on, so 0 in `scratch` is "none").
        var characters: [(scalar: UInt32, id: UInt16)] = []
        var beyondBMP: [UInt32: UInt16] = [:]
        scratch.withUnsafeMutableBufferPointer { idOfScalar in
            GeneratedTableReader.forEachEntry(unigrams, symbols: 1, skippingFirst: true) { entry in
                let scalar = entry.first
                if let ascii = Self.asciiClass(scalar) {
                    counts[ascii] += entry.count
                    return
                }
                let id = UInt16(counts.count)
                if scalar < 0x10000 {
                    guard idOfScalar[Int(scalar)] == 0 else { return }
                    idOfScalar[Int(scalar)] = id
                } else {
                    guard beyondBMP[scalar] == nil else { return }
                    beyondBMP[scalar] = id
                }
                characters.append((scalar, id))
                counts.append(entry.count)
            }
        }
        let unseen = UInt16(counts.count)
        let unseenCommon = unseen + 1
        let invalid = unseen + 2
        self.unseen = unseen
        self.unseenCommon = unseenCommon
        self.invalid = invalid
        symbolCount = counts.count + 3
        let total = counts.reduce(other, +)
        var unigram = counts.map { logf(($0 + 0.5) / total) }
        unigram.append(logf((other + 1) / total / (ideographic ? 20000 : 2000)))
        unigram.append(logf(0.5 / total))
        unigram.append(Self.invalidLog)
        unigramLog = unigram

        if ideographic {
            // Multi-byte scoring looks up every decoded character: one table entry per BMP scalar.
            var table = [UInt16](repeating: unseen, count: 0x10000)
            for scalar in 0..<UInt32(0x80) { table[Int(scalar)] = UInt16(Self.asciiClass(scalar) ?? 2) }
            GeneratedTableReader.forEachScalar(common) { scalar in
                if scalar < 0x10000 { table[Int(scalar)] = unseenCommon }
            }
            for (folded, id) in characters {
                for scalar in ScalarFolding.scalars(foldingTo: folded) where scalar < 0x10000 {
                    table[Int(scalar)] = id
                }
            }
            for scalar in ScalarFolding.whitespace { table[Int(scalar)] = 0 }
            symbolOfScalar = table
            symbolOfFolded = [:]
            commonScalars = []
            pairLog = []
        } else {
            // Alphabetic models are only asked about the characters of single-byte code pages (`symbol(of:)`).
            var commonScalars = Set<UInt32>()
            GeneratedTableReader.forEachScalar(common) { commonScalars.insert($0) }
            symbolOfScalar = []
            symbolOfFolded = Dictionary(characters.map { ($0.scalar, $0.id) }, uniquingKeysWith: { first, _ in first })
            self.commonScalars = commonScalars
            pairLog = Self.pairTable(
                bigrams: bigrams, idOfScalar: scratch, beyondBMP: beyondBMP, rowCounts: counts,
                unigramLog: unigram, invalid: Int(invalid))
        }
        for (scalar, _) in characters where scalar < 0x10000 { scratch[Int(scalar)] = 0 }
    }

    /// log P(b | a) for every pair of symbols, smoothed towards P(b): counts are read into the table, then
    /// every row is turned into log probabilities (unseen pairs need no logarithm of their own).
    private static func pairTable(
        bigrams: String, idOfScalar: [UInt16], beyondBMP: [UInt32: UInt16], rowCounts: [Float], unigramLog: [Float],
        invalid: Int
    ) -> [Float] {
        let size = unigramLog.count
        var pairs = [Float](repeating: 0, count: size * size)
        idOfScalar.withUnsafeBufferPointer { idOfScalar in
            pairs.withUnsafeMutableBufferPointer { pairs in
                // The symbol of a character of the table, or -1 when the model has none.
                func id(_ scalar: UInt32) -> Int {
                    if scalar < 0x80 { return asciiClass(scalar) ?? 2 }
                    guard scalar < 0x10000 else { return beyondBMP[scalar].map(Int.init) ?? -1 }
                    let id = Int(idOfScalar[Int(scalar)])
                    return id == 0 ? -1 : id
                }
                GeneratedTableReader.forEachEntry(bigrams, symbols: 2) { entry in
                    let a = id(entry.first)
                    let b = id(entry.second)
                    guard a >= 0, b >= 0 else { return }
                    pairs[a * size + b] += entry.count
                }
            }
        }
        // log(smoothing * P(b)), the numerator of a pair never seen.
        let unseenNumerator = unigramLog.map { logf(smoothing * expf($0)) }
        let unigramProbability = unigramLog.map { expf($0) }
        pairs.withUnsafeMutableBufferPointer { table in
            for a in 0..<size {
                let rowCount: Float = a < rowCounts.count ? rowCounts[a] : 0
                let row = a * size
                if rowCount == 0 {
                    for b in 0..<size { table[row + b] = unigramLog[b] }
                } else {
                    let denominator = rowCount + smoothing
                    let logDenominator = logf(denominator)
                    for b in 0..<size {
                        let seen = table[row + b]
                        table[row + b] =
                            seen == 0
                            ? unseenNumerator[b] - logDenominator
                            : logf((seen + smoothing * unigramProbability[b]) / denominator)
                    }
                }
                table[row + invalid] = invalidLog
            }
        }
        return pairs
    }

    /// The ASCII class of a scalar below 0x80, or `nil` for other scalars.
    static func asciiClass(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x61...0x7A: return Int(scalar - 0x61) + 3
        case 0x41...0x5A: return Int(scalar - 0x41) + 3
        case 0x30...0x39: return 1
        case 0x20, 0x09...0x0D: return 0
        case ..<0x80: return 2
        default: return nil
        }
    }

    /// The symbol of a decoded scalar (`0` marks an undecodable byte), given the scalar it folds to
    /// (`ScalarFolding.folded`, which callers compute once for many models). Meant for building per-byte
    /// tables, not for inner loops.
    func symbol(of scalar: UInt32, folded: UInt32) -> UInt16 {
        if scalar == 0 { return invalid }
        guard scalar < 0x10000 else { return unseen }
        if isIdeographic { return symbolOfScalar[Int(scalar)] }
        if scalar < 0x80 { return UInt16(Self.asciiClass(scalar) ?? 2) }
        if ScalarFolding.isWhitespace(scalar) { return 0 }
        if let id = symbolOfFolded[scalar] ?? symbolOfFolded[folded] { return id }
        return commonScalars.contains(scalar) ? unseenCommon : unseen
    }
}
