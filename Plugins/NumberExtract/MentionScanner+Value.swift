import Foundation
import TextPipeCore

/// Reading the value of a number: digits with their attached suffixes, words, scales and fractions.
extension MentionScanner {
    private enum Last { case none, digits, unit, tens, hundred, scale }

    /// Whether token `i` is a plural word (ends in "s").
    func endsWithS(_ i: Int) -> Bool {
        guard valid(i) else { return false }
        let last = bytes[Int(tokens[i].end) - 1]
        return last == 115 || last == 83
    }

    /// Reads a number starting at token `i` (a sign, a minus word, digits or a number word).
    ///
    /// - Parameter money: A currency stands before it, so `m` and `b` after the digits are millions and billions.
    func parseNumber(_ i: Int, money: Bool = false) -> ParsedNumber? {
        guard valid(i) else { return nil }
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

    /// Reads a digit token and what is attached to it: ordinal suffixes, decades, scales, exponents and
    /// fractions ("21st", "1990s", "100k", "1e10", "2.5^-1", "2 1/4", "3 million").
    func parseDigits(_ j: Int, money: Bool) -> ParsedNumber? {
        let token = tokens[j]
        let literal = NumericLiteral(bytes, start: Int(token.start), end: Int(token.end))
        guard literal.shape == .plain || literal.shape == .formatted else { return nil }
        var parsed = ParsedNumber(first: j, end: j + 1, value: literal.value)
        parsed.hasDigits = true
        parsed.plainDigits = literal.shape == .plain
        parsed.digitCount = literal.shape == .plain ? literal.digitCount : 0
        var k = j + 1
        // "1 234 567": groups of three after a space, at least two of them.
        if literal.shape == .plain && literal.digitCount <= 3 {
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
        // "2.33 k", "- 10  k": a spaced thousands abbreviation at the end of a clause.
        if isWord(k), hash(k) == W.k, isBoundary(k + 1) || !isWord(k + 1) {
            parsed.value *= 1000
            parsed.scaled = true
            parsed.plainDigits = false
            parsed.end = k + 1
            return parsed
        }
        if isWord(k), case .scaleAbbreviation(let scale) = numberWord(k), money || hash(k) != W.m {
            if tokens[k].flags & ScanToken.allCaps != 0 || hash(k) != W.mm {
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
        let caps = token.flags & ScanToken.allCaps != 0
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

    /// Reads a number written in words from token `start`; `initial` is a digit value already read
    /// ("3" in "3 million").
    func parseWords(_ start: Int, initial: Double?) -> ParsedNumber? {
        var total = 0.0
        var current = initial ?? 0
        var last: Last = initial == nil ? .none : .digits
        var k = start
        var end = start
        var result: Double? = nil
        // The whole part before an "and", so "nine million and five ninths" adds five ninths of a million.
        var wholeBeforeAnd: Double? = nil
        var scaleBeforeAnd: Double = 1
        var parsed = ParsedNumber(first: start, end: start, value: 0)
        /// A fraction `numerator/denominator` ending at `k`, added to the whole part before an "and".
        func fractionValue(_ denominator: Double, at k: Int) -> (value: Double, end: Int) {
            let all = total + current
            guard let whole = wholeBeforeAnd else { return (all / denominator, k + 1) }
            var fraction = (all - whole) / denominator
            if isWord(k + 1), case .scale(let s)? = numberWord(k + 1) {
                return (whole + fraction * s, k + 2)
            }
            fraction *= scaleBeforeAnd
            return (whole + fraction, k + 1)
        }
        parsed.spelled = true
        if initial == nil, hash(k) == W.a || hash(k) == W.an {
            switch numberWord(k + 1) {
            case .hundred?, .scale?, .dozen?:
                current = 1
                last = .unit
                k += 1
            default: return nil
            }
        }
        scan: while valid(k) {
            guard isWord(k), let role = numberWord(k) else {
                let next = numberWord(k + 1)
                if isDash(k), last == .unit || last == .hundred, isWord(k + 1) {
                    switch next {
                    case .ordinal(let o)? where o >= 3 && last == .unit && total + current == 1:
                        k += 1
                        continue scan
                    case .ordinals?:
                        k += 1
                        continue scan
                    default: break
                    }
                }
                if isDash(k), last == .tens, isWord(k + 1) {
                    switch next {
                    case .unit(let u)? where u >= 1 && u <= 9:
                        k += 1
                        continue scan
                    case .ordinal(let o)? where o <= 9:
                        k += 1
                        continue scan
                    default: break
                    }
                }
                if hash(k) == W.and, last == .hundred || last == .scale, isWord(k + 1) {
                    switch next {
                    case .unit?, .tens?:
                        wholeBeforeAnd = total + current
                        scaleBeforeAnd = last == .scale ? parsed.lastScale : 1
                        k += 1
                        continue scan
                    case .ordinal(let o)? where o < 100:
                        k += 1
                        continue scan
                    default: break
                    }
                }
                break scan
            }
            let plural = endsWithS(k)
            switch role {
            case .unit(let u):
                if last == .unit || last == .digits { break scan }
                if last == .tens && (u >= 10 || u == 0) { break scan }
                if u == 0 && last != .none { break scan }
                current += u
                last = .unit
            case .tens(let t):
                if total + current > 0, isDash(k + 1), case .ordinals(let o)? = numberWord(k + 2), o < 10 {
                    result = (total + current) / (t + o)
                    parsed.fraction = true
                    end = k + 3
                    break scan
                }
                if last == .unit || last == .tens || last == .digits { break scan }
                current += t
                last = .tens
            case .hundred:
                if last == .hundred || (last == .none && plural) { break scan }
                current = (current == 0 ? 1 : current) * 100
                last = .hundred
                parsed.scaled = true
            case .scale(let s):
                if last == .none { break scan }
                if current == 0 && last == .scale {
                    total *= s
                } else {
                    total += current * s
                }
                current = 0
                last = .scale
                parsed.scaled = true
                parsed.lastScale = s
            case .dozen:
                if last == .none || last == .scale { break scan }
                current = (current == 0 ? 1 : current) * 12
                end = k + 1
                break scan
            case .ordinal(let o):
                let base = total + current
                if last == .tens && o < 10 || (last == .hundred || last == .scale) && o < 100 {
                    result = base + o
                    parsed.ordinal = true
                    end = k + 1
                } else if o >= 100 && base > 0 && last != .none && !(last == .unit && base == 1 && initial == nil) {
                    result = base * o
                    parsed.ordinal = true
                    end = k + 1
                } else if last == .unit && base == 1 && o >= 3 {
                    result = 1 / o
                    parsed.fraction = true
                    end = k + 1
                } else if last == .none {
                    result = o
                    parsed.ordinal = true
                    end = k + 1
                }
                break scan
            case .ordinals(let o):
                if total + current > 0 && last != .none {
                    (result, end) = fractionValue(o, at: k)
                    parsed.fraction = wholeBeforeAnd == nil
                }
                break scan
            case .quarter:
                if plural && last == .unit {
                    (result, end) = fractionValue(4, at: k)
                    parsed.fraction = wholeBeforeAnd == nil
                }
                break scan
            case .point:
                guard last != .none else { break scan }
                var scale = 0.1
                var decimals = 0.0
                var index = k + 1
                while case .unit(let digit)? = numberWord(index), digit <= 9, isWord(index) {
                    decimals += digit * scale
                    scale /= 10
                    index += 1
                }
                if index > k + 1 {
                    result = total + current + decimals
                    end = index
                }
                break scan
            case .half, .minus, .scaleAbbreviation:
                break scan
            }
            k += 1
            end = k
        }
        guard end > start else { return nil }
        parsed.end = end
        parsed.value = result ?? (total + current)
        parsed.endsWithScale = last == .scale && result == nil
        // "three quarters billion": a fraction of a scale.
        if parsed.fraction, isWord(end), case .scale(let s)? = numberWord(end) {
            parsed.value *= s
            parsed.fraction = false
            parsed.scaled = true
            parsed.end = end + 1
        }
        return parsed
    }

    /// Adds a fraction joined by "and" ("one and a half", "3 million and a quarter", "103 and two thirds",
    /// "one billion and a half million").
    func joinFraction(_ parsed: inout ParsedNumber) {
        guard hash(parsed.end) == W.and else { return }
        let k = parsed.end + 1
        var fraction: Double? = nil
        var end = k
        if hash(k) == W.a || hash(k) == W.an {
            switch numberWord(k + 1) {
            case .half?:
                fraction = 0.5
            case .quarter?:
                fraction = 0.25
            case .ordinal(let o)? where o >= 3:
                fraction = 1 / o
            default: break
            }
            end = k + 2
        } else if isWord(k), let words = parseWords(k, initial: nil), words.fraction {
            fraction = words.value
            end = words.end
        }
        guard var value = fraction else { return }
        if isWord(end), case .scale(let s)? = numberWord(end) {
            value *= s
            end += 1
        } else if parsed.endsWithScale {
            value *= parsed.lastScale
        }
        parsed.value += parsed.negative ? -value : value
        parsed.end = end
        parsed.plainDigits = false
        if !parsed.scaled { parsed.fraction = true }
    }

    /// Reads a fraction or a scaled amount that starts with "a", "half" or "quarter": "a fifth", "a half",
    /// "half a million", "quarter million", "a third of".
    func parseArticleFraction(_ i: Int) -> ParsedNumber? {
        var k = i
        let article = hash(i) == W.a || hash(i) == W.an
        if article { k += 1 }
        guard isWord(k), let role = numberWord(k) else { return nil }
        var value: Double
        switch role {
        case .half where !endsWithS(k):
            value = 0.5
        case .quarter where !endsWithS(k) && article:
            value = 0.25
        case .quarter where !endsWithS(k):
            guard case .scale? = numberWord(k + 1) else { return nil }
            value = 0.25
        case .ordinal(let o) where article && o >= 3:
            // "a third of", "a fifth", "a hundredth"; "a third term" is an ordinal.
            let next = hash(k + 1)
            guard o >= 100 || next == W.of || isBoundary(k + 1) || hash(i - 1) == W.and else { return nil }
            value = 1 / o
        default:
            return nil
        }
        var parsed = ParsedNumber(first: i, end: k + 1, value: value)
        parsed.spelled = true
        parsed.fraction = true
        // "half a million", "half a dozen", "half million"
        var next = k + 1
        if hash(next) == W.a, !article { next += 1 }
        if isWord(next) {
            switch numberWord(next) {
            case .scale(let s)?:
                parsed.value *= s
                parsed.fraction = false
                parsed.scaled = true
                parsed.end = next + 1
            case .dozen?:
                parsed.value *= 12
                parsed.fraction = false
                parsed.end = next + 1
            default:
                break
            }
        }
        if parsed.fraction && !article && role == .half {
            // A bare "half" is a fraction only before "of", "a", "the" or a number ("half of the soldiers").
            let following = hash(k + 1)
            guard following == W.of || following == W.a || following == W.an || following == W.the else { return nil }
            if valid(i - 1), case .ordinal? = numberWord(i - 1) { return nil }
        }
        return parsed
    }
}
