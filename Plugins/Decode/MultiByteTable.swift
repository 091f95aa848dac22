/// The decoding table of a multi-byte East Asian encoding: single bytes, two-byte pairs and, for EUC-JP and
/// GB18030, the longer sequences.
struct MultiByteTable: Sendable {
    /// The canonical encoding name.
    let name: String
    /// The scalar of each single byte 0x80...0xFF that stands alone; `0` where the byte is not a character.
    let singles: [UInt32]
    /// The scalar of each pair lead 0x81...0xFE by trail 0x30...0xFF; `0` where the pair is invalid.
    let pairs: [UInt32]
    /// EUC-JP's three-byte sequences 0x8F, 0xA1...0xFE, 0xA1...0xFE; empty elsewhere.
    let triples: [UInt32]
    /// GB18030's four-byte runs in the BMP by linear index; empty elsewhere.
    let fourByteRuns: [(index: Int, scalar: UInt32, count: Int)]
    /// `singles` and `pairs` as packed UTF-8 (`UTF8Output.pack`) for bulk decoding; 0 where `next` must decide
    /// (an invalid byte, a longer sequence, a character beyond the BMP).
    private let packedSingles: [UInt32]
    private let packedPairs: [UInt32]

    static let trailBase = 0x30
    static let trailCount = 208

    init(name: String, singles: String, pairs: String, triples: String = "", fourByteRuns: String = "") {
        self.name = name
        (self.singles, packedSingles) = GeneratedTableReader.scalarsAndPackedUTF8(singles, count: 128)
        var packedPairs: [UInt32]
        (self.pairs, packedPairs) = GeneratedTableReader.scalarsAndPackedUTF8(pairs, count: 126 * Self.trailCount)
        self.triples = GeneratedTableReader.scalarValues(triples)
        self.fourByteRuns = fourByteRuns.split(separator: " ").compactMap { item in
            let parts = item.split(separator: ":").compactMap { Int($0, radix: 16) }
            return parts.count == 3 ? (parts[0], UInt32(parts[1]), parts[2]) : nil
        }
        precondition(self.singles.count == 128 && self.pairs.count == 126 * Self.trailCount, "bad table \(name)")
        // Where `next` reads a three- or four-byte sequence instead of a pair.
        if !self.triples.isEmpty {
            for trail in 0..<Self.trailCount { packedPairs[(0x8F - 0x81) * Self.trailCount + trail] = 0 }
        }
        if !self.fourByteRuns.isEmpty {
            for lead in 0..<126 {
                for trail in 0..<(0x3A - Self.trailBase) { packedPairs[lead * Self.trailCount + trail] = 0 }
            }
        }
        self.packedPairs = packedPairs
    }

    /// Marks a byte or pair in `symbolTables` that `next` has to read.
    static let undecided = UInt16.max

    /// What `symbolOf` gives for the scalar of every single byte 0x80...0xFF and every pair (laid out as
    /// `singles` and `pairs`), `undecided` where `next` has to read the bytes: scoring then looks most characters
    /// up in one step.
    func symbolTables(_ symbolOf: (UInt32) -> UInt16) -> (singles: [UInt16], pairs: [UInt16]) {
        (
            singles.map { $0 == 0 ? Self.undecided : symbolOf($0) },
            zip(pairs, packedPairs).map { $1 == 0 ? Self.undecided : symbolOf($0) }
        )
    }

    /// The character at `index`: its scalar and byte length, or scalar `0` (length 1) for an invalid byte.
    @inline(__always)
    func next(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let single = singles[Int(lead) - 0x80]
        if single != 0 { return (single, 1) }
        guard lead >= 0x81 && lead <= 0xFE && index + 1 < bytes.count else { return (0, 1) }
        let trail = Int(bytes[index + 1])
        if lead == 0x8F && !triples.isEmpty {
            guard index + 2 < bytes.count, trail >= 0xA1, trail <= 0xFE else { return (0, 1) }
            let third = Int(bytes[index + 2])
            guard third >= 0xA1 && third <= 0xFE else { return (0, 1) }
            let scalar = triples[(trail - 0xA1) * 94 + third - 0xA1]
            return scalar == 0 ? (0, 1) : (scalar, 3)
        }
        if trail >= 0x30 && trail <= 0x39 && !fourByteRuns.isEmpty {
            return fourByte(bytes, at: index)
        }
        guard trail >= Self.trailBase else { return (0, 1) }
        let scalar = pairs[(Int(lead) - 0x81) * Self.trailCount + trail - Self.trailBase]
        return scalar == 0 ? (0, 1) : (scalar, 2)
    }

    private func fourByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        guard index + 3 < bytes.count else { return (0, 1) }
        let b1 = Int(bytes[index]) - 0x81
        let b2 = Int(bytes[index + 1]) - 0x30
        let b3 = Int(bytes[index + 2]) - 0x81
        let b4 = Int(bytes[index + 3]) - 0x30
        guard (0...125).contains(b3), (0...9).contains(b4) else { return (0, 1) }
        let linear = ((b1 * 10 + b2) * 126 + b3) * 10 + b4
        if b1 >= 0x0F {
            // Supplementary planes: 0x90308130 is U+10000, counting on linearly.
            let offset = linear - ((0x0F * 10) * 126 * 10)
            return offset >= 0 && offset < 0x100000 ? (UInt32(0x10000 + offset), 4) : (0, 1)
        }
        var low = 0
        var high = fourByteRuns.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let run = fourByteRuns[mid]
            if linear < run.index {
                high = mid - 1
            } else if linear >= run.index + run.count {
                low = mid + 1
            } else {
                return (run.scalar + UInt32(linear - run.index), 4)
            }
        }
        return (0, 1)
    }

    /// Decodes all of `bytes` into `output`, invalid bytes as U+FFFD.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout UTF8Output) {
        guard output.tracksAlignment else {
            decodeUnmapped(bytes, into: &output)
            return
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.appendASCII(byte)
                index += 1
                continue
            }
            let (scalar, length) = next(bytes, at: index)
            if scalar == 0 {
                output.appendReplacement(sourceCount: 1)
            } else {
                output.append(scalar: scalar, sourceCount: length)
            }
            index += length
        }
    }

    /// Decodes without an offset map, straight into a buffer: single bytes and pairs through the packed tables
    /// (one load and one four-byte store), everything else through `next`. No source byte turns into more than
    /// three bytes of UTF-8 (a four-byte sequence into four).
    private func decodeUnmapped(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout UTF8Output) {
        guard let source = bytes.baseAddress else { return }
        var replacements = 0
        let decoded = packedSingles.withUnsafeBufferPointer { singles in
            packedPairs.withUnsafeBufferPointer { pairs in
                [UInt8](unsafeUninitializedCapacity: bytes.count * 3 + 8) { buffer, count in
                    let target = buffer.baseAddress!
                    var cursor = 0
                    var index = 0
                    while index < bytes.count {
                        let byte = source[index]
                        if byte < 0x80 {
                            if index + 8 <= bytes.count,
                                UTF8Output.copyASCIIWord(from: source + index, to: target + cursor)
                            {
                                cursor += 8
                                index += 8
                                continue
                            }
                            target[cursor] = byte
                            cursor += 1
                            index += 1
                            continue
                        }
                        var packed = singles[Int(byte) - 0x80]
                        var length = 1
                        if packed == 0 && byte >= 0x81 && byte <= 0xFE && index + 1 < bytes.count {
                            let trail = Int(source[index + 1])
                            if trail >= Self.trailBase {
                                packed = pairs[(Int(byte) - 0x81) * Self.trailCount + trail - Self.trailBase]
                                length = 2
                            }
                        }
                        if packed != 0 {
                            cursor += UTF8Output.store(packed, into: target, at: cursor)
                            index += length
                            continue
                        }
                        let (scalar, sequence) = next(bytes, at: index)
                        if scalar == 0 {
                            replacements += 1
                            cursor += UTF8Output.write(0xFFFD, into: buffer, at: cursor)
                        } else {
                            cursor += UTF8Output.write(scalar, into: buffer, at: cursor)
                        }
                        index += sequence
                    }
                    count = cursor
                }
            }
        }
        output.appendUnmapped(decoded, replacements: replacements, replacedBytes: replacements)
    }
}

/// The multi-byte tables, parsed once each from the generated literals.
enum DoubleByteTables {
    static let shiftJIS = MultiByteTable(name: "shift_jis", singles: shiftJisSingles, pairs: shiftJisPairs)
    static let windows31J = MultiByteTable(name: "windows-31j", singles: windows31jSingles, pairs: windows31jPairs)
    static let eucJP = MultiByteTable(name: "euc-jp", singles: eucJpSingles, pairs: eucJpPairs, triples: eucJpTriples)
    static let eucKR = MultiByteTable(name: "euc-kr", singles: eucKrSingles, pairs: eucKrPairs)
    static let cp949 = MultiByteTable(name: "cp949", singles: cp949Singles, pairs: cp949Pairs)
    static let johab = MultiByteTable(name: "johab", singles: johabSingles, pairs: johabPairs)
    static let gb2312 = MultiByteTable(name: "gb2312", singles: gb2312Singles, pairs: gb2312Pairs)
    static let gbk = MultiByteTable(name: "gbk", singles: gbkSingles, pairs: gbkPairs)
    static let gb18030 = MultiByteTable(
        name: "gb18030", singles: gbkSingles, pairs: gbkPairs, fourByteRuns: gb18030FourByteRuns)
    static let big5 = MultiByteTable(name: "big5", singles: big5Singles, pairs: big5Pairs)

    /// The table for a canonical name.
    static func table(named name: String) -> MultiByteTable? {
        switch name {
        case "shift_jis": return shiftJIS
        case "windows-31j": return windows31J
        case "euc-jp": return eucJP
        case "euc-kr": return eucKR
        case "cp949": return cp949
        case "johab": return johab
        case "gb2312": return gb2312
        case "gbk": return gbk
        case "gb18030": return gb18030
        case "big5": return big5
        default: return nil
        }
    }
}
