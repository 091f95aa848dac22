/// Decoding single Unicode scalars at byte offsets of UTF-8 text, forward and backward.
///
/// Invalid or truncated sequences decode as U+FFFD with a length of one byte, so scanning always advances.
public enum UTF8Scalars {
    /// The offset of the first byte at or after `offset` that is not ASCII, or `bytes.count`.
    ///
    /// Checks eight bytes at a time: English text is mostly ASCII, and scans for the odd non-ASCII scalar
    /// spend most of their time here.
    @inlinable
    public static func endOfASCII(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = offset
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let high = word & 0x8080_8080_8080_8080
            if high != 0 { return index + high.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count && base[index] < 0x80 { index += 1 }
        return index
    }

    /// The scalar that starts at `offset`, and its length in bytes.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - offset: A byte offset inside `bytes`; a continuation byte decodes as U+FFFD.
    /// - Returns: The scalar and how many bytes it takes (1–4).
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
        scalar: Unicode.Scalar, length: Int
    ) {
        let b0 = bytes[offset]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let count = bytes.count
        var value: UInt32
        var length: Int
        switch b0 {
        case 0xC2...0xDF:
            value = UInt32(b0 & 0x1F)
            length = 2
        case 0xE0...0xEF:
            value = UInt32(b0 & 0x0F)
            length = 3
        case 0xF0...0xF4:
            value = UInt32(b0 & 0x07)
            length = 4
        default: return (replacement, 1)
        }
        guard offset + length <= count else { return (replacement, 1) }
        for k in 1..<length {
            let b = bytes[offset + k]
            guard b & 0xC0 == 0x80 else { return (replacement, 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return (replacement, 1) }
        return (scalar, length)
    }

    /// The scalar that ends just before `offset`, and its length in bytes.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - offset: A byte offset greater than zero; the scalar returned ends at `offset`.
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> (
        scalar: Unicode.Scalar, length: Int
    ) {
        var start = offset - 1
        if bytes[start] < 0x80 { return (Unicode.Scalar(bytes[start]), 1) }
        let lowest = max(0, offset - 4)
        while start > lowest && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let decoded = decode(bytes, at: start)
        if start + decoded.length == offset { return decoded }
        return (replacement, 1)
    }

    /// The offset of the start of the scalar that contains `offset` (moving back over continuation bytes).
    @inlinable
    public static func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, containing offset: Int) -> Int {
        var start = offset
        while start > 0 && start > offset - 3 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// U+FFFD, what invalid bytes decode to.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"
}
