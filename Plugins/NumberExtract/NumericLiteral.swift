/// A run of digits with inner `,` and `.` read as a number: `55,000`, `1,234.5`, `4.800`, `1.111,11`,
/// `12,34,567.89`, or as something that is not one number (`192.168.1.2`, `2.0.1`, `22,24,26`).
struct NumericLiteral {
    enum Shape {
        /// Digits only.
        case plain
        /// Thousands separators, a decimal part, or both.
        case formatted
        /// Four dot-separated groups of at most 255: an IP address.
        case ipAddress
        /// Two or more dots that are not thousands groups: a version or a code.
        case version
        /// Comma-separated groups that are not thousands groups: a list of numbers ("22,24,26").
        case list
    }

    // The flags after the wide fields: 24 bytes rather than 40 (a literal is copied into the scanner's cache).
    var value: Double
    /// The number of digits (for years and times).
    var digitCount: Int
    var shape: Shape
    /// Whether the number has a decimal part.
    var hasDecimal: Bool
    /// The first digit is 0 and more follow ("05").
    var leadingZero: Bool

    /// Reads the literal in `bytes[start..<end]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        var separated = false
        for i in start..<end where bytes[i] < 48 {
            separated = true
            break
        }
        if !separated {
            self = NumericLiteral(digits: bytes, start: start, end: end)
            return
        }
        self = NumericLiteral(separated: bytes, start: start, end: end)
    }

    /// Reads `bytes[start..<end]`, which likely holds a separator (a token the tokenizer did not mark plain
    /// digits): the common shapes first, without looking for a separator.
    init(separated bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        if let fast = NumericLiteral.common(bytes, start: start, end: end) {
            self = fast
            return
        }
        var groups: [(length: Int, separator: UInt8)] = []  // separator that ends the group (0 = end)
        var length = 0
        var digits = 0
        for i in start..<end {
            let byte = bytes[i]
            if byte >= 48 && byte <= 57 {
                length += 1
                digits += 1
            } else {
                groups.append((length, byte))
                length = 0
            }
        }
        groups.append((length, 0))
        digitCount = digits
        leadingZero = digits > 1 && bytes[start] == 48
        hasDecimal = false
        if groups.count == 1 {
            shape = .plain
            value = NumericLiteral.integerValue(bytes, start, end)
            return
        }
        let separators = groups.dropLast().map(\.separator)
        let commas = separators.filter { $0 == 44 }.count
        let dots = separators.count - commas
        var decimalSeparator: UInt8 = 0
        var thousandsSeparator: UInt8 = 0
        if dots == 0 {
            // Commas only: thousands groups (Western or Indian), one decimal comma, or a list.
            if NumericLiteral.isGrouping(groups.map(\.length)) {
                thousandsSeparator = 44
            } else if commas == 1 && groups[1].length <= 2 && groups[0].length <= 3 {
                decimalSeparator = 44
            } else {
                shape = .list
                value = 0
                return
            }
        } else if commas == 0 {
            if dots == 1 {
                decimalSeparator = 46
            } else if dots == 3 && groups.allSatisfy({ $0.length >= 1 && $0.length <= 3 })
                && NumericLiteral.groupsBelow256(bytes, start, end)
            {
                shape = .ipAddress
                value = 0
                return
            } else if NumericLiteral.isGrouping(groups.map(\.length)) && groups[0].length <= 3 {
                thousandsSeparator = 46
            } else {
                shape = .version
                value = 0
                return
            }
        } else {
            // Both: the last separator is the decimal one ("1,234.5", "1.111,11").
            decimalSeparator = separators.last!
            thousandsSeparator = decimalSeparator == 46 ? 44 : 46
            let integerGroups = groups.dropLast().map(\.length)
            if separators.dropLast().contains(decimalSeparator) || !NumericLiteral.isGrouping(integerGroups) {
                shape = .version
                value = 0
                return
            }
        }
        shape = .formatted
        var text: [UInt8] = []
        text.reserveCapacity(end - start)
        for i in start..<end {
            let byte = bytes[i]
            if byte == thousandsSeparator { continue }
            if byte == decimalSeparator {
                text.append(46)
                hasDecimal = true
            } else {
                text.append(byte)
            }
        }
        value = Double(String(decoding: text, as: UTF8.self)) ?? 0
    }

    /// Reads `bytes[start..<end]`, known to be digits only (no separators): as the first case of `init`.
    init(digits bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        shape = .plain
        value = NumericLiteral.integerValue(bytes, start, end)
        hasDecimal = false
        digitCount = end - start
        leadingZero = digitCount > 1 && bytes[start] == 48
    }

    private init(shape: Shape, value: Double, hasDecimal: Bool, digitCount: Int, leadingZero: Bool) {
        self.shape = shape
        self.value = value
        self.hasDecimal = hasDecimal
        self.digitCount = digitCount
        self.leadingZero = leadingZero
    }

    /// The shapes news is made of, read without allocating: "1.5", "55,000", "1,234.5" (at most 15 digits).
    ///
    /// A digit costs one test; group lengths are told by where the separators stand.
    static func common(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> NumericLiteral? {
        var mantissa = 0
        var commas = 0
        var dot = -1
        // Where the group being read starts: after the last separator.
        var groupStart = start
        // Wrapping arithmetic: at most 15 digits are kept (checked below), and the positions cannot overflow.
        var i = start
        while i < end {
            let byte = bytes[i]
            let digit = byte &- 48
            if digit < 10 {
                mantissa = mantissa &* 10 &+ Int(digit)
                i &+= 1
                continue
            }
            // A separator: nothing may follow the decimal dot but digits.
            if dot >= 0 { return nil }
            let groupLength = i &- groupStart
            if byte == 44 {
                // A thousands comma: after 1-3 digits first, then exactly three.
                if commas == 0 {
                    guard groupLength >= 1 && groupLength <= 3 else { return nil }
                } else if groupLength != 3 {
                    return nil
                }
                commas &+= 1
            } else {
                // The one decimal dot, after a whole group of three when commas came before.
                if commas > 0 && groupLength != 3 { return nil }
                dot = i
            }
            i &+= 1
            groupStart = i
        }
        // Digits only are no shape of this reader (`init(digits:)` reads them).
        if commas == 0 && dot < 0 { return nil }
        let decimals = dot >= 0 ? end &- dot &- 1 : -1
        if commas > 0 && dot < 0 && end &- groupStart != 3 { return nil }
        let digits = end &- start &- commas &- (dot >= 0 ? 1 : 0)
        guard digits <= 15, decimals != 0 else { return nil }
        let scale = decimals > 0 ? powersOfTen[decimals] : 1
        return NumericLiteral(
            shape: .formatted, value: Double(mantissa) / scale, hasDecimal: decimals > 0, digitCount: digits,
            leadingZero: digits > 1 && bytes[start] == 48)
    }

    static let powersOfTen: [Double] = (0...16).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Whether group lengths are thousands groups: 1-3 digits, then threes, or Indian twos ending in three.
    static func isGrouping(_ lengths: [Int]) -> Bool {
        guard lengths.count >= 2, let first = lengths.first, first >= 1, first <= 3 else { return false }
        let rest = lengths.dropFirst()
        if rest.allSatisfy({ $0 == 3 }) { return true }
        return first <= 2 && rest.last == 3 && rest.dropLast().allSatisfy { $0 == 2 }
    }

    static func groupsBelow256(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var current = 0
        for i in start..<end {
            let byte = bytes[i]
            if byte == 46 {
                current = 0
                continue
            }
            current = current * 10 + Int(byte - 48)
            if current > 255 { return false }
        }
        return true
    }

    static func integerValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double {
        if end - start <= 18 {
            var value = 0
            for i in start..<end { value = value * 10 + Int(bytes[i] - 48) }
            return Double(value)
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) ?? 0
    }
}
