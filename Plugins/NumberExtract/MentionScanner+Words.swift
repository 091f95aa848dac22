import TextPipeCore

/// Reading numbers written in words: "fifty-five thousand", "two thirds", "one and a half", "a fifth".
extension MentionScanner {
    /// What the last word of a spelled number was, which decides what may follow it.
    private enum Last { case none, digits, unit, tens, hundred, scale }

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
                // Only a dash or "and" lets a number go on past a token that is no number word.
                if config.fastPaths && !isDash(k) && hash(k) != W.and { break scan }
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
                if last == .hundred || (last == .none && endsWithS(k)) { break scan }
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
                if endsWithS(k) && last == .unit {
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
