import TextPipeCore

/// Dates, years and times. Values are ISO 8601 text with unknown parts left out ("--02-24", "2026-02",
/// "---03"); a year is never guessed.
extension MentionScanner {
    /// The month named by a word at `k` (capitalised, or lower case for unambiguous full names).
    @inline(__always) func month(at k: Int) -> Int? {
        guard isWord(k), let entry = entry(k), entry.month != 0 else { return nil }
        let capital = capitalised(k)
        let length = tokens[k].end - tokens[k].start
        if !capital && (entry.month == 5 || entry.month == 3 || length <= 4) { return nil }
        if allCapitals(k) && length <= 3 && hash(k + 1) != W.period { return nil }
        return entry.month
    }

    /// Whether the month word at `k` is an abbreviation that a dot may follow ("Feb.", "Sept.").
    func monthAbbreviation(_ k: Int) -> Bool {
        let length = tokens[k].end - tokens[k].start
        let h = hash(k)
        return length <= 4 && h != W.may && h != W.june && h != W.july
    }

    /// A day of the month at `k`: 1-31 in digits, with an optional ordinal suffix, or an ordinal word
    /// ("twenty-fifth") when "of" and a month follow.
    @inline(__always) func day(at k: Int) -> (value: Int, end: Int)? {
        if isWord(k), case .ordinal? = numberWord(k) {
            guard let words = parseWords(k, initial: nil), words.ordinal, words.value >= 1, words.value <= 31,
                hash(words.end) == W.of, month(at: words.end + 1) != nil
            else { return nil }
            return (Int(words.value), words.end)
        }
        if isWord(k), case .tens? = numberWord(k), isDash(k + 1), case .ordinal? = numberWord(k + 2) {
            guard let words = parseWords(k, initial: nil), words.ordinal, words.value >= 1, words.value <= 31,
                hash(words.end) == W.of, month(at: words.end + 1) != nil
            else { return nil }
            return (Int(words.value), words.end)
        }
        guard let number = smallInteger(k), number.digits <= 2, number.value >= 1, number.value <= 31 else {
            return nil
        }
        if attached(k + 1), isWord(k + 1) {
            let h = hash(k + 1)
            guard h == W.st || h == W.nd || h == W.rd || h == W.th, ordinalSuffixMatches(number.value, h) else {
                return nil
            }
            return (number.value, k + 2)
        }
        return (number.value, k + 1)
    }

    /// A four-digit year at `k`.
    @inline(__always) func year(at k: Int) -> Int? {
        guard let number = smallInteger(k), number.digits == 4, number.value >= 1000, number.value < 3000,
            !(attached(k + 1) && isWord(k + 1))
        else { return nil }
        return number.value
    }

    /// "February 24", "Feb. 24, 2026", "February 2026", "February 24th" starting at the month word `i`;
    /// `first` is where the mention starts (a weekday before it).
    func monthDate(_ i: Int, first: Int) -> Int? {
        guard let month = month(at: i) else { return nil }
        var k = i + 1
        if hash(k) == W.period, attached(k), monthAbbreviation(i) { k += 1 }
        if let day = day(at: k), !isDash(day.end) || !isNumber(day.end + 1) {
            guard hash(day.end) != W.colon, quantityUnit(day.end) == nil, percentEnd(day.end) == nil else {
                return nil
            }
            var end = day.end
            var year: Int? = nil
            var y = end
            if hash(y) == W.comma { y += 1 }
            if let found = self.year(at: y) {
                year = found
                end = y + 1
            }
            emit(first, end, .date, value: .text(isoDate(year: year, month: month, day: day.value)))
            return end
        }
        var y = k
        if hash(y) == W.comma { y += 1 }
        if let year = year(at: y) {
            emit(first, y + 1, .date, value: .text(isoDate(year: year, month: month, day: nil)))
            return y + 1
        }
        return nil
    }

    /// "24 February 2026", "6th of February", from the day at `i`.
    func dayMonth(_ i: Int, first: Int) -> Int? {
        guard let day = day(at: i) else { return nil }
        var k = day.end
        if hash(k) == W.of { k += 1 }
        guard let month = month(at: k) else { return nil }
        var end = k + 1
        if hash(end) == W.period, attached(end), monthAbbreviation(k), year(at: end + 1) != nil { end += 1 }
        var year: Int? = nil
        var y = end
        if hash(y) == W.comma { y += 1 }
        if let found = self.year(at: y) {
            year = found
            end = y + 1
        }
        emit(first, end, .date, value: .text(isoDate(year: year, month: month, day: day.value)))
        return end
    }

    /// "Friday, February 6, 2026", "Friday 6 February".
    func weekdayDate(_ i: Int) -> Int? {
        var k = i + 1
        if hash(k) == W.period, attached(k) { k += 1 }
        if hash(k) == W.comma { k += 1 }
        if month(at: k) != nil { return monthDate(k, first: i) }
        if isNumber(k) { return dayMonth(k, first: i) }
        return nil
    }

    /// "the 3rd" as a day of a month named elsewhere in the text; "the 3rd of February".
    func theDay(_ i: Int) -> Int? {
        guard let day = day(at: i + 1) else { return nil }
        if let end = dayMonth(i + 1, first: i) { return end }
        guard day.end == i + 3, isNumber(i + 1) else { return nil }
        guard monthContext else { return nil }
        emit(i, day.end, .date, value: .text(isoDate(year: nil, month: nil, day: day.value)))
        return day.end
    }

    /// "2026-02-05", "2026/02/05", "2026-02", "2/6/2026".
    func isoDate(_ i: Int) -> Int? {
        // Every form has a hyphen or slash glued to its first number: tested before any number is read.
        let separator = hash(i + 1)
        guard separator == W.hyphen || separator == W.slash, attached(i + 1) else { return nil }
        if let year = year(at: i) {
            guard attached(i + 2),
                let month = smallInteger(i + 2), month.digits == 2, month.value >= 1, month.value <= 12
            else { return nil }
            if hash(i + 3) == separator, attached(i + 3), attached(i + 4), let day = smallInteger(i + 4),
                day.digits == 2, day.value >= 1, day.value <= 31
            {
                emit(i, i + 5, .date, value: .text(isoDate(year: year, month: month.value, day: day.value)))
                return i + 5
            }
            guard bytes[Int(tokens[i + 2].start)] == 48 else { return nil }  // "2026-02", not "2020-21"
            emit(i, i + 3, .date, value: .text(isoDate(year: year, month: month.value, day: nil)))
            return i + 3
        }
        guard let first = smallInteger(i), first.digits <= 2, hash(i + 1) == W.slash, attached(i + 1),
            attached(i + 2), let second = smallInteger(i + 2), second.digits <= 2, hash(i + 3) == W.slash,
            attached(i + 3), attached(i + 4), let year = year(at: i + 4)
        else { return nil }
        // Month first unless the first number cannot be a month.
        let (month, day) = first.value > 12 ? (second.value, first.value) : (first.value, second.value)
        guard month >= 1, month <= 12, day >= 1, day <= 31 else { return nil }
        emit(i, i + 5, .date, value: .text(isoDate(year: year, month: month, day: day)))
        return i + 5
    }

    /// The hour read with "am"/"pm" after `k`, and where the marker ends.
    @inline(__always) func meridiem(_ k: Int, hour: Int) -> (hour: Int, end: Int)? {
        let h = hash(k)
        if h == W.am || h == W.amDots { return (hour == 12 ? 0 : hour, k + 1) }
        if h == W.pm || h == W.pmDots { return (hour == 12 ? 12 : hour + 12, k + 1) }
        return nil
    }

    /// "11:19:44", "10:30", "10:30 p.m."
    func clockTime(_ i: Int) -> Int? {
        guard hash(i + 1) == W.colon, attached(i + 1), let hour = smallInteger(i), hour.digits <= 2, hour.value <= 24,
            attached(i + 2), let minute = smallInteger(i + 2), minute.digits == 2,
            minute.value < 60
        else { return nil }
        var end = i + 3
        var second: Int? = nil
        if hash(end) == W.colon, attached(end), attached(end + 1), let s = smallInteger(end + 1), s.digits == 2,
            s.value < 60
        {
            second = s.value
            end += 2
        }
        var hourValue = hour.value
        if hour.value <= 12, let marker = meridiem(end, hour: hour.value) {
            hourValue = marker.hour
            end = marker.end
        }
        emit(i, end, .time, value: .text(isoTime(hour: hourValue, minute: minute.value, second: second)))
        return end
    }

    /// "3 p.m.", "6pm".
    func timeOfDay(_ parsed: ParsedNumber) -> Int? {
        guard config.dates, parsed.plainDigits, parsed.value >= 1, parsed.value <= 12,
            let marker = meridiem(parsed.end, hour: Int(parsed.value))
        else { return nil }
        emit(parsed.first, marker.end, .time, value: .text(isoTime(hour: marker.hour, minute: 0, second: nil)))
        return marker.end
    }

    /// "2019-20", "2019/2020": a season or fiscal year spanning two years, as an ISO 8601 interval.
    func season(_ parsed: ParsedNumber) -> Int? {
        // The separator first: it is one test, and most years stand alone.
        let separator = hash(parsed.end)
        guard separator == W.hyphen || separator == W.slash, attached(parsed.end), isYear(parsed),
            attached(parsed.end + 1), let next = smallInteger(parsed.end + 1)
        else { return nil }
        let first = Int(parsed.value)
        let second = next.digits == 2 ? first / 100 * 100 + next.value : next.value
        guard next.digits == 2 || next.digits == 4, second == first + 1 else { return nil }
        emit(
            parsed.first, parsed.end + 2, .year, value: .text("\(first)/\(second)"), low: Double(first),
            high: Double(second))
        return parsed.end + 2
    }

    /// Whether a plain four-digit number is a year: 1900-2100 unless it counts a plural noun, or earlier
    /// years after "in", "since" and the like.
    @inline(__always) func isYear(_ parsed: ParsedNumber) -> Bool {
        guard parsed.plainDigits, parsed.digitCount == 4, !parsed.negative else { return false }
        let value = parsed.value
        guard value >= 1000 && value <= 2100 else { return false }
        if isWord(parsed.end), looksPlural(parsed.end) || (entry(parsed.end)?.roles.contains(.irregularPlural) ?? false)
        {
            return false
        }
        if value >= 1900 { return true }
        return entry(parsed.first - 1)?.roles.contains(.yearCue) ?? false
    }
}
