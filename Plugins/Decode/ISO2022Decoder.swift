#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes the seven-bit stateful encodings ISO-2022-JP and ISO-2022-KR, whose escape sequences switch
/// between ASCII and a 94x94 double-byte set (JIS X 0208 through the EUC-JP table, KS X 1001 through EUC-KR's).
enum ISO2022Decoder {
    private static let escape: UInt8 = 0x1B
    private static let shiftOut: UInt8 = 0x0E
    private static let shiftIn: UInt8 = 0x0F

    /// Which ISO-2022 encoding the bytes use, from their escape sequences, or `nil`. Only seven-bit input counts.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress, let first = memchr(base, Int32(escape), bytes.count) else { return nil }
        var index = UnsafeRawPointer(first) - UnsafeRawPointer(base)
        var japanese = 0
        var korean = 0
        while index + 3 < bytes.count {
            if bytes[index] == escape {
                let b1 = bytes[index + 1]
                let b2 = bytes[index + 2]
                if b1 == 0x24 && (b2 == 0x42 || b2 == 0x40) { japanese += 1 }
                if b1 == 0x28 && b2 == 0x4A { japanese += 1 }
                if b1 == 0x24 && b2 == 0x29 && bytes[index + 3] == 0x43 { korean += 1 }
            }
            index += 1
        }
        if korean > 0 { return "iso-2022-kr" }
        if japanese > 0 { return "iso-2022-jp" }
        return nil
    }

    /// Decodes ISO-2022-JP or ISO-2022-KR into `output`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, korean: Bool, into output: inout UTF8Output) {
        let table = korean ? DoubleByteTables.eucKR : DoubleByteTables.eucJP
        enum Mode { case ascii, roman, double }
        var mode = Mode.ascii
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == escape, index + 2 < count {
                let b1 = bytes[index + 1]
                let b2 = bytes[index + 2]
                if korean && b1 == 0x24 && b2 == 0x29 && index + 3 < count && bytes[index + 3] == 0x43 {
                    output.skip(sourceCount: 4)
                    index += 4
                    continue
                }
                if !korean {
                    var next: Mode?
                    if b1 == 0x28 && b2 == 0x42 { next = .ascii }
                    if b1 == 0x28 && b2 == 0x4A { next = .roman }
                    if b1 == 0x24 && (b2 == 0x42 || b2 == 0x40) { next = .double }
                    if let next {
                        mode = next
                        output.skip(sourceCount: 3)
                        index += 3
                        continue
                    }
                }
            }
            if korean && (byte == shiftOut || byte == shiftIn) {
                mode = byte == shiftOut ? .double : .ascii
                output.skip(sourceCount: 1)
                index += 1
                continue
            }
            if byte >= 0x80 {
                output.appendReplacement(sourceCount: 1)
                index += 1
                continue
            }
            switch mode {
            case .ascii:
                output.appendASCII(byte)
                index += 1
            case .roman:
                let scalar: UInt32 = byte == 0x5C ? 0xA5 : byte == 0x7E ? 0x203E : UInt32(byte)
                output.append(scalar: scalar, sourceCount: 1)
                index += 1
            case .double:
                if byte < 0x21 || byte > 0x7E {
                    output.appendASCII(byte)
                    index += 1
                    continue
                }
                guard index + 1 < count else {
                    output.appendReplacement(sourceCount: 1)
                    index += 1
                    continue
                }
                let lead = Int(byte | 0x80)
                let trail = Int(bytes[index + 1] | 0x80)
                let scalar = table.pairs[(lead - 0x81) * MultiByteTable.trailCount + trail - MultiByteTable.trailBase]
                if scalar == 0 {
                    output.appendReplacement(sourceCount: 2)
                } else {
                    output.append(scalar: scalar, sourceCount: 2)
                }
                index += 2
            }
        }
    }
}
