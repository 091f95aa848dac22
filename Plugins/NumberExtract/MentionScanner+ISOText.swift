/// The ISO 8601 text of dates and times, written byte by byte into a short string.
///
/// String interpolation built each part as a string of its own and joined them (about 600 instructions for
/// "2026-02-05"); these texts are at most a few bytes, which `ShortText` holds without allocating.
extension MentionScanner {
    /// ISO 8601 text of a date whose year or month may be unknown ("2026-02-05", "2026-02", "--02-24", "---03").
    func isoDate(year: Int?, month: Int?, day: Int?) -> String {
        var text = ShortText()
        switch (year, month, day) {
        case (let y?, let m?, let d?):
            text.append(y)
            text.append(byte: 45)
            text.appendPadded(m)
            text.append(byte: 45)
            text.appendPadded(d)
        case (let y?, let m?, nil):
            text.append(y)
            text.append(byte: 45)
            text.appendPadded(m)
        case (nil, let m?, let d?):
            text.append(byte: 45)
            text.append(byte: 45)
            text.appendPadded(m)
            text.append(byte: 45)
            text.appendPadded(d)
        case (nil, nil, let d?):
            text.append(byte: 45)
            text.append(byte: 45)
            text.append(byte: 45)
            text.appendPadded(d)
        case (let y?, nil, _):
            text.append(y)
        default:
            break
        }
        return text.string
    }

    /// "11:19:44", "15:00": hours, minutes and seconds of two digits or more.
    func isoTime(hour: Int, minute: Int, second: Int?) -> String {
        var text = ShortText()
        text.appendPadded(hour)
        text.append(byte: 58)
        text.appendPadded(minute)
        if let second {
            text.append(byte: 58)
            text.appendPadded(second)
        }
        return text.string
    }
}

/// Up to 15 bytes of ASCII text (what a String stores inline), built without allocating.
struct ShortText {
    static let capacity = 15
    private var bytes: (UInt64, UInt64) = (0, 0)
    private(set) var count = 0
    /// Set when more than `capacity` bytes were appended; the text then comes from `fallback`.
    private var fallback: String? = nil

    /// Appends one ASCII byte.
    mutating func append(byte: UInt8) {
        if fallback != nil || count == ShortText.capacity {
            spill()
            fallback!.unicodeScalars.append(Unicode.Scalar(byte))
            return
        }
        if count < 8 {
            bytes.0 |= UInt64(byte) << (8 * UInt64(count))
        } else {
            bytes.1 |= UInt64(byte) << (8 * UInt64(count - 8))
        }
        count += 1
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    mutating func append(_ value: Int) {
        guard value >= 0 else {
            // Never met in dates and times; written the way interpolation writes it.
            spill()
            fallback! += String(value)
            return
        }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(byte: 48 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Appends `value` with a leading zero below 10 ("03"), as the ISO parts are written.
    mutating func appendPadded(_ value: Int) {
        if value < 10 { append(byte: 48) }
        append(value)
    }

    /// Moves the bytes so far into `fallback`, which takes everything from now on.
    private mutating func spill() {
        if fallback == nil { fallback = makeString() }
    }

    private func makeString() -> String {
        let count = self.count
        let bytes = self.bytes
        return String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                let word = k < 8 ? bytes.0 : bytes.1
                buffer[k] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(k & 7)))
            }
            return count
        }
    }

    /// The text.
    var string: String { fallback ?? makeString() }
}
