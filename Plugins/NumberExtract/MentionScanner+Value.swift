import Foundation
import TextPipeCore

/// Reading the value of a number: digits with their attached suffixes, words, scales and fractions.
extension MentionScanner {
    /// Whether token `i` is a plural word (ends in "s").
    @inline(__always) func endsWithS(_ i: Int) -> Bool {
        guard valid(i) else { return false }
        let last = bytes[Int(tokens[i].end) - 1]
        return last == 115 || last == 83
    }

    /// Reads a number starting at token `i` (a sign, a minus word, digits or a number word).
    ///
    /// - Parameter money: A currency stands before it, so `m` and `b` after the digits are millions and billions.
    func parseNumber(_ i: Int, money: Bool = false) -> ParsedNumber? {
        guard valid(i) else { return nil }
        // Many callers try a number wherever one might follow ("15 dollars 50", "more than ..."): most tokens
        // there can start none.
        if config.fastPaths {
            if !numberMayStart(i) { return nil }
            // Digits, the commonest start, read without the tests for a sign or a minus word.
            if tokens[i].kind == .number {
                guard var parsed = parseDigits(i, money: money) else { return nil }
                if !parsed.ordinal && hash(parsed.end) == W.and { joinFraction(&parsed) }
                return parsed
            }
        }
        var j = i
        var negative = false
        let h = hash(i)
        if tokens[i].kind == .symbol && (h == W.hyphen || h == W.minusSign) {
            guard isNumber(i + 1), attached(i + 1) || tokens[i].flags & ScanToken.lineBefore != 0 else { return nil }
            negative = true
            j = i + 1
        } else if numberWord(i) == .minus, tokens[i].kind == .word {
            guard isNumber(i + 1) || (numberWord(i + 1) != nil && numberWord(i + 1) != .minus) else { return nil }
            negative = true
            j = i + 1
        }
        var parsed: ParsedNumber
        if isNumber(j) {
            guard let digits = parseDigits(j, money: money) else { return nil }
            parsed = digits
        } else if let vulgar = vulgarFraction(j) {
            parsed = ParsedNumber(first: j, end: j + 1, value: vulgar)
            parsed.fraction = true
            parsed.hasDigits = true
        } else {
            guard let words = parseWords(j, initial: nil) else { return nil }
            parsed = words
        }
        parsed.first = i
        if negative {
            parsed.value = -parsed.value
            parsed.negative = true
            parsed.plainDigits = false
        }
        if !parsed.ordinal { joinFraction(&parsed) }
        return parsed
    }

    /// Whether a number can start at token `k`, as `parseNumber` reads one: digits, a number word or a vulgar
    /// fraction (the tokenizer marks all three `numeric`), a sign, or "a"/"an" (before "hundred", "million",
    /// "dozen").
    @inline(__always) func numberMayStart(_ k: Int) -> Bool {
        let token = tokens[k]
        if token.flags & ScanToken.numeric != 0 { return true }
        let h = token.hash
        return h == W.hyphen || h == W.minusSign || h == W.a || h == W.an
    }

    /// Reads a digit token and what is attached to it: ordinal suffixes, decades, scales, exponents and
    /// fractions ("21st", "1990s", "100k", "1e10", "2.5^-1", "2 1/4", "3 million").
    func parseDigits(_ j: Int, money: Bool) -> ParsedNumber? {
        let literal = self.literal(j)
        guard literal.shape == .plain || literal.shape == .formatted else { return nil }
        var parsed = ParsedNumber(first: j, end: j + 1, value: literal.value)
        parsed.hasDigits = true
        parsed.plainDigits = literal.shape == .plain
        parsed.digitCount = literal.shape == .plain ? literal.digitCount : 0
        var k = j + 1
        // Most numbers are followed by a word or mark that none of the readings below takes.
        let fast = config.fastPaths
        if fast && plainAfterValue(k) { return parsed }
        // "1 234 567": groups of three after a space, at least two of them.
        if literal.shape == .plain && literal.digitCount <= 3 && (!fast || isNumber(k)) {
            var groups = 0
            var value = literal.value
            while let group = smallInteger(k + groups), group.digits == 3, tokens[k + groups].spaced,
                !attached(k + groups + 1) || !isWord(k + groups + 1)
            {
                value = value * 1000 + Double(group.value)
                groups += 1
            }
            if groups >= 2 {
                parsed.value = value
                parsed.plainDigits = false
                parsed.digitCount = 0
                parsed.end = k + groups
                k += groups
            }
        }
        if attached(k) && isWord(k) {
            let h = hash(k)
            if h == W.st || h == W.nd || h == W.rd || h == W.th {
                if literal.shape == .plain && ordinalSuffixMatches(Int(literal.value), h) {
                    parsed.ordinal = true
                    parsed.plainDigits = false
                    parsed.end = k + 1
                }
                return parsed
            }
            if h == W.s && literal.shape == .plain && Int(literal.value) % 10 == 0 {
                parsed.decade = true
                parsed.plainDigits = false
                parsed.end = k + 1
                return parsed
            }
            if let exponent = scientificExponent(k) {
                parsed.value *= pow(10, exponent.value)
                parsed.plainDigits = false
                parsed.end = exponent.end
                return parsed
            }
            if let scale = attachedScale(k, money: money) {
                parsed.value *= scale
                parsed.scaled = true
                parsed.plainDigits = false
                parsed.lastScale = scale
                parsed.endsWithScale = true
                parsed.end = k + 1
                return parsed
            }
            return parsed
        }
        // Marks and digits after the number; after a word (a space before it) only the word readings below apply.
        let word = isWord(k)
        if !fast || !word {
            // "2.5^-1", "-1.1^+23"
            if hash(k) == W.caret && attached(k), let power = signedInteger(k + 1) {
                parsed.value = pow(parsed.value, power.value)
                parsed.plainDigits = false
                parsed.end = power.end
                return parsed
            }
            // "2 1/4", "10 1/2"
            if isNumber(k), tokens[k].spaced, hash(k + 1) == W.slash, attached(k + 1), attached(k + 2),
                let numerator = smallInteger(k), let denominator = smallInteger(k + 2), numerator.value > 0,
                numerator.value < denominator.value, literal.shape == .plain, hash(k + 3) != W.slash
            {
                parsed.value += Double(numerator.value) / Double(denominator.value)
                parsed.plainDigits = false
                parsed.end = k + 3
                return parsed
            }
            // "3/4"
            if hash(k) == W.slash, attached(k), attached(k + 1), literal.shape == .plain,
                let denominator = smallInteger(k + 1), denominator.value > Int(literal.value), literal.value > 0,
                hash(k + 2) != W.slash
            {
                parsed.value /= Double(denominator.value)
                parsed.fraction = true
                parsed.plainDigits = false
                parsed.end = k + 2
                return parsed
            }
            // "2½"
            if let vulgar = vulgarFraction(k), literal.shape == .plain {
                parsed.value += vulgar
                parsed.plainDigits = false
                parsed.end = k + 1
                return parsed
            }
        }
        if fast && !word { return parsed }
        // "2.33 k", "- 10  k": a spaced thousands abbreviation at the end of a clause.
        if isWord(k), hash(k) == W.k, isBoundary(k + 1) || !isWord(k + 1) {
            parsed.value *= 1000
            parsed.scaled = true
            parsed.plainDigits = false
            parsed.end = k + 1
            return parsed
        }
        if isWord(k), case .scaleAbbreviation(let scale) = numberWord(k), money || hash(k) != W.m {
            if allCapitals(k) || hash(k) != W.mm {
                parsed.value *= scale
                parsed.scaled = true
                parsed.plainDigits = false
                parsed.lastScale = scale
                parsed.endsWithScale = true
                parsed.end = k + 1
                return parsed
            }
        }
        // "3 million", "6 crore and two hundred", "3 dozens"
        if let role = numberWord(k), isWord(k) {
            switch role {
            case .hundred, .scale, .dozen:
                if var words = parseWords(k, initial: parsed.value) {
                    words.first = j
                    words.hasDigits = true
                    words.spelled = false
                    return words
                }
            default: break
            }
        }
        return parsed
    }

    /// Whether token `k`, right after digits, is none of what `parseDigits` reads there (a suffix, a scale, an
    /// exponent, a fraction, more digit groups): the end of the text, a word after a space that is in no table
    /// and not "k", or a mark other than `^`, `/` and the vulgar fractions.
    @inline(__always) func plainAfterValue(_ k: Int) -> Bool {
        guard valid(k) else { return true }
        let token = tokens[k]
        let h = token.hash
        switch token.kind {
        case .number: return false
        case .word: return token.spaced && token.entry < 0 && h != W.k
        case .symbol: return h != W.caret && h != W.slash && token.flags & ScanToken.numeric == 0
        }
    }

    /// Whether "st", "nd", "rd" or "th" fits the number ("21st", "12th").
    func ordinalSuffixMatches(_ value: Int, _ suffix: UInt64) -> Bool {
        let lastTwo = value % 100
        let last = value % 10
        if lastTwo >= 11 && lastTwo <= 13 { return suffix == W.th }
        switch last {
        case 1: return suffix == W.st
        case 2: return suffix == W.nd
        case 3: return suffix == W.rd
        default: return suffix == W.th
        }
    }

    /// The scale of a word attached to digits: "k", "bn", "M" (millions), "m" and "b" after a currency.
    func attachedScale(_ k: Int, money: Bool) -> Double? {
        let token = tokens[k]
        let h = token.hash
        let caps = allCapitals(k)
        if h == W.m {
            if caps || money { return 1e6 }
            // "5m people" in British news: a million when a plural noun follows.
            let irregular = entry(k + 1)?.roles.contains(.irregularPlural) ?? false
            if isWord(k + 1), (endsWithS(k + 1) && !(entry(k + 1)?.hasAfter ?? false)) || irregular,
                !(entry(k + 1)?.roles.contains(.countStop) ?? false)
            {
                return 1e6
            }
            return nil
        }
        if h == W.b { return money || caps ? 1e9 : nil }
        if case .scaleAbbreviation(let scale) = entry(k)?.number {
            if h == W.mm && !caps { return nil }  // millimetres
            return scale
        }
        return nil
    }

    /// The exponent of "e10" or "x10^6" attached to digits.
    func scientificExponent(_ k: Int) -> (value: Double, end: Int)? {
        let token = tokens[k]
        let start = Int(token.start)
        let first = bytes[start] | 0x20
        if token.flags & ScanToken.hasDigits != 0 && first == 101 {  // "e10"
            var value = 0.0
            for index in (start + 1)..<Int(token.end) {
                let byte = bytes[index]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Double(byte - 48)
            }
            return (value, k + 1)
        }
        if token.hash == W.e, attached(k + 1), let power = signedInteger(k + 1) {  // "1e-5"
            return power
        }
        if token.hash == W.x10, hash(k + 1) == W.caret, let power = signedInteger(k + 2) {
            return power
        }
        return nil
    }

    /// An integer with an optional attached sign at token `k` ("-1", "+23", "6").
    func signedInteger(_ k: Int) -> (value: Double, end: Int)? {
        var sign = 1.0
        var index = k
        let h = hash(k)
        if h == W.hyphen || h == W.minusSign || h == W.plusSign {
            if h != W.plusSign { sign = -1 }
            index += 1
            guard attached(index) else { return nil }
        }
        guard let integer = smallInteger(index) else { return nil }
        return (sign * Double(integer.value), index + 1)
    }
}
