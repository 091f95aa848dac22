import TextPipeCore

/// Turning a read number into a mention, by what follows it: an ordinal, a fraction, a percent, money, a
/// quantity, a range, a date, a year, or a cardinal and the noun it counts.
extension MentionScanner {
    /// Classifies `parsed` and emits it; returns the token after the mention.
    func finish(_ parsed: ParsedNumber) -> Int {
        var parsed = parsed
        if parsed.ordinal {
            if config.dates, parsed.hasDigits, let end = dayMonth(parsed.first, first: parsed.first) { return end }
            emit(parsed.first, parsed.end, .ordinal, value: .number(parsed.value))
            return parsed.end
        }
        if parsed.decade {
            let year = Int(parsed.value)
            var first = parsed.first
            if hash(first - 1) == W.apostrophe || hash(first - 1) == W.rightQuote, attached(first) { first -= 1 }
            if hash(first - 1) == W.the { first -= 1 }
            // "'90s" leaves the century unknown.
            let known = year >= 100
            emit(
                first, parsed.end, .year, value: .text("\(year)s"), low: known ? Double(year) : nil,
                high: known ? Double(year + (year % 100 == 0 ? 99 : 9)) : nil)
            return parsed.end
        }
        // Each of these reads what follows the number. Most numbers are followed by a word or mark that none of
        // them takes, which `mayExtend` tells at once; else each is called only when the word or mark it begins
        // by testing follows.
        let fast = config.fastPaths
        if !fast || mayExtend(parsed.end) {
            let k = parsed.end
            let h = hash(k)
            if !fast || h == W.am || h == W.pm || h == W.amDots || h == W.pmDots, let end = timeOfDay(parsed) {
                return end
            }
            if !fast || h == W.over || h == W.out || h == W.in, let end = ratio(parsed) { return end }
            if !fast || h == W.percentSign || h == W.percent || h == W.percents || h == W.pct || h == W.percentage
                || h == W.per, let end = percent(parsed)
            {
                return end
            }
            if let end = moneyAfter(parsed) { return end }
            if let end = quantity(parsed) { return end }
            if !fast || isDash(k) || h == W.tilde || h == W.to || h == W.through || h == W.thru,
                let end = rangeAfter(parsed)
            {
                return end
            }
            if !fast || h == W.or || h == W.and, let end = orMore(parsed) { return end }
        }
        if config.dates, parsed.plainDigits, let end = season(parsed) { return end }
        if config.dates, parsed.plainDigits {
            if isYear(parsed) {
                emit(parsed.first, parsed.end, .year, value: .number(parsed.value))
                return parsed.end
            }
        }
        let kind: NumberMention.Kind = parsed.fraction && abs(parsed.value) < 1 ? .fraction : .cardinal
        parsed.end = max(parsed.end, parsed.first + 1)
        let counts = kind == .cardinal ? countedNoun(after: parsed.end, value: parsed.value) : nil
        emit(parsed.first, parsed.end, kind, value: .number(parsed.value), counts: counts)
        return parsed.end
    }

    /// "1 over 20", "one out of three", "one in five": a fraction of two numbers.
    func ratio(_ parsed: ParsedNumber) -> Int? {
        let k = parsed.end
        let h = hash(k)
        var next: Int
        if h == W.over {
            next = k + 1
        } else if h == W.out, hash(k + 1) == W.of {
            next = k + 2
        } else if h == W.in {
            next = k + 1
        } else {
            return nil
        }
        guard parsed.value != 0, let denominator = parseNumber(next), denominator.value != 0, !denominator.ordinal
        else {
            return nil
        }
        if h == W.in {
            guard abs(parsed.value) < denominator.value, denominator.spelled || parsed.spelled else { return nil }
        }
        if h == W.over { guard abs(parsed.value) < abs(denominator.value) else { return nil } }
        emit(parsed.first, denominator.end, .fraction, value: .number(parsed.value / denominator.value))
        return denominator.end
    }

    /// "25%", "twelve percent", "3.5 per cent", "100 percentage", "2 percentage points".
    func percent(_ parsed: ParsedNumber) -> Int? {
        guard let end = percentEnd(parsed.end) else { return nil }
        emit(parsed.first, end, .percent, value: .number(parsed.value))
        return end
    }

    /// The end of a percent sign or word at `k`.
    @inline(__always) func percentEnd(_ k: Int) -> Int? {
        let h = hash(k)
        if h == W.percentSign { return k + 1 }
        if h == W.percent || h == W.percents || h == W.pct || h == W.percentage {
            return hash(k + 1) == W.points ? k + 2 : k + 1
        }
        if h == W.per, hash(k + 1) == W.cent { return k + 2 }
        return nil
    }

    /// Money written with the currency after the amount: "5 dollars", "420 million Finnish markka", "5 €",
    /// "34 cents", "thirteen dollars and forty-five cents".
    func moneyAfter(_ parsed: ParsedNumber) -> Int? {
        var suffix = parsed.end
        if isDash(suffix), attached(suffix), attached(suffix + 1), isWord(suffix + 1) { suffix += 1 }  // "one-yen"
        guard let match = matchPhrase(suffix, before: false),
            case .currency(let code, let minor, let scale) = meaning(match)
        else { return nil }
        let h = hash(suffix)
        // A sign between two amounts belongs to the second when a currency word follows it ("1 $ 10 dollars").
        if tokens[suffix].kind == .symbol, isNumber(match.end), let next = parseNumber(match.end),
            isWord(next.end), case .currency? = matchPhrase(next.end, before: false).map({ meaning($0) })
        {
            return nil
        }
        // Pounds are weight unless scaled ("361 million pounds") or money is being talked about.
        if h == W.pound || h == W.pounds, match.end == suffix + 1, !parsed.scaled, !moneyCueBefore(parsed.first) {
            return nil
        }
        var value = parsed.value * scale
        var end = match.end
        if !minor, tokens[suffix].kind == .word {
            // "thirteen dollars and forty-five cents", "15 dollars 50"
            var k = end
            if hash(k) == W.and { k += 1 }
            if !(isNumber(k) && isCode(k)), let cents = parseNumber(k), cents.isInteger, cents.value >= 1,
                cents.value < 100, !cents.ordinal
            {
                let centsMatch = matchPhrase(cents.end, before: false)
                if case .currency(code, true, _)? = centsMatch.map({ meaning($0) }) {
                    value += cents.value / 100
                    end = centsMatch!.end
                } else if centsMatch == nil && quantityUnit(cents.end) == nil && percentEnd(cents.end) == nil
                    && !(isWord(cents.end) && endsWithS(cents.end))
                {
                    value += cents.value / 100
                    end = cents.end
                }
            }
        }
        emit(parsed.first, end, .money, value: .number(value), currency: code, unit: minor ? "cent" : nil)
        return end
    }

    /// Whether a word that makes "pounds" money stands within four words before `first`.
    func moneyCueBefore(_ first: Int) -> Bool {
        var k = first - 1
        while k >= 0 && k >= first - 5 {
            if W.moneyCues.contains(tokens[k].hash) || tokens[k].hash == W.poundSign { return true }
            k -= 1
        }
        return false
    }

    /// Money written with the currency before the amount: "$5 billion", "£75m", "US$ 150 million", "GBP 350".
    func moneyBefore(_ i: Int) -> Int? {
        guard numberSoon(after: i, window: 3), let match = matchPhrase(i, before: true),
            case .currency(let code, _, let scale) = meaning(match)
        else {
            return nil
        }
        let k = match.end
        guard isNumber(k) || (isWord(k) && numberWord(k) != nil) else { return nil }
        // A code glued to letters is a word ("USD" in "USDJPY"); a symbol may be glued to its digits.
        guard var amount = parseNumber(k, money: true), !amount.ordinal else { return nil }
        amount.first = i
        var end = amount.end
        // "$ 10 dollars": the same currency named again after the amount.
        if isWord(end), let after = matchPhrase(end, before: false), case .currency(code, false, _) = meaning(after) {
            end = after.end
        }
        // "$5-10 million", "$5 to $10": a money range.
        if let range = moneyRange(amount, from: i, code: code, scale: scale) { return range }
        emit(i, end, .money, value: .number(amount.value * scale), currency: code)
        return end
    }

    /// The end of a money range after an amount read with its currency before it ("$5-$10", "$5 to 10 million").
    func moneyRange(_ low: ParsedNumber, from i: Int, code: String, scale: Double) -> Int? {
        let k = low.end
        guard isDash(k) || hash(k) == W.to else { return nil }
        var next = k + 1
        if let again = matchPhrase(next, before: true), case .currency(code, _, _) = meaning(again) { next = again.end }
        guard isNumber(next), let high = parseNumber(next, money: true), !high.ordinal else { return nil }
        var lowValue = low.value
        if high.scaled && !low.scaled && high.lastScale > 0 { lowValue *= high.lastScale }
        guard lowValue < high.value else { return nil }
        emit(i, high.end, .range, low: lowValue * scale, high: high.value * scale, currency: code)
        return high.end
    }
}
