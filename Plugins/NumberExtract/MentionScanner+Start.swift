import TextPipeCore

/// Where a mention can start: a digit token, a word, or a symbol.
extension MentionScanner {
    /// At a digit token: rule out codes, list markers, phone numbers, addresses and versions, read dates and
    /// times, then the number and what follows it.
    func atNumber(_ i: Int) -> Int? {
        let token = tokens[i]
        // A code is glued to what stands before or after its digits; most numbers stand apart.
        let gluedOn = attached(i) || attached(i + 1)
        if (gluedOn || !config.fastPaths) && isCode(i) { return skipCode(i) }
        // A list marker: "1." or "2)" opening a line.
        if token.flags & ScanToken.lineBefore != 0, hash(i + 1) == W.period || hash(i + 1) == W.closeParen,
            attached(i + 1), !valid(i + 2) || tokens[i + 2].spaced, let marker = smallInteger(i), marker.digits <= 2
        {
            return i + 2
        }
        // Dates, times and phone numbers need a separator glued to the digits ("2026-02", "10:30", "555-1234")
        // or a day of at most two digits ("24 February"): tested here once, before calling each reading.
        let fast = config.fastPaths
        let glued = attached(i + 1) ? hash(i + 1) : 0
        let dateSeparator = !fast || glued == W.hyphen || glued == W.slash
        if config.dates && dateSeparator, let end = isoDate(i) { return end }
        if let end = (dateSeparator || glued == W.period ? phoneEnd(i) : nil)
            ?? (hash(i - 1) == W.openParen && attached(i) ? phoneEnd(i - 1) : nil)
        {
            if config.keep.contains(.phone) { emit(i, end, .cardinal, value: .text(text(i, end)), marker: "phone") }
            return end
        }
        let literal = self.literal(i)
        switch literal.shape {
        case .ipAddress:
            if config.keep.contains(.ip) { emit(i, i + 1, .cardinal, value: .text(text(i, i + 1)), marker: "ip") }
            return i + 1
        case .version:
            if config.keep.contains(.version) {
                emit(i, i + 1, .cardinal, value: .text(text(i, i + 1)), marker: "version")
            }
            return i + 1
        case .list:
            emitList(i)
            return i + 1
        case .plain, .formatted:
            break
        }
        let previous = literal.hasDecimal ? hash(i - 1) : 0
        if literal.hasDecimal && (previous == W.version || previous == W.versions || previous == W.v) {
            if config.keep.contains(.version) {
                emit(i, i + 1, .cardinal, value: .text(text(i, i + 1)), marker: "version")
            }
            return i + 1
        }
        if config.dates {
            if !fast || glued == W.colon, let end = clockTime(i) { return end }
            if !fast || (token.end - token.start <= 2 && monthMayFollow(i + 1)), let end = dayMonth(i, first: i) {
                return end
            }
        }
        // ".5": a decimal without its leading zero, after a space.
        if attached(i), hash(i - 1) == W.period, tokens[i - 1].spaced, digitsOnly(i), !isWord(i + 1) {
            let digits = text(i, i + 1)
            if let value = Double("0." + digits) {
                emit(i - 1, i + 1, .cardinal, value: .number(value))
                return i + 1
            }
        }
        guard let parsed = parseNumber(i) else { return nil }
        return finish(parsed)
    }

    /// Whether a day's suffix, "of" or a month can stand at token `k`, after a day's digits (what `dayMonth` reads
    /// there): a word glued to the digits ("6th"), "of", or a word in the tables (months are).
    @inline(__always) func monthMayFollow(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        let token = tokens[k]
        return !token.spaced || token.entry >= 0 || token.hash == W.of
    }

    /// Whether the digits at `i` are part of a word or code: glued to letters before ("A320" is one word,
    /// "COVID-19", "SCP-173"), or to letters after that are no suffix we read ("777F", "11a", "5G").
    func isCode(_ i: Int) -> Bool {
        if attached(i) {
            let previous = tokens[i - 1]
            if previous.kind == .word, !(entry(i - 1)?.hasBefore ?? false) { return true }
            if previous.kind == .symbol, i >= 2, attached(i - 1), tokens[i - 2].kind == .word {
                let h = previous.hash
                if h == W.hyphen || h == W.slash || h == W.period || h == W.underscore {
                    if h == W.hyphen, entry(i - 2)?.roles.contains(.hyphenPrefix) ?? false { return false }
                    return true
                }
            }
            if previous.kind == .number && previous.hash == 0 && previous.end == tokens[i].start { return true }
        }
        if attached(i + 1), isWord(i + 1) {
            let h = hash(i + 1)
            // A capital letter glued to digits names a thing ("3G", "3D", "777F"), unless it is a scale.
            if tokens[i + 1].end - tokens[i + 1].start == 1, capitalised(i + 1),
                h != W.m, h != W.b, h != W.k
            {
                return true
            }
            if let entry = entry(i + 1), entry.number != nil || entry.hasAfter || entry.hasBefore {
                return false
            }
            if h == W.st || h == W.nd || h == W.rd || h == W.th || h == W.s || h == W.am || h == W.pm
                || h == W.amDots || h == W.pmDots || h == W.m || h == W.b || h == W.e
            {
                return false
            }
            if tokens[i + 1].flags & ScanToken.hasDigits != 0 && (bytes[Int(tokens[i + 1].start)] | 0x20) == 101 {
                return false
            }
            if h == W.x10 { return false }
            return true
        }
        return false
    }

    /// Skips a code and the digits and letters glued to it.
    func skipCode(_ i: Int) -> Int {
        var k = i + 1
        while valid(k), attached(k), tokens[k].kind != .symbol { k += 1 }
        return k
    }

    /// Emits each number of a comma list ("22,24,26,31") as a cardinal.
    func emitList(_ i: Int) {
        let token = tokens[i]
        var start = Int(token.start)
        let end = Int(token.end)
        var index = start
        while index <= end {
            if index == end || bytes[index] == 44 {
                if index > start {
                    let value = NumericLiteral.integerValue(bytes, start, index)
                    let range = TextRange(start: start, end: index)
                    lastMentionEnd = index
                    mentions.append(
                        range: range, text: text(from: start, to: index), kind: .cardinal, value: .number(value),
                        low: nil, high: nil, currency: nil, unit: nil, counts: nil, marker: nil)
                }
                start = index + 1
            }
            index += 1
        }
    }

    /// The end of a phone number starting at `i` ("+1-222-2222/2222", "(555) 123-4567", "555-123-4567").
    func phoneEnd(_ i: Int) -> Int? {
        var k = i
        var plus = false
        var paren = false
        if hash(k) == W.plusSign {
            plus = true
            k += 1
        } else if hash(k) == W.openParen {
            paren = true
            k += 1
        }
        guard isNumber(k), !plus || attached(k) else { return nil }
        if !plus && !paren {
            // Without a sign or a parenthesis, a second group follows only a separator glued to the first (most
            // numbers are followed by a space: answered before reading any group).
            let h = hash(k + 1)
            guard (h == W.hyphen || h == W.period || h == W.slash) && attached(k + 1) else { return nil }
        }
        var digits = 0
        var groups = 0
        var dashes = 0
        var end = k
        while let group = smallInteger(k) {
            digits += group.digits
            groups += 1
            end = k + 1
            let h = hash(k + 1)
            if (h == W.hyphen || h == W.period || h == W.slash) && attached(k + 1) && attached(k + 2) && isNumber(k + 2)
            {
                if h == W.hyphen { dashes += 1 }
                k += 2
            } else if h == W.closeParen && paren && groups == 1 && isNumber(k + 2) {
                k += 2
            } else if plus && isNumber(k + 1) && tokens[k + 1].spaced && (smallInteger(k + 1)?.digits ?? 9) <= 4 {
                k += 1
            } else {
                break
            }
        }
        if plus { return digits >= 7 && groups >= 2 ? end : nil }
        if paren { return groups >= 3 && digits >= 9 ? end : nil }
        if groups >= 3 && dashes >= 2 && digits >= 7 { return end }
        // "555-1234": three digits, a dash, four digits.
        if groups == 2 && dashes == 1 && digits == 7, smallInteger(i)?.digits == 3 { return end }
        return nil
    }

    /// At a word with a lexicon entry.
    func atWord(_ i: Int, _ entry: LexEntry) -> Int? {
        let h = tokens[i].hash
        // The commonest words start a mention only before a number: answer them cheaply.
        if h == W.the || h == W.a || h == W.an {
            guard isNumber(i + 1) || numberWord(i + 1) != nil else { return nil }
        } else if h == W.between || h == W.from {
            guard numberSoon(after: i, window: 4) else { return nil }
        }
        if config.dates {
            if entry.month != 0, let end = monthDate(i, first: i) { return end }
            if entry.roles.contains(.weekday), let end = weekdayDate(i) { return end }
            if h == W.the, let end = theDay(i) { return end }
        }
        if entry.roles.contains(.comparative), let end = comparativeRange(i) { return end }
        if h == W.between || h == W.from, let end = pairRange(i) { return end }
        if entry.hasBefore, let end = moneyBefore(i) { return end }
        if h == W.a || h == W.an || entry.number == .half || entry.number == .quarter {
            if let parsed = parseArticleFraction(i) { return finish(parsed) }
            if entry.number == nil, let parsed = parseNumber(i) { return finish(parsed) }
        }
        guard entry.number != nil else { return nil }
        if entry.number == .point || entry.number == .half || entry.number == .quarter { return nil }
        if case .scaleAbbreviation? = entry.number { return nil }
        guard config.spelledOut || numberWord(i) == .minus else { return nil }
        guard let parsed = parseNumber(i) else { return nil }
        // "one" after "which", "that", "the next" ... is a pronoun.
        if h == W.one, parsed.end == i + 1, let before = self.entry(i - 1), before.roles.contains(.pronounOne) {
            return i + 1
        }
        if h == W.one, parsed.end == i + 1, hash(i + 1) == W.another { return i + 1 }
        // "the second to last"
        if parsed.ordinal, hash(parsed.end) == W.to, hash(parsed.end + 1) == W.last { return parsed.end + 2 }
        return finish(parsed)
    }

    /// At a symbol with a lexicon entry or a vulgar fraction.
    func atSymbol(_ i: Int) -> Int? {
        let h = tokens[i].hash
        if entry(i)?.roles.contains(.comparative) ?? false, let end = comparativeRange(i) { return end }
        if h == W.plusSign, let end = phoneEnd(i) {
            if config.keep.contains(.phone) { emit(i, end, .cardinal, value: .text(text(i, end)), marker: "phone") }
            return end
        }
        if h == W.openParen, tokens[i].flags & ScanToken.lineBefore != 0, smallInteger(i + 1) != nil,
            hash(i + 2) == W.closeParen
        {
            return i + 3  // "(1)" opening a line
        }
        if entry(i)?.hasBefore ?? false, let end = moneyBefore(i) { return end }
        if h == W.hyphen || h == W.minusSign, isNumber(i + 1) {
            // A sign only where no number or word stands right before ("x is -3", "- 10 k" opening a line).
            let before = i > 0 ? tokens[i - 1] : nil
            let free = before == nil || tokens[i].spaced || before!.kind == .symbol
            guard free, before == nil || before!.kind != .number else { return nil }
            guard attached(i + 1) || tokens[i].flags & ScanToken.lineBefore != 0 else { return nil }
            if isCode(i + 1) { return nil }
            guard let parsed = parseNumber(i) else { return nil }
            return finish(parsed)
        }
        if h == W.apostrophe || h == W.rightQuote, config.dates, let decade = smallInteger(i + 1),
            decade.digits == 2, decade.value % 10 == 0, hash(i + 2) == W.s, attached(i + 1), attached(i + 2)
        {
            emit(i, i + 3, .year, value: .text("\(decade.value)s"))
            return i + 3
        }
        if vulgarFraction(i) != nil, let parsed = parseNumber(i) { return finish(parsed) }
        return nil
    }
}
