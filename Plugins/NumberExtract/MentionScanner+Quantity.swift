import TextPipeCore

/// Quantities with units, and the noun a number counts.
extension MentionScanner {
    /// The unit at token `k` after a number: "km", "square metres", "° C", "-mile" in "six-mile",
    /// "-year-old" in "31-year-old".
    func quantityUnit(_ k: Int) -> (symbol: String, dimension: String, end: Int)? {
        guard valid(k) else { return nil }
        // A capital single letter is no unit ("3G", "5M"), except litres.
        if tokens[k].end - tokens[k].start == 1, capitalised(k),
            hash(k) != W.l
        {
            return nil
        }
        if let match = matchPhrase(k, before: false), case .unit(let symbol, let dimension) = meaning(match),
            !match.attachedOnly || attached(k)
        {
            return (symbol, dimension, match.end)
        }
        if isDash(k), attached(k), attached(k + 1), isWord(k + 1), let match = matchPhrase(k + 1, before: false),
            case .unit(let symbol, let dimension) = meaning(match)
        {
            return (symbol, dimension, match.end)
        }
        return nil
    }

    /// "40 km", "20 kg", "30 °C", "5 feet 2 inches", "a 31-year-old" (the number and its unit).
    func quantity(_ parsed: ParsedNumber) -> Int? {
        guard let unit = quantityUnit(parsed.end) else { return nil }
        var value = parsed.value
        var end = unit.end
        if unit.symbol == "ft" {
            var k = end
            if hash(k) == W.and { k += 1 }
            if isNumber(k), let inches = parseNumber(k), let inchUnit = quantityUnit(inches.end),
                inchUnit.symbol == "in"
            {
                value += inches.value / 12
                end = inchUnit.end
            }
        }
        var counts: String? = nil
        if unit.dimension != "age" && unit.dimension != "temperature", hash(end) == W.of {
            counts = countedNoun(after: end + 1, value: 2, afterOf: true)
        }
        emit(parsed.first, end, .quantity, value: .number(value), unit: unit.symbol, counts: counts)
        return end
    }

    /// The noun a number counts: the first plural noun among the next few words ("55,000 Ukrainian soldiers"
    /// → "soldiers"), a singular noun after "one", or after "of" for quantities, the last word of the phrase.
    func countedNoun(after k: Int, value: Double = 2, afterOf: Bool = false) -> String? {
        var j = k
        var lastWord: Int? = nil
        for step in 0..<4 {
            guard isWord(j), tokens[j].flags & ScanToken.hasDigits == 0 else { break }
            if step > 0 && !tokens[j].spaced { break }
            let entry = self.entry(j)
            if let entry {
                if entry.roles.contains(.countStop) || entry.month != 0 || entry.number != nil { break }
                if entry.roles.contains(.irregularPlural) { return lowerText(j) }
            }
            if looksPlural(j) { return lowerText(j) }
            if step == 0 && value == 1 && !capitalised(j) && !looksLikeModifier(j) {
                return lowerText(j)
            }
            lastWord = j
            j += 1
        }
        if afterOf, let lastWord { return lowerText(lastWord) }
        return nil
    }

    /// Whether a word ends like an adverb, participle or adjective ("-ly", "-ed", "-ing", "-al"), not a noun.
    func looksLikeModifier(_ j: Int) -> Bool {
        let end = Int(tokens[j].end)
        guard end - Int(tokens[j].start) >= 4 else { return false }
        let last = bytes[end - 1] | 0x20
        let before = bytes[end - 2] | 0x20
        if (before == 108 && last == 121) || (before == 101 && last == 100) || (before == 97 && last == 108) {
            return true  // -ly, -ed, -al
        }
        return last == 103 && before == 110 && (bytes[end - 3] | 0x20) == 105  // -ing
    }

    /// Whether a word looks like a regular plural noun ("soldiers", "countries"), not "bus" or "Russia's".
    @inline(__always) func looksPlural(_ j: Int) -> Bool {
        let token = tokens[j]
        let start = Int(token.start)
        let end = Int(token.end)
        guard end - start >= 3 else { return false }
        let last = bytes[end - 1] | 0x20
        guard last == 115 else { return false }
        let before = bytes[end - 2] | 0x20
        if before == 115 || before == 39 || before == 0x99 { return false }  // "ss", "'s", "’s"
        if before == 117 || before == 105 { return false }  // "us", "is"
        return true
    }
}
