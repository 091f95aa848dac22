import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeNumberExtract

/// The scanner's shortcuts (`ScanConfig.fastPaths`, the comparative table, ISO text written byte by byte) give
/// what the plain reading gives.
@Suite("number_extract: fast paths")
struct ScannerFastPathTests {
    /// Pieces of number text: digits, number words, units, currencies, connectors and nouns.
    static let pieces: [String] = [
        "5", "12", "3", "2022", "1990", "1,234.5", "3.5", "10", "0", "31", "7", "100", "55,000", "1990s", "21st",
        "3rd", "one", "two", "twenty", "five", "hundred", "million", "billion", "thousand", "first", "fourth",
        "half", "quarter", "a", "an", "the", "dozen", "thirds", "km", "kg", "°", "C", "°C", "miles", "pounds",
        "dollars", "dlrs", "$", "€", "£", "%", "percent", "pct", "per", "cent", "cents", "mln", "bn", "m", "k",
        "-", "–", "—", "~", "to", "and", "or", "more", "than", "over", "under", "in", "out", "of", "between",
        "from", "up", "at", "least", "am", "pm", "p.m.", "a.m.", "through", "thru", "/", ":", ",", ".", "(", ")",
        "February", "May", "Friday", "soldiers", "people", "years", "old", "year", "shares", "vs", "points",
        "percentage", "square", "metres", "degrees", "+", "x", "e", "^", "½", "'", "s",
    ]

    /// A text of `count` random pieces, each after a space or glued to the one before.
    static func randomText(_ generator: inout SplitMix, count: Int) -> String {
        var text = ""
        for index in 0..<count {
            let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
            if index > 0 && generator.next() % 4 != 0 { text += generator.next() % 9 == 0 ? "\n" : " " }
            text += piece
        }
        return text
    }

    static func scan(_ text: String, fastPaths: Bool) -> [NumberMention] {
        var text = text
        return text.withUTF8 { buffer in
            var config = ScanConfig()
            config.fastPaths = fastPaths
            let scanner = MentionScanner(bytes: buffer, lexicon: .standard, config: config)
            scanner.scan()
            return scanner.mentions.takeArray()
        }
    }

    @Test func fastPathsFindWhatThePlainReadingFinds() {
        var generator = SplitMix(state: 6)
        var found = 0
        for round in 0..<4000 {
            let text = Self.randomText(&generator, count: 3 + round % 12)
            let fast = Self.scan(text, fastPaths: true)
            #expect(fast == Self.scan(text, fastPaths: false), "\(text)")
            found += fast.count
        }
        // The texts are made to be full of numbers.
        #expect(found > 4000)
    }

    /// Mentions written into lent storage stay there; more than it holds move to the buffer's own memory.
    @Test(arguments: [0, 3, 4, 5, 40])
    func lentStorageHoldsTheMentionsOrLetsThemGo(count: Int) {
        let expected = Array(MentionBufferTests.mentions.prefix(count))
        var buffer = MentionBuffer(capacity: 4)
        let lent = [NumberMention](unsafeUninitializedCapacity: buffer.suggestedCapacity) { storage, initialized in
            buffer.lend(storage)
            for mention in expected {
                buffer.append(
                    range: mention.range, text: mention.text, kind: mention.kind, value: mention.value,
                    low: mention.low, high: mention.high, currency: mention.currency, unit: mention.unit,
                    counts: mention.counts, marker: mention.marker)
            }
            initialized = buffer.returnStorage()
        }
        let found = buffer.count > 0 ? buffer.takeArray() : lent
        #expect(found == expected)
        #expect(lent.isEmpty == (count == 0 || count > 4))
    }

    /// `NumericLiteral.common` reads what the earlier, counter-based version read, on every short run of digits,
    /// commas and dots; and every literal reads the same whichever initializer reads it.
    @Test func commonLiteralsReadAsBefore() {
        var generator = SplitMix(state: 11)
        let alphabet: [UInt8] = Array("0123456789,.".utf8) + Array("0123456789".utf8) + Array("1,.".utf8)
        for round in 0..<60_000 {
            let length = 1 + round % 14
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            bytes.withUnsafeBufferPointer { buffer in
                let found = NumericLiteral.common(buffer, start: 0, end: length)
                let expected = Self.referenceCommon(buffer, start: 0, end: length)
                #expect(found?.value == expected?.value, "\(String(decoding: bytes, as: UTF8.self))")
                #expect(found?.digitCount == expected?.digitCount && found?.hasDecimal == expected?.hasDecimal)
                #expect(found?.leadingZero == expected?.leadingZero && (found == nil) == (expected == nil))
                let general = NumericLiteral(buffer, start: 0, end: length)
                let separated = NumericLiteral(separated: buffer, start: 0, end: length)
                #expect(general.shape == separated.shape && general.digitCount == separated.digitCount)
                #expect(general.value == separated.value && general.hasDecimal == separated.hasDecimal)
                #expect(general.leadingZero == separated.leadingZero)
            }
        }
    }

    /// The counter-based `NumericLiteral.common` this module had before.
    static func referenceCommon(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
        -> (value: Double, hasDecimal: Bool, digitCount: Int, leadingZero: Bool)?
    {
        var mantissa = 0
        var digits = 0
        var groupLength = 0
        var firstGroup = -1
        var commas = 0
        var decimals = -1
        for i in start..<end {
            let byte = bytes[i]
            if byte >= 48 && byte <= 57 {
                mantissa = mantissa &* 10 &+ Int(byte &- 48)
                digits += 1
                groupLength += 1
                if decimals >= 0 { decimals += 1 }
            } else if byte == 44 {
                if decimals >= 0 { return nil }
                if firstGroup < 0 {
                    guard groupLength >= 1 && groupLength <= 3 else { return nil }
                    firstGroup = groupLength
                } else if groupLength != 3 {
                    return nil
                }
                commas += 1
                groupLength = 0
            } else {
                if decimals >= 0 { return nil }
                if commas > 0 && groupLength != 3 { return nil }
                decimals = 0
                groupLength = 0
            }
        }
        if commas > 0 && decimals < 0 && groupLength != 3 { return nil }
        if commas == 0 && decimals < 0 { return nil }  // digits only: read elsewhere
        guard digits <= 15, decimals != 0 else { return nil }
        let scale = decimals > 0 ? NumericLiteral.powersOfTen[decimals] : 1
        return (Double(mantissa) / scale, decimals > 0, digits, digits > 1 && bytes[start] == 48)
    }

    @Test func extendersAreExactlyTheirMembers() {
        let members: [UInt64] = [W.am, W.pm, W.percentSign, W.to, W.and, W.or, W.hyphen]
        let set = HashSet(members)
        for member in members { #expect(set.contains(member)) }
        for word in ["soldiers", "vs", ",", ".", "shares", "am.", "percents"] {
            #expect(!set.contains(wordHash(word)))
        }
        #expect(!set.contains(0))
        for word in ["percents", "thru", "p.m."] { #expect(MentionScanner.extenders.contains(wordHash(word))) }
    }

    /// At every token of texts made of comparative words, the table finds what the phrase list (longest first)
    /// read in order finds.
    @Test func comparativeTableFindsEachPhrase() {
        var generator = SplitMix(state: 7)
        let words = [
            "more", "than", "at", "least", "no", "not", "as", "many", "up", "to", "in", "excess", "of", "over",
            "equal", "or", ">", "=", "<", "less", "fewer", "5", "the", "≥", "equals", "exceeding", "below",
        ]
        for _ in 0..<3000 {
            var text = ""
            for index in 0..<6 {
                if index > 0 { text += generator.next() % 5 == 0 ? "" : " " }
                text += words[Int(generator.next() % UInt64(words.count))]
            }
            var copy = text
            copy.withUTF8 { buffer in
                let scanner = MentionScanner(bytes: buffer, lexicon: .standard, config: ScanConfig())
                let hashes = (0..<scanner.tokens.count).map { scanner.tokens[$0].hash }
                for i in 0..<hashes.count {
                    let found = scanner.comparative(at: i)
                    let expected = Self.referenceMatch(hashes, at: i)
                    #expect(found?.end == expected?.end && found?.side == expected?.side, "\(text) at \(i)")
                }
            }
        }
    }

    /// The first comparative phrase of the list (longest first) whose words stand at `i`.
    static func referenceMatch(_ hashes: [UInt64], at i: Int) -> (side: MentionScanner.Side, end: Int)? {
        for phrase in MentionScanner.comparatives where i + phrase.words.count <= hashes.count {
            if Array(hashes[i..<(i + phrase.words.count)]) == phrase.words {
                return (phrase.side, i + phrase.words.count)
            }
        }
        return nil
    }

    @Test func isoTextIsWhatInterpolationWrites() {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        func reference(_ year: Int?, _ month: Int?, _ day: Int?) -> String {
            switch (year, month, day) {
            case (let y?, let m?, let d?): return "\(y)-\(pad(m))-\(pad(d))"
            case (let y?, let m?, nil): return "\(y)-\(pad(m))"
            case (nil, let m?, let d?): return "--\(pad(m))-\(pad(d))"
            case (nil, nil, let d?): return "---\(pad(d))"
            case (let y?, nil, _): return "\(y)"
            default: return ""
            }
        }
        var text = "x"
        text.withUTF8 { buffer in
            let scanner = MentionScanner(bytes: buffer, lexicon: .standard, config: ScanConfig())
            let values: [Int?] = [nil, 0, 1, 9, 10, 12, 31, 99, 100, 999, 1000, 2026, 12345, -3, 123_456_789_012_345]
            for year in values {
                for month in values {
                    for day in values {
                        #expect(scanner.isoDate(year: year, month: month, day: day) == reference(year, month, day))
                    }
                }
            }
            for hour in values.compactMap({ $0 }) {
                for minute in [0, 5, 59, 123] {
                    #expect(scanner.isoTime(hour: hour, minute: minute, second: nil) == "\(pad(hour)):\(pad(minute))")
                    #expect(
                        scanner.isoTime(hour: hour, minute: minute, second: 7)
                            == "\(pad(hour)):\(pad(minute)):07")
                }
            }
        }
    }
}
