/// Writes JSON text into a byte buffer, fast enough for the output path of every document.
///
/// The writer trusts its caller to produce well-formed structure (keys inside objects, commas via the
/// `begin`/`end` calls); it handles escaping, number formatting and separators.
public struct JSONWriter: Sendable {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8]

    public init(reservingCapacity capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        separate()
        var key = key
        key.withUTF8 { utf8 in
            // Keys are short and almost never need escaping: check the bytes and copy them in one go.
            if utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: utf8)
                bytes.append(contentsOf: Self.closingQuoteAndColon)
            } else {
                bytes.append(UInt8(ascii: "\""))
                appendEscapedUTF8(utf8)
                bytes.append(contentsOf: Self.closingQuoteAndColon)
            }
        }
    }

    private static let closingQuoteAndColon: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: ":")]

    public mutating func string(_ value: some StringProtocol) {
        separate()
        appendEscaped(value)
    }

    public mutating func string(_ value: String) {
        separate()
        appendEscaped(value)
    }

    public mutating func number(_ value: Int) {
        separate()
        appendDecimal(value)
    }

    public mutating func number(_ value: Double) {
        separate()
        bytes.append(contentsOf: JSONWriter.format(value).utf8)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes a parsed value back out.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let literal):
            separate()
            bytes.append(contentsOf: literal.utf8)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    /// Writes bytes that already hold one complete JSON value.
    public mutating func rawValue(_ json: some Sequence<UInt8>) {
        separate()
        bytes.append(contentsOf: json)
    }

    /// Shorthand for a key with a string value.
    public mutating func field(_ name: String, _ value: some StringProtocol) {
        key(name)
        string(value)
    }

    /// Shorthand for a key with a string value.
    public mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// Shorthand for a key with an integer value.
    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        number(value)
    }

    /// Shorthand for a key with a number value.
    public mutating func field(_ name: String, _ value: Double) {
        key(name)
        number(value)
    }

    /// Formats a double the way JSON readers expect: integers without a fraction, non-finite as null.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value && abs(value) < 9.007_199_254_740_992e15 {
            return String(Int64(value))
        }
        return value.description
    }

    /// Writes a comma unless the value opens a container, follows a key or is the first one.
    ///
    /// The last byte written tells which: a value never ends in `{`, `[`, `:` or `,` (strings end in a quote),
    /// so no stack of container states is needed.
    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    @inline(__always)
    private var needsComma: Bool {
        guard let last = bytes.last else { return false }
        switch last {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ":"), UInt8(ascii: ","): return false
        default: return true
        }
    }

    /// Formats an integer without going through `String`.
    private mutating func appendDecimal(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumDecimalLength) { scratch in
            let count = Self.writeDecimal(value, to: scratch.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: count))
        }
    }

    /// Writes `"key":value` for an integer field with a key known at compile time, in one append.
    ///
    /// Layers write millions of offsets; building each field in scratch memory and appending it once is several
    /// times cheaper than appending its pieces. `key` must not need escaping.
    mutating func integerField(_ key: StaticString, _ value: Int) {
        let keyLength = key.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: keyLength + 4 + Self.maximumDecimalLength) { scratch in
            let start = scratch.baseAddress!
            var cursor = start
            if needsComma {
                cursor.pointee = UInt8(ascii: ",")
                cursor += 1
            }
            cursor.pointee = UInt8(ascii: "\"")
            (cursor + 1).update(from: key.utf8Start, count: keyLength)
            cursor += keyLength + 1
            cursor[0] = UInt8(ascii: "\"")
            cursor[1] = UInt8(ascii: ":")
            cursor += 2
            cursor += Self.writeDecimal(value, to: cursor)
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: cursor - start))
        }
    }

    /// The most bytes `writeDecimal` writes: a sign and nineteen digits.
    private static let maximumDecimalLength = 20

    /// Writes the decimal digits of `value` at `target` and returns how many bytes it wrote.
    @inline(__always)
    private static func writeDecimal(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var length = 1
        var bound: UInt = 10
        while magnitude >= bound && length < 19 {
            length += 1
            bound = bound &* 10
        }
        var cursor = target
        if value < 0 {
            cursor.pointee = UInt8(ascii: "-")
            cursor += 1
        }
        var index = length
        repeat {
            index -= 1
            cursor[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while index > 0
        return length + (value < 0 ? 1 : 0)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ text: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ appendEscapedUTF8($0) }) {
            _ = done
        } else {
            var copy = String(text)
            copy.withUTF8 { appendEscapedUTF8($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscapedUTF8($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscapedUTF8(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Text rarely needs more than a few escapes: one reservation up front keeps the appends below from
        // growing the buffer piecemeal.
        bytes.reserveCapacity(bytes.count + utf8.count + utf8.count / 16 + 8)
        var runStart = 0
        var index = JSONStringScan.firstSpecial(in: utf8, from: 0)
        while index < utf8.count {
            let byte = utf8[index]
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: "u00".utf8)
                bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
                bytes.append(JSONWriter.hexDigits[Int(byte & 0xF)])
            }
            runStart = index + 1
            index = JSONStringScan.firstSpecial(in: utf8, from: runStart)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
}
