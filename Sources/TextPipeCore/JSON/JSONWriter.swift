/// Writes JSON text into a byte buffer, fast enough for the output path of every document.
///
/// The writer trusts its caller to produce well-formed structure (keys inside objects, commas via the
/// `begin`/`end` calls); it handles escaping, number formatting and separators.
///
/// Layers write millions of small objects, so every write goes straight to memory through ``JSONOutputBuffer``
/// rather than through `Array.append`, whose per-call checks cost more than the few bytes of a field.
public struct JSONWriter: Sendable {
    var buffer: JSONOutputBuffer

    public init(reservingCapacity capacity: Int = 1024) {
        buffer = JSONOutputBuffer(capacity: capacity)
    }

    /// The JSON written so far, as UTF-8.
    public var bytes: [UInt8] { buffer.bytes }

    /// The JSON written so far, handing over the storage without a copy; the writer is empty afterwards.
    public mutating func takeBytes() -> [UInt8] { buffer.take() }

    /// How many bytes are written.
    package var count: Int { buffer.count }

    /// Starts a new top-level value after what is written, with no separator before it: the runner writes the
    /// documents of a batch one after another into one buffer rather than allocating one for each.
    package mutating func startTopLevelValue() { buffer.startValue() }

    /// Makes room for `extra` more bytes, so writing them does not grow the buffer piecemeal.
    package mutating func reserve(_ extra: Int) {
        buffer.write(extra) { _ in 0 }
    }

    /// Appends bytes as they are, outside any JSON structure (for the text output format).
    package mutating func appendRaw(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    public mutating func beginObject() {
        let comma = needsComma
        buffer.write(2) { Self.writeOpening(UInt8(ascii: "{"), comma: comma, to: $0) }
    }

    public mutating func endObject() {
        buffer.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        let comma = needsComma
        buffer.write(2) { Self.writeOpening(UInt8(ascii: "["), comma: comma, to: $0) }
    }

    public mutating func endArray() {
        buffer.append(UInt8(ascii: "]"))
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ key: String) {
        let comma = needsComma
        var key = key
        key.withUTF8 { utf8 in
            // Keys are short: one reservation for the comma, the key escaped at worst and the colon.
            buffer.write(6 * utf8.count + 4) { target in
                var cursor = target
                if comma {
                    cursor.pointee = UInt8(ascii: ",")
                    cursor += 1
                }
                cursor += Self.writeQuoted(utf8, to: cursor)
                cursor.pointee = UInt8(ascii: ":")
                return cursor + 1 - target
            }
        }
    }

    public mutating func string(_ value: some StringProtocol) {
        separate()
        if let done: Void = value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) {
            _ = done
        } else {
            var copy = String(value)
            copy.withUTF8 { appendQuoted($0) }
        }
    }

    public mutating func string(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { appendQuoted($0) }
    }

    public mutating func number(_ value: Int) {
        separate()
        buffer.write(Self.maximumDecimalLength) { Self.writeDecimal(value, to: $0) }
    }

    public mutating func number(_ value: Double) {
        separate()
        buffer.write(Self.maximumNumberLength) { Self.writeNumber(value, to: $0) }
    }

    public mutating func bool(_ value: Bool) {
        separate()
        buffer.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    public mutating func null() {
        separate()
        buffer.append(contentsOf: "null".utf8)
    }

    /// Writes a parsed value back out.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let literal):
            separate()
            buffer.append(contentsOf: literal.utf8)
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
        buffer.append(contentsOf: json)
    }

    /// Writes one complete JSON value of at most `maximum` bytes that `body` formats at the pointer it is given,
    /// returning how many bytes it wrote; the separator before it is written here.
    ///
    /// For item types that write many small objects: one capacity check per object instead of one per field,
    /// and no staging buffer to copy from.
    @inline(__always)
    mutating func writeValue(maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let comma = needsComma
        buffer.write(maximum + 1) { target in
            guard comma else { return body(target) }
            target.pointee = UInt8(ascii: ",")
            return body(target + 1) + 1
        }
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

    // MARK: Bytes

    /// Whether the next value needs a comma: not when it opens a container, follows a key or comes first.
    ///
    /// The last byte written tells which: a value never ends in `{`, `[`, `:` or `,` (strings end in a quote),
    /// so no stack of container states is needed.
    @inline(__always)
    var needsComma: Bool {
        switch buffer.last {
        case nil, UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ":"), UInt8(ascii: ","): false
        default: true
        }
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { buffer.append(UInt8(ascii: ",")) }
    }

    /// Writes an optional comma and an opening bracket at `target`; returns the bytes written.
    @inline(__always)
    static func writeOpening(_ bracket: UInt8, comma: Bool, to target: UnsafeMutablePointer<UInt8>) -> Int {
        guard comma else {
            target.pointee = bracket
            return 1
        }
        target[0] = UInt8(ascii: ",")
        target[1] = bracket
        return 2
    }

    /// Writes an optional comma and `"key":` at `target`; returns the bytes written.
    @inline(__always)
    static func writeKey(_ key: StaticString, comma: Bool, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var cursor = target
        if comma {
            cursor.pointee = UInt8(ascii: ",")
            cursor += 1
        }
        cursor.pointee = UInt8(ascii: "\"")
        JSONOutputBuffer.copy(key.utf8Start, count: key.utf8CodeUnitCount, to: cursor + 1)
        cursor += key.utf8CodeUnitCount + 1
        cursor[0] = UInt8(ascii: "\"")
        cursor[1] = UInt8(ascii: ":")
        return cursor + 2 - target
    }

    /// The most bytes `writeDecimal` writes: a sign and nineteen digits (an `Int`'s magnitude is below 10¹⁹).
    static let maximumDecimalLength = 20

    /// Writes the decimal digits of `value` at `target` and returns how many bytes it wrote.
    ///
    /// Two digits at a time from a table: offsets and counts are written millions of times.
    @inline(__always)
    static func writeDecimal(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var cursor = target
        if value < 0 {
            cursor.pointee = UInt8(ascii: "-")
            cursor += 1
        }
        var length = 1
        var bound: UInt = 10
        while magnitude >= bound && length < 19 {
            length += 1
            bound = bound &* 10
        }
        let pairs = digitPairs.utf8Start
        var index = length
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            index -= 2
            cursor[index] = pairs[pair]
            cursor[index + 1] = pairs[pair + 1]
        }
        if magnitude >= 10 {
            let pair = Int(magnitude) &* 2
            cursor[0] = pairs[pair]
            cursor[1] = pairs[pair + 1]
        } else {
            cursor[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
        return length + (value < 0 ? 1 : 0)
    }

    /// "00", "01", … "99" back to back.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// Writes `utf8` as a quoted JSON string, escaping what JSON requires.
    ///
    /// Each run of plain bytes is copied while it is scanned, and written with the escape that ends it in one
    /// write; room is reserved for the whole rest of the string each time (no more than it will need without
    /// escapes), so the copy never has to stop short.
    mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        buffer.append(UInt8(ascii: "\""))
        guard let base = utf8.baseAddress else {
            buffer.append(UInt8(ascii: "\""))
            return
        }
        var runStart = 0
        var done = false
        while !done {
            let source = base + runStart
            let remaining = utf8.count - runStart
            buffer.write(remaining + 6) { target in
                let runLength = JSONStringScan.copyUntilSpecial(from: source, count: remaining, to: target)
                guard runLength < remaining else {
                    target[runLength] = UInt8(ascii: "\"")
                    done = true
                    return runLength + 1
                }
                runStart += runLength + 1
                return runLength + Self.writeEscape(source[runLength], to: target + runLength)
            }
        }
    }

    /// Writes `utf8` quoted and escaped at `target`, which has room for `6 × utf8.count + 2` bytes; returns
    /// how many bytes it wrote. For callers that format a whole object in memory of their own.
    static func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var cursor = target
        cursor.pointee = UInt8(ascii: "\"")
        cursor += 1
        if let base = utf8.baseAddress {
            var index = 0
            while true {
                // Room for the rest unescaped is always left: each byte before `index` took at most six.
                let run = JSONStringScan.copyUntilSpecial(from: base + index, count: utf8.count - index, to: cursor)
                cursor += run
                index += run
                guard index < utf8.count else { break }
                cursor += writeEscape(base[index], to: cursor)
                index += 1
            }
        }
        cursor.pointee = UInt8(ascii: "\"")
        return cursor + 1 - target
    }

    /// Writes the JSON escape of a byte a string cannot hold literally (a quote, a backslash or a control
    /// character) at `target`; returns how many bytes it wrote (two or six).
    @inline(__always)
    private static func writeEscape(_ byte: UInt8, to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): target[1] = byte
        case 0x0A: target[1] = UInt8(ascii: "n")
        case 0x0D: target[1] = UInt8(ascii: "r")
        case 0x09: target[1] = UInt8(ascii: "t")
        default:
            target[1] = UInt8(ascii: "u")
            target[2] = UInt8(ascii: "0")
            target[3] = UInt8(ascii: "0")
            target[4] = hexDigits.utf8Start[Int(byte >> 4)]
            target[5] = hexDigits.utf8Start[Int(byte & 0xF)]
            return 6
        }
        return 2
    }
}
