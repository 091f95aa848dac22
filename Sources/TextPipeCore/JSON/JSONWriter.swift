/// Writes JSON text into a byte buffer, fast enough for the output path of every document.
///
/// The writer trusts its caller to produce well-formed structure (keys inside objects, commas via the
/// `begin`/`end` calls); it handles escaping, number formatting and separators.
public struct JSONWriter: Sendable {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8]
    /// Whether the next value needs a comma before it; one entry per open container.
    private var needsComma: [Bool] = [false]

    public init(reservingCapacity capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        separate()
        appendEscaped(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: some StringProtocol) {
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
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
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

    private mutating func separate() {
        let top = needsComma.count - 1
        if needsComma[top] { bytes.append(UInt8(ascii: ",")) }
        needsComma[top] = true
    }

    private mutating func appendDecimal(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
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

    private mutating func appendEscapedUTF8(_ utf8: UnsafeBufferPointer<UInt8>) {
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
