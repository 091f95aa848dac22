extension JSONWriter {
    /// The most bytes `writeNumber` writes: `Double.description` of any finite value fits.
    static let maximumNumberLength = 32

    /// Writes a finite number as `format` does (whole numbers as integers, others as `description`) at
    /// `target`; returns the bytes written.
    ///
    /// Numbers in text are mostly whole or have a few decimals ("3.5", "0.75", "6661.89"); those are written
    /// from integers here, since `description` builds a `String` for each.
    static func writeNumber(_ value: Double, to target: UnsafeMutablePointer<UInt8>) -> Int {
        // Below 10^15 the conversion to Int is exact for whole numbers and never traps (NaN fails the test).
        if abs(value) < 1e15 && Double(Int(value)) == value {
            return writeDecimal(Int(value), to: target)
        }
        if let written = writeShortDecimal(value, to: target) { return written }
        var text = format(value)
        return text.withUTF8 { utf8 in
            target.update(from: utf8.baseAddress!, count: utf8.count)
            return utf8.count
        }
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000]

    /// Writes `value` with one to four decimals when that many give it back exactly, which is then the
    /// shortest text that does (and the text `description` gives: plain digits between 10^-4 and 10^9);
    /// returns nil for any other value.
    ///
    /// With `scaled` and the power of ten both exact integers below 2^53, `scaled / power` is the double
    /// nearest the decimal, so comparing it with `value` tests that the decimal reads back as `value`.
    private static func writeShortDecimal(_ value: Double, to target: UnsafeMutablePointer<UInt8>) -> Int? {
        let magnitude = abs(value)
        guard magnitude >= 1e-4 && magnitude < 1e9 else { return nil }
        for decimals in 1...4 {
            let power = powersOfTen[decimals]
            let scaled = (magnitude * power).rounded()
            guard scaled / power == magnitude else { continue }
            var cursor = target
            if value < 0 {
                cursor.pointee = UInt8(ascii: "-")
                cursor += 1
            }
            let digits = Int(scaled)
            let divisor = Int(power)
            cursor += writeDecimal(digits / divisor, to: cursor)
            cursor.pointee = UInt8(ascii: ".")
            var fraction = digits % divisor
            // The fraction's digits, leading zeros included, written from the last.
            for position in stride(from: decimals, through: 1, by: -1) {
                cursor[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            return cursor + decimals + 1 - target
        }
        return nil
    }
}
