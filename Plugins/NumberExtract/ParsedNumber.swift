/// A number read from tokens `first..<end`, before it is classified as money, a date, a quantity and so on.
///
/// Passed by value between the readers many times per number: the flags are stored together after the wider
/// fields, so it takes 56 bytes rather than 80 (every copy is a few moves fewer).
struct ParsedNumber {
    /// The first token (a sign or minus word included).
    var first: Int
    /// One past the last token.
    var end: Int
    var value: Double
    /// The value of the last scale word read ("3 million and a half" halves a million).
    var lastScale: Double = 0
    /// Digits of a plain literal (0 otherwise).
    var digitCount = 0
    /// Some of it is written in words.
    var spelled = false
    /// Some of it is written in digits.
    var hasDigits = false
    /// A single digit token without separators, sign, scale or fraction ("2026", "24"): a year or a day.
    var plainDigits = false
    var ordinal = false
    var fraction = false
    /// Multiplied by a scale word or abbreviation ("million", "bn").
    var scaled = false
    /// The last word was a scale ("million"), not a unit or a ten.
    var endsWithScale = false
    var negative = false
    /// A decade such as "1990s".
    var decade = false

    init(first: Int, end: Int, value: Double) {
        self.first = first
        self.end = end
        self.value = value
    }

    /// Whether the value is a whole number.
    var isInteger: Bool { value == value.rounded() && abs(value) < 1e15 }
}
