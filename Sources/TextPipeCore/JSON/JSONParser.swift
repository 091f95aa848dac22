/// A strict, fast JSON parser over UTF-8 bytes (RFC 8259), used for JSONL input and for documents that
/// cross process and plugin boundaries.
public struct JSONParser {
    /// Why a text is not JSON, and where.
    public struct SyntaxError: Error, CustomStringConvertible, Sendable {
        /// The byte offset where parsing stopped.
        public var offset: Int
        public var message: String
        public var description: String { "invalid JSON at byte \(offset + 1): \(message)" }
    }

    /// The deepest nesting accepted; deeper input is an error rather than a stack overflow.
    public static let maximumDepth = 512

    /// Parses one JSON value that must fill `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        if let result = bytes.withContiguousStorageIfAvailable({ buffer in
            Result { () throws(SyntaxError) in try parse(buffer) }
        }) {
            return try result.get()
        }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(SyntaxError) in try parse(buffer) }
    }

    /// Parses one JSON value that must fill `buffer` (surrounding whitespace allowed).
    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        var parser = Parser(bytes: buffer)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == buffer.count else { throw parser.error("unexpected text after the value") }
        return value
    }

    /// Parses a JSON object that must fill `buffer` and gives its members with the byte range of each value's
    /// JSON text, so a caller can write a value back out as it came; `nil` when the value is not an object.
    package static func parseMembers(
        _ buffer: UnsafeBufferPointer<UInt8>
    ) throws(SyntaxError) -> [(key: String, value: JSONValue, raw: Range<Int>)]? {
        var members: [(key: String, value: JSONValue, raw: Range<Int>)] = []
        let isObject = try visitMembers(buffer) { key, value, raw in members.append((key, value, raw)) }
        return isObject ? members : nil
    }

    /// Parses a JSON object that must fill `buffer`, handing each member to `visit` in order with the byte range
    /// of its value's JSON text; returns false (visiting nothing) when the value is not an object.
    ///
    /// For a caller that keeps only some members: no array of all of them is built and destroyed.
    package static func visitMembers(
        _ buffer: UnsafeBufferPointer<UInt8>, _ visit: (_ key: String, _ value: JSONValue, _ raw: Range<Int>) -> Void
    ) throws(SyntaxError) -> Bool {
        var parser = Parser(bytes: buffer)
        parser.skipWhitespace()
        guard parser.position < buffer.count, buffer[parser.position] == UInt8(ascii: "{") else {
            _ = try parse(buffer)
            return false
        }
        try parser.parseMembers(depth: 0, visit)
        parser.skipWhitespace()
        guard parser.position == buffer.count else { throw parser.error("unexpected text after the value") }
        return true
    }

    /// Parses one JSON value from a string.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        func error(_ message: String) -> SyntaxError { SyntaxError(offset: position, message: message) }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
            guard depth < JSONParser.maximumDepth else { throw error("nesting deeper than \(JSONParser.maximumDepth)") }
            guard position < bytes.count else { throw error("unexpected end of input") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try parseObject(depth: depth)
            case UInt8(ascii: "["): return try parseArray(depth: depth)
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
            case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
            case UInt8(ascii: "n"): try expectLiteral("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
            default: throw error("unexpected character '\(Unicode.Scalar(bytes[position]))'")
            }
        }

        mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
            let count = literal.utf8CodeUnitCount
            guard position + count <= bytes.count else { throw error("unexpected end of input") }
            let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
            for index in 0..<count where bytes[position + index] != expected[index] {
                throw error("invalid literal")
            }
            position += count
        }

        mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONValue {
            var members: [(key: String, value: JSONValue)] = []
            try parseMembers(depth: depth) { key, value, _ in members.append((key, value)) }
            return .object(members)
        }

        /// Parses an object, handing each member to `visit` with the byte range of its value's JSON text.
        mutating func parseMembers(
            depth: Int, _ visit: (_ key: String, _ value: JSONValue, _ raw: Range<Int>) -> Void
        ) throws(SyntaxError) {
            position += 1
            skipWhitespace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw error("expected a string key")
                }
                let key = try parseString()
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':'") }
                position += 1
                skipWhitespace()
                let valueStart = position
                let value = try parseValue(depth: depth + 1)
                visit(key, value, valueStart..<position)
                skipWhitespace()
                guard position < bytes.count else { throw error("unexpected end of input in an object") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                } else if bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return
                } else {
                    throw error("expected ',' or '}'")
                }
            }
        }

        mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
            position += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                elements.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard position < bytes.count else { throw error("unexpected end of input in an array") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                } else if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(elements)
                } else {
                    throw error("expected ',' or ']'")
                }
            }
        }

        mutating func parseNumber() throws(SyntaxError) -> String {
            let start = position
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            guard position > digitsStart else { throw error("expected a digit") }
            if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
                position += 1
                let fractionStart = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                    position += 1
                }
                guard position > fractionStart else { throw error("expected a digit after '.'") }
            }
            if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
                position += 1
                if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
                    position += 1
                }
                let exponentStart = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                    position += 1
                }
                guard position > exponentStart else { throw error("expected a digit in the exponent") }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        mutating func parseString() throws(SyntaxError) -> String {
            position += 1
            let start = position
            position = JSONStringScan.firstSpecial(in: bytes, from: position)
            guard position < bytes.count else { throw error("unterminated string") }
            if bytes[position] == UInt8(ascii: "\"") {
                // Most strings hold no escape: one validating copy.
                let run = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return String(decoding: run, as: UTF8.self)
            }
            // Decoded straight into the new string's storage: unescaping never lengthens, so the rest of the input
            // bounds it. (A separate buffer cost an allocation as large as the line and a second copy.)
            let capacity = bytes.count - start
            let plain = position - start
            var failure: SyntaxError?
            let decoded = String(unsafeUninitializedCapacity: capacity) { output in
                // The plain run before the first escape is known already.
                output.baseAddress!.update(from: bytes.baseAddress! + start, count: plain)
                do throws(SyntaxError) {
                    return try unescape(into: output, written: plain)
                } catch {
                    failure = error
                    return 0
                }
            }
            if let failure { throw failure }
            // A short string with an escape early in a long line would keep the whole line's room: copy it into
            // storage of its own size (a JSONL record's text ends near the line's end and is kept as it is).
            guard decoded.utf8.count < capacity / 2 - 64 else { return decoded }
            var compact = decoded
            return compact.withUTF8 { String(decoding: $0, as: UTF8.self) }
        }

        /// Decodes the string body from `position` through its closing quote into `output`, after the `written`
        /// bytes already there.
        ///
        /// - Returns: The number of bytes in `output`.
        private mutating func unescape(
            into output: UnsafeMutableBufferPointer<UInt8>, written alreadyWritten: Int
        ) throws(SyntaxError) -> Int {
            guard let target = output.baseAddress, let source = bytes.baseAddress else { return 0 }
            var written = alreadyWritten
            let end = bytes.count
            while true {
                let run = JSONStringScan.copyUntilSpecial(from: source + position, count: end - position, to: target + written)
                position += run
                written += run
                guard position < end else { throw error("unterminated string") }
                if bytes[position] == UInt8(ascii: "\"") {
                    position += 1
                    return written
                }
                if bytes[position] < 0x20 { throw error("unescaped control character in a string") }
                position += 1
                guard position < bytes.count else { throw error("unexpected end of input in an escape") }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): target[written] = escape
                case UInt8(ascii: "b"): target[written] = 0x08
                case UInt8(ascii: "f"): target[written] = 0x0C
                case UInt8(ascii: "n"): target[written] = 0x0A
                case UInt8(ascii: "r"): target[written] = 0x0D
                case UInt8(ascii: "t"): target[written] = 0x09
                case UInt8(ascii: "u"):
                    for unit in UTF8.encode(try parseUnicodeEscape())! {
                        target[written] = unit
                        written += 1
                    }
                    continue
                default: throw error("invalid escape")
                }
                written += 1
            }
        }

        mutating func parseHex4() throws(SyntaxError) -> UInt32 {
            guard position + 4 <= bytes.count else { throw error("truncated \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw error("invalid hex digit in \\u escape")
                }
                value = value << 4 | UInt32(digit)
                position += 1
            }
            return value
        }

        mutating func parseUnicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
            let first = try parseHex4()
            if (0xD800..<0xDC00).contains(first), position + 6 <= bytes.count,
                bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            {
                let saved = position
                position += 2
                let second = try parseHex4()
                if (0xDC00..<0xE000).contains(second) {
                    let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    return Unicode.Scalar(combined) ?? "\u{FFFD}"
                }
                position = saved
            }
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
    }
}
