import TextPipeCore

/// Ranges: "between 100,000 and 140,000", "from 3 to 5", "10-15", "more than 30", "up to 300".
extension MentionScanner {
    /// Which end of a range a comparative gives.
    enum Side { case low, high, exact }

    /// Comparative phrases before a number, longest first.
    static let comparatives: [(words: [UInt64], side: Side)] = {
        let table: [(String, Side)] = [
            ("greater than or equal to", .low), ("more than or equal to", .low), ("higher than or equal to", .low),
            ("bigger than or equal to", .low), ("larger than or equal to", .low), ("equal to or more than", .low),
            ("equal to or greater than", .low), ("equal to or higher than", .low), ("higher or equal than", .low),
            ("bigger or equal than", .low), ("greater or equal than", .low), ("more or equal than", .low),
            ("less than or equal to", .high), ("fewer than or equal to", .high), ("lower than or equal to", .high),
            ("smaller than or equal to", .high), ("equal to or less than", .high), ("equal to or fewer than", .high),
            ("equal to or lower than", .high), ("lower or equal than", .high), ("less or equal than", .high),
            ("smaller or equal than", .high),
            ("more than", .low), ("greater than", .low), ("higher than", .low), ("bigger than", .low),
            ("larger than", .low), ("in excess of", .low), ("at least", .low), ("no less than", .low),
            ("not less than", .low), ("no fewer than", .low), ("upwards of", .low), ("over", .low), ("above", .low),
            ("less than", .high), ("fewer than", .high), ("lower than", .high), ("smaller than", .high),
            ("no more than", .high), ("not more than", .high), ("at most", .high), ("up to", .high),
            ("not larger than", .high), ("not greater than", .high), ("not bigger than", .high),
            ("not higher than", .high), ("no larger than", .high), ("no greater than", .high),
            ("no bigger than", .high), ("no higher than", .high), ("not exceeding", .high),
            ("not smaller than", .low), ("not lower than", .low), ("no smaller than", .low),
            ("no lower than", .low), ("not below", .low), ("not under", .low), ("not above", .high),
            ("not over", .high), ("as many as", .high), ("as much as", .high), ("as high as", .high),
            ("as low as", .low), ("exceeding", .low),
            ("under", .high), ("below", .high),
            ("equal to", .exact), ("equals", .exact), ("equaling to", .exact), ("equaling", .exact),
            ("equalling", .exact), ("equalling to", .exact),
            ("> =", .low), (">=", .low), ("≥", .low), (">", .low),
            ("< =", .high), ("<=", .high), ("≤", .high), ("<", .high),
        ]
        return table.map { text, side in
            var copy = text
            let hashes = copy.withUTF8 { NumberTokenizer.tokenize($0, lexicon: SharedLexicon.empty).map(\.hash) }
            return (hashes, side)
        }.sorted { $0.words.count > $1.words.count }
    }()

    /// "more than 55,000 soldiers", "up to 300", "above 1000 and below 1500", "< = 100".
    func comparativeRange(_ i: Int) -> Int? {
        guard numberSoon(after: i, window: 6), let cue = comparative(at: i) else { return nil }
        if tokens[i].kind == .symbol, attached(i) {
            let before = hash(i - 1)
            if before == W.equalsSign || before == W.lessSign || before == W.greaterSign { return nil }
        }
        if tokens[i].kind == .symbol, hash(cue.end) == W.greaterSign || hash(cue.end) == W.equalsSign { return nil }
        guard valid(cue.end), let number = parseNumber(cue.end), !number.ordinal, !number.decade else { return nil }
        // Money, percentages and measures keep their kind ("more than $ 247 million").
        if percentEnd(number.end) != nil || matchPhrase(number.end, before: false) != nil {
            if let unit = quantityUnit(number.end), unit.dimension == "age" {
                // "more than thirty years old": the range of the age.
            } else {
                return nil
            }
        }
        // "over 3 years" is a span of time, not a range (but "over thirty years old" is).
        if hash(i) == W.over || hash(i) == W.under, let noun = countedNoun(after: number.end, value: number.value),
            W.timeNouns.contains(wordHash(noun)), quantityUnit(number.end) == nil
        {
            return nil
        }
        var low: Double? = nil
        var high: Double? = nil
        switch cue.side {
        case .low: low = number.value
        case .high: high = number.value
        case .exact:
            low = number.value
            high = number.value
        }
        var end = number.end
        // "more than 5000 or equal to"
        if hash(end) == W.or, hash(end + 1) == W.equal, hash(end + 2) == W.to { end += 3 }
        // "above 1000 and below 1500", "higher or equal than 100, lower or equal than 300"
        if cue.side == .low, hash(end) == W.and || hash(end) == W.comma, let second = comparative(at: end + 1),
            second.side == .high, let upper = parseNumber(second.end), upper.value > number.value
        {
            high = upper.value
            end = upper.end
        }
        let quantityFollows = quantityUnit(end) != nil
        emit(
            i, end, .range, low: low, high: high,
            counts: quantityFollows ? nil : countedNoun(after: end, value: number.value))
        return end
    }

    /// "200 or more", "200 or greater", "18 and over".
    func orMore(_ parsed: ParsedNumber) -> Int? {
        let k = parsed.end
        guard hash(k) == W.or || hash(k) == W.and, hash(k + 2) != W.than, isWord(k + 1) else { return nil }
        let word = hash(k + 1)
        let low = word == W.more || word == W.greater || word == W.higher || word == W.above || word == W.over
        let high = word == W.less || word == W.fewer || word == W.lower || word == W.below || word == W.under
        guard low || high, hash(k) == W.or || word == W.above || word == W.over || word == W.below || word == W.under
        else { return nil }
        emit(parsed.first, k + 2, .range, low: low ? parsed.value : nil, high: high ? parsed.value : nil)
        return k + 2
    }

    /// "between 100,000 and 140,000 Ukrainian soldiers", "from 3 to 5", "between the tenth and the fifteenth".
    func pairRange(_ i: Int) -> Int? {
        let between = hash(i) == W.between
        var k = i + 1
        if hash(k) == W.the { k += 1 }
        var code: String? = nil
        if let prefix = matchPhrase(k, before: true), case .currency(let c, _, _) = meaning(prefix) {
            code = c
            k = prefix.end
        }
        guard valid(k), tokens[k].kind != .symbol || isDash(k), let low = parseNumber(k, money: code != nil) else {
            return nil
        }
        var m = low.end
        var lowPercent = false
        if let percent = percentEnd(m) {
            lowPercent = true
            m = percent
        }
        let connector = hash(m)
        guard between ? connector == W.and : connector == W.to else { return nil }
        m += 1
        if hash(m) == W.the { m += 1 }
        if code != nil, let prefix = matchPhrase(m, before: true), case .currency = meaning(prefix) { m = prefix.end }
        guard valid(m), let high = parseNumber(m, money: code != nil), high.ordinal == low.ordinal else { return nil }
        var lowValue = low.value
        if high.scaled && !low.scaled && high.lastScale > 0 && low.value * high.lastScale < high.value {
            lowValue *= high.lastScale
        }
        guard lowValue < high.value else { return nil }
        var end = high.end
        var unit: String? = nil
        if let percent = percentEnd(end) {
            unit = "%"
            end = percent
        } else if lowPercent {
            return nil
        } else if code == nil, let match = matchPhrase(end, before: false), case .currency(let c, _, _) = meaning(match)
        {
            code = c
            end = match.end
        } else if let measure = quantityUnit(end) {
            unit = measure.symbol
            end = measure.end
        }
        let counts = unit == nil && code == nil ? countedNoun(after: end, value: high.value) : nil
        emit(i, end, .range, low: lowValue, high: high.value, currency: code, unit: unit, counts: counts)
        return end
    }

    /// "10-15", "1000 – 5000", "20~100", "20 through 100", "eight to 10 feet".
    func rangeAfter(_ parsed: ParsedNumber) -> Int? {
        let k = parsed.end
        let h = hash(k)
        let dash = isDash(k) || h == W.tilde
        guard dash || h == W.to || h == W.through || h == W.thru else { return nil }
        if h == W.hyphen && attached(k) != attached(k + 1) { return nil }
        guard valid(k + 1), !(tokens[k + 1].kind == .symbol), let high = parseNumber(k + 1), !high.ordinal else {
            return nil
        }
        if dash && !(high.hasDigits && parsed.hasDigits) { return nil }
        var lowValue = parsed.value
        if high.scaled && !parsed.scaled && high.lastScale > 0 && parsed.value * high.lastScale < high.value {
            lowValue *= high.lastScale
        }
        guard lowValue < high.value else { return nil }
        var end = high.end
        var unit: String? = nil
        var code: String? = nil
        if let percent = percentEnd(end) {
            unit = "%"
            end = percent
        } else if let match = matchPhrase(end, before: false), case .currency(let c, _, _) = meaning(match) {
            code = c
            end = match.end
        } else if let measure = quantityUnit(end) {
            unit = measure.symbol
            end = measure.end
        }
        let counts = unit == nil && code == nil ? countedNoun(after: end, value: high.value) : nil
        emit(parsed.first, end, .range, low: lowValue, high: high.value, currency: code, unit: unit, counts: counts)
        return end
    }
}
