/// Byte-order marks, UTF-16/32 without a mark, and UTF-8 with stray bytes.
enum UnicodeDecoding {
    /// A byte-order mark at the start of the input: the encoding it announces and its length.
    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: String, length: Int)? {
        func starts(_ prefix: [UInt8]) -> Bool {
            bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
        }
        if starts([0xEF, 0xBB, 0xBF]) { return ("utf-8", 3) }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return ("utf-32le", 4) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return ("utf-32be", 4) }
        if starts([0xFF, 0xFE]) { return ("utf-16le", 2) }
        if starts([0xFE, 0xFF]) { return ("utf-16be", 2) }
        return nil
    }

    /// UTF-32 or UTF-16 without a byte-order mark, recognised by the pattern of their zero bytes: every
    /// UTF-32 unit has a zero top byte, and UTF-16 text in one script repeats a few high bytes (zero for ASCII).
    static func sniffWideUnicode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = min(bytes.count, 8192) & ~3
        guard count >= 4 else { return nil }
        guard zeroBytes(UnsafeBufferPointer(rebasing: bytes[..<count])) * 20 >= count else { return nil }
        if bytes.count % 4 == 0 {
            for bigEndian in [false, true] {
                var fits = true
                var index = 0
                while index < count {
                    let top = bigEndian ? bytes[index] : bytes[index + 3]
                    let plane = bigEndian ? bytes[index + 1] : bytes[index + 2]
                    let low = bigEndian ? (bytes[index + 2] | bytes[index + 3]) : (bytes[index] | bytes[index + 1])
                    if top != 0 || plane > 0x10 || (plane == 0 && low == 0) {
                        fits = false
                        break
                    }
                    index += 4
                }
                if fits { return bigEndian ? "utf-32be" : "utf-32le" }
            }
        }
        guard bytes.count % 2 == 0 else { return nil }
        for bigEndian in [false, true] {
            var highCounts = [Int](repeating: 0, count: 256)
            var index = 0
            var nulUnits = 0
            while index < count {
                let high = bigEndian ? bytes[index] : bytes[index + 1]
                let low = bigEndian ? bytes[index + 1] : bytes[index]
                highCounts[Int(high)] += 1
                if high == 0 && low == 0 { nulUnits += 1 }
                index += 2
            }
            let units = count / 2
            let top = highCounts.sorted(by: >).prefix(3).reduce(0, +)
            if top * 10 >= units * 9 && highCounts[0] * 10 >= units && nulUnits * 100 <= units {
                return bigEndian ? "utf-16be" : "utf-16le"
            }
        }
        return nil
    }

    /// How many bytes are zero, eight at a time: text in an 8-bit encoding has none, and a word without a zero
    /// byte is passed over whole.
    private static func zeroBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var zeros = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // Flags every zero byte (and, through borrows, sometimes a neighbour: the word is then counted byte by byte).
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 {
                for offset in 0..<8 where base[index + offset] == 0 { zeros += 1 }
            }
            index += 8
        }
        for offset in index..<bytes.count where base[offset] == 0 { zeros += 1 }
        return zeros
    }

    /// Decodes UTF-16 or UTF-32 (no mark) into `output`; unpaired surrogates and out-of-range units become U+FFFD.
    static func decodeWide(
        _ bytes: UnsafeBufferPointer<UInt8>, width: Int, bigEndian: Bool, into output: inout UTF8Output
    ) {
        func unit(at index: Int) -> UInt32 {
            var value: UInt32 = 0
            for offset in 0..<width {
                let byte = UInt32(bytes[index + (bigEndian ? offset : width - 1 - offset)])
                value = value << 8 | byte
            }
            return value
        }
        var index = 0
        while index + width <= bytes.count {
            let value = unit(at: index)
            if width == 2 && (0xD800..<0xDC00).contains(value) && index + 4 <= bytes.count {
                let next = unit(at: index + 2)
                if (0xDC00..<0xE000).contains(next) {
                    output.append(scalar: 0x10000 + ((value - 0xD800) << 10) + (next - 0xDC00), sourceCount: 4)
                    index += 4
                    continue
                }
            }
            if (0xD800..<0xE000).contains(value) || value > 0x10FFFF {
                output.appendReplacement(sourceCount: width)
            } else {
                output.append(scalar: value, sourceCount: width)
            }
            index += width
        }
        if index < bytes.count { output.appendReplacement(sourceCount: bytes.count - index) }
    }

    /// Counts of a UTF-8 scan: well-formed multi-byte characters and invalid sequences (maximal subparts).
    struct UTF8Census {
        var multiByte = 0
        var invalid = 0
    }

    /// The length of the well-formed UTF-8 character at `index`, or the negated length of the maximal invalid
    /// subpart there (at least one byte), following Unicode's "substitution of maximal subparts".
    @inline(__always)
    static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let count = bytes.count
        var need: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: need = 1
        case 0xE0:
            need = 2
            low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED:
            need = 2
            high = 0x9F
        case 0xF0:
            need = 3
            low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4:
            need = 3
            high = 0x8F
        default: return -1
        }
        var position = index + 1
        while need > 0 {
            guard position < count, bytes[position] >= low, bytes[position] <= high else { return index - position }
            low = 0x80
            high = 0xBF
            position += 1
            need -= 1
        }
        return position - index
    }

    /// Scans UTF-8, counting characters and invalid sequences, when it can still hold at least `ratio`
    /// well-formed multi-byte characters per invalid sequence; `nil` as soon as the rest of the input could no
    /// longer make up that ratio (each further character takes at least two bytes), so legacy text is given up
    /// after a short stretch instead of being read to the end.
    static func census(_ bytes: UnsafeBufferPointer<UInt8>, ratio: Int) -> UTF8Census? {
        var census = UTF8Census()
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = utf8Length(bytes, at: index)
            if length > 0 {
                census.multiByte += 1
                index += length
            } else {
                census.invalid += 1
                index -= length
                if census.multiByte + (bytes.count - index) / 2 < ratio * census.invalid { return nil }
            }
        }
        return census
    }

    /// Decodes UTF-8 with invalid sequences replaced by U+FFFD.
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout UTF8Output) {
        var index = 0
        var runStart = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = utf8Length(bytes, at: index)
            if length > 0 {
                index += length
                continue
            }
            output.appendASCII(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.appendReplacement(sourceCount: -length)
            index -= length
            runStart = index
        }
        output.appendASCII(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// Whether every byte is below 0x80, eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let words = bytes.count / 8
        var accumulated: UInt64 = 0
        let raw = UnsafeRawPointer(base)
        for word in 0..<words { accumulated |= raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self) }
        for index in (words * 8)..<bytes.count { accumulated |= UInt64(bytes[index]) }
        return accumulated & 0x8080_8080_8080_8080 == 0
    }
}
