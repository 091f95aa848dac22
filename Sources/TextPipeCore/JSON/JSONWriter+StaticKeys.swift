/// Fields whose keys are known at compile time: the built-in layers and the document encoder write millions
/// of them, each in one reservation of the output buffer (a `String` key cost more than the field it names).
extension JSONWriter {
    /// Writes `"key":` for a key known at compile time. `key` must not need escaping.
    package mutating func key(static key: StaticString) {
        let comma = needsComma
        buffer.write(key.utf8CodeUnitCount + 4) { Self.writeKey(key, comma: comma, to: $0) }
    }

    /// Writes `"key":value` for an integer field with a key known at compile time.
    package mutating func integerField(_ key: StaticString, _ value: Int) {
        let comma = needsComma
        buffer.write(key.utf8CodeUnitCount + 4 + Self.maximumDecimalLength) { target in
            let keyLength = Self.writeKey(key, comma: comma, to: target)
            return keyLength + Self.writeDecimal(value, to: target + keyLength)
        }
    }

    /// Writes `{"start":S,"end":E}`, the shape of every span without source offsets, in one step.
    mutating func spanObject(start: Int, end: Int) {
        let comma = needsComma
        buffer.write(Self.spanObjectMaximumLength) { target in
            let length = Self.writeSpanOpening(start: start, end: end, comma: comma, to: target)
            target[length] = UInt8(ascii: "}")
            return length + 1
        }
    }

    /// Writes an array of `count` span objects, `[{"start":S,"end":E},…]`, in one write.
    mutating func spanArray(count: Int, _ offsets: (_ index: Int) -> (start: Int, end: Int)) {
        let comma = needsComma
        buffer.write(3 + count * Self.spanObjectMaximumLength) { target in
            var cursor = target + Self.writeOpening(UInt8(ascii: "["), comma: comma, to: target)
            for index in 0..<count {
                let (start, end) = offsets(index)
                cursor += Self.writeSpanOpening(start: start, end: end, comma: index > 0, to: cursor)
                cursor.pointee = UInt8(ascii: "}")
                cursor += 1
            }
            cursor.pointee = UInt8(ascii: "]")
            return cursor + 1 - target
        }
    }

    /// Opens an object with `{"start":S,"end":E` in one step; more fields and `endObject()` follow.
    mutating func beginSpanObject(start: Int, end: Int) {
        let comma = needsComma
        buffer.write(Self.spanObjectMaximumLength) { target in
            Self.writeSpanOpening(start: start, end: end, comma: comma, to: target)
        }
    }

    /// `,{"start":` + `,"end":` + `}` and two numbers.
    private static let spanObjectMaximumLength = 2 + 9 + 7 + 1 + 2 * maximumDecimalLength

    @inline(__always)
    private static func writeSpanOpening(start: Int, end: Int, comma: Bool, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var cursor = target + writeOpening(UInt8(ascii: "{"), comma: comma, to: target)
        cursor += writeKey("start", comma: false, to: cursor)
        cursor += writeDecimal(start, to: cursor)
        cursor += writeKey("end", comma: true, to: cursor)
        cursor += writeDecimal(end, to: cursor)
        return cursor - target
    }

    /// Writes a string field with a key known at compile time.
    package mutating func field(static key: StaticString, _ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            guard JSONStringScan.firstSpecial(in: utf8, from: 0) == utf8.count, let source = utf8.baseAddress else {
                self.key(static: key)
                appendQuoted(utf8)
                return
            }
            // Nothing to escape (labels, kinds, most entity texts): key and value in one write.
            let comma = needsComma
            buffer.write(key.utf8CodeUnitCount + 6 + utf8.count) { target in
                var length = Self.writeKey(key, comma: comma, to: target)
                target[length] = UInt8(ascii: "\"")
                JSONOutputBuffer.copy(source, count: utf8.count, to: target + length + 1)
                length += utf8.count + 1
                target[length] = UInt8(ascii: "\"")
                return length + 1
            }
        }
    }

    /// Writes `"key":"value"` for a key and a value known at compile time (labels, kinds) in one write.
    /// Neither may need escaping.
    mutating func field(static key: StaticString, static value: StaticString) {
        let comma = needsComma
        let count = value.utf8CodeUnitCount
        buffer.write(key.utf8CodeUnitCount + 6 + count) { target in
            var length = Self.writeKey(key, comma: comma, to: target)
            target[length] = UInt8(ascii: "\"")
            JSONOutputBuffer.copy(value.utf8Start, count: count, to: target + length + 1)
            length += count + 1
            target[length] = UInt8(ascii: "\"")
            return length + 1
        }
    }

    /// Writes a number field with a key known at compile time, the number as `JSONWriter.writeNumber` formats it.
    package mutating func field(static key: StaticString, _ value: Double) {
        let comma = needsComma
        buffer.write(key.utf8CodeUnitCount + 4 + Self.maximumNumberLength) { target in
            let keyLength = Self.writeKey(key, comma: comma, to: target)
            return keyLength + Self.writeNumber(value, to: target + keyLength)
        }
    }
}
