import Foundation

/// What layer values need to know while they are written: how to turn UTF-8 offsets into the output's
/// Unicode scalar offsets, and, with `--source-offsets`, how to map them back to bytes of the input file.
public final class OutputContext: Sendable {
    /// The UTF-8 offset of every continuation byte in the text, ascending; empty for ASCII text.
    ///
    /// A scalar offset is the UTF-8 offset minus the continuation bytes before it. News text is mostly ASCII
    /// with the odd curly quote or accented name, so this list is short, and it is found by skipping eight ASCII
    /// bytes at a time rather than by building a table as long as the text.
    private let continuationOffsets: [Int]
    private let alignment: OffsetMap?

    /// - Parameters:
    ///   - text: The text the offsets index.
    ///   - alignment: Maps text offsets to source bytes; pass it only when source offsets are wanted.
    public init(text: String, alignment: OffsetMap? = nil) {
        var text = text
        continuationOffsets = text.withUTF8 { Self.continuationOffsets(in: $0) }
        self.alignment = alignment
    }

    /// The offsets of the continuation bytes in `utf8`, ascending.
    ///
    /// A static function rather than code in `init`'s closure: the closure captured the result array, and each
    /// document paid for run-time exclusivity checks on it.
    private static func continuationOffsets(in utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = utf8.baseAddress else { return [] }
        let count = utf8.count
        var offsets: [Int] = []
        var index = 0
        while index + 64 <= count {
            // Sixty-four ASCII bytes at a time (four vector loads); a block with any other byte is sorted word by
            // word.
            let merged =
                block(base + index) | block(base + index + 16) | block(base + index + 32) | block(base + index + 48)
            let halves = unsafeBitCast(merged, to: SIMD2<UInt64>.self)
            if (halves[0] | halves[1]) & highs != 0 {
                for offset in stride(from: index, to: index + 64, by: 8) {
                    appendContinuations(in: word(base + offset), at: offset, to: &offsets)
                }
            }
            index += 64
        }
        while index + 8 <= count {
            appendContinuations(in: word(base + index), at: index, to: &offsets)
            index += 8
        }
        while index < count {
            if base[index] & 0xC0 == 0x80 { offsets.append(index) }
            index += 1
        }
        return offsets
    }

    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    private static func word(_ address: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    private static func block(_ address: UnsafePointer<UInt8>) -> SIMD16<UInt8> {
        UnsafeRawPointer(address).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// Appends the offsets of the continuation bytes of the eight-byte `word` that starts at `offset`.
    @inline(__always)
    private static func appendContinuations(in word: UInt64, at offset: Int, to offsets: inout [Int]) {
        guard word & highs != 0 else { return }
        // A continuation byte is 10xxxxxx: its top bit set and the next one (shifted up) clear.
        var continuations = word & ~(word << 1) & highs
        while continuations != 0 {
            offsets.append(offset + continuations.trailingZeroBitCount >> 3)
            continuations &= continuations - 1
        }
    }

    /// Whether spans are written with `source_start` and `source_end` too.
    public var hasSourceOffsets: Bool { alignment != nil }

    /// The Unicode scalar offset of a UTF-8 offset.
    public func scalarOffset(_ utf8Offset: Int) -> Int {
        guard !continuationOffsets.isEmpty else { return utf8Offset }
        // Count the continuation bytes before `utf8Offset` (binary search for the first one at or after it).
        var low = 0
        var high = continuationOffsets.count
        while low < high {
            let middle = (low + high) / 2
            if continuationOffsets[middle] < utf8Offset { low = middle + 1 } else { high = middle }
        }
        return utf8Offset - low
    }

    /// The byte range in the input file that produced `range`, when source offsets were asked for.
    public func sourceRange(of range: TextRange) -> TextRange? {
        alignment?.sourceRange(of: range)
    }

    /// Writes `"start"` and `"end"` (and `"source_start"`, `"source_end"` when asked for) into an open object.
    public func writeOffsets(of range: TextRange, to writer: inout JSONWriter) {
        writer.integerField("start", scalarOffset(range.start))
        writer.integerField("end", scalarOffset(range.end))
        if let source = sourceRange(of: range) {
            writer.integerField("source_start", source.start)
            writer.integerField("source_end", source.end)
        }
    }

    /// Opens an object with the span's offsets, `{"start":…,"end":…` (and the source offsets when asked for);
    /// the caller adds its fields and closes it with `endObject()`.
    public func beginObject(spanning range: TextRange, to writer: inout JSONWriter) {
        guard alignment != nil else {
            writer.beginSpanObject(start: scalarOffset(range.start), end: scalarOffset(range.end))
            return
        }
        writer.beginObject()
        writeOffsets(of: range, to: &writer)
    }

    /// Encodes an `Encodable` value with Foundation, for custom layers without a hand-written writer.
    func encodeWithFoundation(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.textPipeOutputContext] = self
        do {
            return Array(try encoder.encode(value))
        } catch {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("encoding_error", String(describing: error))
            writer.endObject()
            return writer.bytes
        }
    }
}
