/// HTML character references: named (`&amp;`, `&rsquo;`) and numeric (`&#8217;`, `&#x2019;`).
enum HTMLEntities {
    /// Name (without `&` and `;`) -> UTF-8 bytes of the characters it stands for.
    static let named: [String: [UInt8]] = {
        var table: [String: [UInt8]] = [:]
        table.reserveCapacity(2200)
        for line in HTMLEntityTable.entries.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            table[String(line[..<space])] = Array(line[line.index(after: space)...].utf8)
        }
        return table
    }()

    /// Reads a character reference starting at `bytes[start]` (an `&`). Returns the end of the reference and
    /// the bytes it stands for, or `nil` when there is no complete reference there (a bare `&`, `S&P`).
    static func reference(in bytes: [UInt8], at start: Int) -> (end: Int, bytes: [UInt8])? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x23 {  // "#"
            index += 1
            var radix: UInt32 = 10
            if index < bytes.count && (bytes[index] == 0x78 || bytes[index] == 0x58) {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < bytes.count, let digit = digitValue(bytes[index], radix: radix), digits < 8 {
                value = value * radix + digit
                digits += 1
                index += 1
            }
            guard digits > 0, index < bytes.count, bytes[index] == 0x3B else { return nil }
            return (index + 1, utf8(of: numericCharacter(value)))
        }
        let nameStart = index
        while index < bytes.count && index - nameStart <= 32 && isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, index < bytes.count, bytes[index] == 0x3B else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let value = named[name] else { return nil }
        return (index + 1, value)
    }

    /// The character a numeric reference stands for, as the HTML standard reads it: C1 values as
    /// windows-1252, nothing valid as U+FFFD.
    private static func numericCharacter(_ value: UInt32) -> UInt32 {
        if value >= 0x80 && value <= 0x9F { return CodePage.windows1252.scalar(for: UInt8(value)) }
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return 0xFFFD }
        return value
    }

    private static func utf8(of value: UInt32) -> [UInt8] {
        var bytes: [UInt8] = []
        if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { bytes.append($0) } }
        return bytes
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where radix == 16: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where radix == 16: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Decodes the character references of plain text; `nil` when there were none.
    static func decode(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        let bytes = Array(text.utf8)
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        var changed = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, let (end, value) = reference(in: bytes, at: index) {
                rewriter.copy(upTo: index)
                rewriter.replace(upTo: end, with: value)
                changed = true
                index = end
            } else {
                index += 1
            }
        }
        guard changed else { return nil }
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }
}
