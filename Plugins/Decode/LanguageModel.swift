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
struct LanguageModel: Sendable {
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
    /// The symbol of each BMP scalar.
    let symbolOfScalar: [UInt16]
    /// log P(symbol).
    let unigramLog: [Float]
    /// log P(b | a) at `a * symbolCount + b` (alphabetic languages only).
    let pairLog: [Float]

    init(language: String, unigrams: String, bigrams: String, common: String, ideographic: Bool) {
        self.language = language
        isIdeographic = ideographic
        var lines = unigrams.split(separator: "\n", omittingEmptySubsequences: true)
        let other = Float(Int(lines.removeFirst(), radix: 16) ?? 0)
        var counts = [Float](repeating: 0, count: Self.asciiClassCount)
        var ids: [UInt32: UInt16] = [:]
        for line in lines {
            guard let (symbol, count) = Self.entry(line, symbols: 1) else { continue }
            let scalar = symbol[0]
            if let ascii = Self.asciiClass(scalar) {
                counts[ascii] += count
            } else if ids[scalar] == nil {
                ids[scalar] = UInt16(counts.count)
                counts.append(count)
            }
        }
        unseen = UInt16(counts.count)
        unseenCommon = unseen + 1
        invalid = unseen + 2
        symbolCount = counts.count + 3
        let total = counts.reduce(other, +)
        var unigram = counts.map { logf(($0 + 0.5) / total) }
        unigram.append(logf((other + 1) / total / (ideographic ? 20000 : 2000)))
        unigram.append(logf(0.5 / total))
        unigram.append(Self.invalidLog)
        unigramLog = unigram

        var table = [UInt16](repeating: unseen, count: 0x10000)
        for scalar in 0..<UInt32(0x80) { table[Int(scalar)] = UInt16(Self.asciiClass(scalar) ?? 2) }
        let unseenCommonID = unseenCommon
        for scalar in common.unicodeScalars where scalar.value < 0x10000 {
            table[Int(scalar.value)] = unseenCommonID
        }
        for (folded, id) in ids {
            for scalar in ScalarFolding.scalars(foldingTo: folded) where scalar < 0x10000 {
                table[Int(scalar)] = id
            }
        }
        for scalar in ScalarFolding.whitespace { table[Int(scalar)] = 0 }
        symbolOfScalar = table

        guard !ideographic else {
            pairLog = []
            return
        }
        let size = symbolCount
        var pairCounts: [Int: Float] = [:]
        for line in bigrams.split(separator: "\n") {
            guard let (symbols, count) = Self.entry(line, symbols: 2) else { continue }
            let a = Self.asciiClass(symbols[0]).map(UInt16.init) ?? ids[symbols[0]]
            let b = Self.asciiClass(symbols[1]).map(UInt16.init) ?? ids[symbols[1]]
            guard let a, let b else { continue }
            pairCounts[Int(a) * size + Int(b), default: 0] += count
        }
        let unigramProbability = unigram.map { expf($0) }
        var pairs = [Float](repeating: 0, count: size * size)
        for a in 0..<size {
            let rowCount: Float = a < counts.count ? counts[a] : 0
            for b in 0..<size {
                if b == Int(invalid) {
                    pairs[a * size + b] = Self.invalidLog
                } else if rowCount == 0 {
                    pairs[a * size + b] = unigram[b]
                } else {
                    let seen = pairCounts[a * size + b] ?? 0
                    pairs[a * size + b] =
                        logf((seen + Self.smoothing * unigramProbability[b]) / (rowCount + Self.smoothing))
                }
            }
        }
        pairLog = pairs
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

    /// Reads `symbols` scalars then a hex count from a line of a generated table.
    private static func entry(_ line: Substring, symbols: Int) -> ([UInt32], Float)? {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > symbols, let count = Int(String(String.UnicodeScalarView(scalars[symbols...])), radix: 16)
        else { return nil }
        return (scalars[..<symbols].map(\.value), Float(count))
    }

    /// The symbol of a decoded scalar (`0` marks an undecodable byte).
    @inline(__always) func symbol(of scalar: UInt32) -> UInt16 {
        if scalar == 0 { return invalid }
        return scalar < 0x10000 ? symbolOfScalar[Int(scalar)] : unseen
    }
}
