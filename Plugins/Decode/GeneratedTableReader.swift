/// Reads the generated tables (`Generated/`) straight from the UTF-8 bytes of their string literals: lines of
/// one or two characters followed by a hexadecimal count, or runs of characters. Reading bytes instead of
/// splitting `String`s keeps the one-time model load to a small fraction of a legacy file's decoding time.
enum GeneratedTableReader {
    /// One line of a generated table: its leading characters (`second` is 0 for one-character lines) and count.
    struct Entry {
        var first: UInt32
        var second: UInt32
        var count: Float
    }

    /// The hexadecimal number on the first line of `text` (the pruned-mass count of a unigram table), or 0.
    static func leadingCount(_ text: String) -> Float {
        var text = text
        return text.withUTF8 { bytes in
            let end = bytes.firstIndex(of: 0x0A) ?? bytes.count
            return Float(hexValue(UnsafeBufferPointer(rebasing: bytes[0..<end])) ?? 0)
        }
    }

    /// Calls `body` with every line of `text` that holds `symbols` characters (1 or 2) and then a hexadecimal
    /// count, skipping the first line when `skippingFirst` is set. Lines that do not have that form are ignored.
    @inline(__always)
    static func forEachEntry(
        _ text: String, symbols: Int, skippingFirst: Bool = false, _ body: (Entry) -> Void
    ) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var isFirst = true
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                if isFirst && skippingFirst {
                    isFirst = false
                    continue
                }
                isFirst = false
                var position = start
                var entry = Entry(first: 0, second: 0, count: 0)
                guard position < end else { continue }
                entry.first = scalar(bytes, at: &position)
                if symbols == 2 {
                    guard position < end else { continue }
                    entry.second = scalar(bytes, at: &position)
                }
                guard let count = hexValue(UnsafeBufferPointer(rebasing: bytes[position..<end])) else { continue }
                entry.count = Float(count)
                body(entry)
            }
        }
    }

    /// Calls `body` with every Unicode scalar value of `text`.
    @inline(__always)
    static func forEachScalar(_ text: String, _ body: (UInt32) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            while position < bytes.count { body(scalar(bytes, at: &position)) }
        }
    }

    /// The scalar values of `text`, U+FFFD (a hole in a code table) read as 0.
    static func scalarValues(_ text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var position = 0
                var written = 0
                while position < bytes.count {
                    let value = scalar(bytes, at: &position)
                    buffer[written] = value == 0xFFFD ? 0 : value
                    written += 1
                }
                count = written
            }
        }
    }

    /// The scalar values of `text` and their UTF-8 packed as `UTF8Output.pack` does, read in one pass; U+FFFD
    /// (a hole in a code table) reads as 0 in both, and so does the packed form of a scalar beyond the BMP.
    /// `count` is the number of scalars the table must hold.
    static func scalarsAndPackedUTF8(_ text: String, count: Int) -> (scalars: [UInt32], packed: [UInt32]) {
        var text = text
        var scalars = [UInt32](repeating: 0, count: count)
        var packed = [UInt32](repeating: 0, count: count)
        text.withUTF8 { bytes in
            scalars.withUnsafeMutableBufferPointer { scalars in
                packed.withUnsafeMutableBufferPointer { packed in
                    var position = 0
                    var written = 0
                    while position < bytes.count && written < count {
                        let start = position
                        let value = scalar(bytes, at: &position)
                        if value != 0xFFFD {
                            scalars[written] = value
                            switch position - start {
                            case 1: packed[written] = UInt32(bytes[start]) | 1 << 24
                            case 2: packed[written] = UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | 2 << 24
                            case 3:
                                packed[written] =
                                    UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8
                                    | UInt32(bytes[start + 2]) << 16 | 3 << 24
                            default: break
                            }
                        }
                        written += 1
                    }
                    precondition(written == count && position == bytes.count, "a generated table is not \(count) long")
                }
            }
        }
        return (scalars, packed)
    }

    /// Decodes the scalar at `position` of well-formed UTF-8 (a Swift string's bytes) and moves past it.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: inout Int) -> UInt32 {
        let lead = UInt32(bytes[position])
        if lead < 0x80 {
            position += 1
            return lead
        }
        if lead < 0xE0 {
            defer { position += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { position += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
        }
        defer { position += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
            | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F)
    }

    /// The value of a non-empty run of hexadecimal digits, or `nil`.
    private static func hexValue(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for digit in digits {
            switch digit {
            case 0x30...0x39: value = value << 4 | Int(digit - 0x30)
            case 0x61...0x66: value = value << 4 | Int(digit - 0x57)
            case 0x41...0x46: value = value << 4 | Int(digit - 0x37)
            default: return nil
            }
        }
        return value
    }
}
