import TextPipeCore

/// A growing UTF-8 buffer that decoders write scalars into, keeping an offset map to the source bytes when asked.
struct UTF8Output {
    private(set) var bytes: [UInt8]
    private var alignment: OffsetMap.Builder?
    /// How many invalid sequences were written as U+FFFD.
    private(set) var replacements = 0
    /// How many source bytes those sequences covered.
    private(set) var replacedBytes = 0

    init(capacity: Int, tracksAlignment: Bool) {
        bytes = []
        bytes.reserveCapacity(capacity)
        alignment = tracksAlignment ? OffsetMap.Builder() : nil
    }

    /// Set in a packed value (`pack`) that stands for an undefined byte, so bulk decoders count those without
    /// a second lookup.
    static let undefinedFlag: UInt32 = 1 << 31

    /// Packs a BMP scalar's UTF-8 bytes little-endian with the length in bits 24...26; 0 for other scalars.
    static func pack(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case ..<0x80: return scalar | 1 << 24
        case ..<0x800: return (0xC0 | scalar >> 6) | (0x80 | scalar & 0x3F) << 8 | 2 << 24
        case ..<0x10000:
            return (0xE0 | scalar >> 12) | (0x80 | scalar >> 6 & 0x3F) << 8 | (0x80 | scalar & 0x3F) << 16 | 3 << 24
        default: return 0
        }
    }

    /// Copies the eight bytes at `source` to `target` when all are ASCII, which every table decoder here maps to
    /// itself; returns whether it did.
    @inline(__always)
    static func copyASCIIWord(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Bool {
        let word = UnsafeRawPointer(source).loadUnaligned(as: UInt64.self)
        guard word & 0x8080_8080_8080_8080 == 0 else { return false }
        UnsafeMutableRawPointer(target).storeBytes(of: word, as: UInt64.self)
        return true
    }

    /// Writes a packed scalar (`pack`) at `cursor` as one four-byte store and returns its length; the byte after
    /// the character is overwritten, so the buffer needs one byte of slack at the end.
    @inline(__always)
    static func store(_ packed: UInt32, into buffer: UnsafeMutablePointer<UInt8>, at cursor: Int) -> Int {
        UnsafeMutableRawPointer(buffer + cursor).storeBytes(of: packed.littleEndian, as: UInt32.self)
        return Int(packed >> 24 & 0x7)
    }

    /// Writes the UTF-8 form of a scalar at `cursor` and returns its length (at most 4).
    @inline(__always)
    static func write(_ scalar: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at cursor: Int) -> Int {
        if scalar < 0x80 {
            buffer[cursor] = UInt8(truncatingIfNeeded: scalar)
            return 1
        }
        if scalar < 0x800 {
            buffer[cursor] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            buffer[cursor + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 2
        }
        if scalar < 0x10000 {
            buffer[cursor] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            buffer[cursor + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            buffer[cursor + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 3
        }
        buffer[cursor] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
        buffer[cursor + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
        buffer[cursor + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
        buffer[cursor + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
        return 4
    }

    /// Appends one ASCII byte copied from one source byte.
    @inline(__always) mutating func appendASCII(_ byte: UInt8) {
        bytes.append(byte)
        alignment?.copy(1)
    }

    /// Appends ASCII bytes copied one for one from the source.
    mutating func appendASCII<C: Collection>(contentsOf run: C) where C.Element == UInt8 {
        bytes.append(contentsOf: run)
        alignment?.copy(run.count)
    }

    /// Appends a packed UTF-8 scalar that stands for `sourceCount` source bytes.
    @inline(__always) mutating func appendPacked(_ packed: UInt32, sourceCount: Int) {
        let length = Int(packed >> 24 & 0x7)
        bytes.append(UInt8(truncatingIfNeeded: packed))
        if length > 1 { bytes.append(UInt8(truncatingIfNeeded: packed >> 8)) }
        if length > 2 { bytes.append(UInt8(truncatingIfNeeded: packed >> 16)) }
        if alignment != nil {
            if length == 1 && sourceCount == 1 {
                alignment!.copy(1)
            } else {
                alignment!.replace(targetCount: length, sourceCount: sourceCount)
            }
        }
    }

    /// Appends any scalar that stands for `sourceCount` source bytes.
    mutating func append(scalar: UInt32, sourceCount: Int) {
        if scalar >= 0x10000 {
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
            alignment?.replace(targetCount: 4, sourceCount: sourceCount)
        } else {
            appendPacked(Self.pack(scalar), sourceCount: sourceCount)
        }
    }

    /// Appends U+FFFD for an invalid sequence of `sourceCount` bytes and counts it.
    mutating func appendReplacement(sourceCount: Int) {
        replacements += 1
        replacedBytes += sourceCount
        appendPacked(0xBD_BF_EF | 3 << 24, sourceCount: sourceCount)
    }

    /// Whether an offset map is being built.
    var tracksAlignment: Bool { alignment != nil }

    /// Appends text decoded in bulk when no map is kept (see `tracksAlignment`).
    mutating func appendUnmapped(_ decoded: [UInt8], replacements: Int, replacedBytes: Int) {
        precondition(alignment == nil, "bulk appends cannot keep an offset map")
        if bytes.isEmpty { bytes = decoded } else { bytes.append(contentsOf: decoded) }
        self.replacements += replacements
        self.replacedBytes += replacedBytes
    }

    /// Source bytes dropped from the text (a byte-order mark, an escape sequence).
    mutating func skip(sourceCount: Int) {
        alignment?.delete(sourceCount)
    }

    /// The text and, when tracked, its map to source offsets.
    consuming func finish() -> (text: String, alignment: OffsetMap?) {
        (String(decoding: bytes, as: UTF8.self), alignment?.build())
    }
}
