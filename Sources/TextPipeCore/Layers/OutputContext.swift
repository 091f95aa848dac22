import Foundation

/// What layer values need to know while they are written: how to turn UTF-8 offsets into the output's
/// Unicode scalar offsets, and, with `--source-offsets`, how to map them back to bytes of the input file.
public final class OutputContext: Sendable {
    /// Scalar offset for each UTF-8 offset; empty when the text is ASCII and the two coincide.
    private let scalarOffsets: [Int32]
    private let alignment: OffsetMap?

    /// - Parameters:
    ///   - text: The text the offsets index.
    ///   - alignment: Maps text offsets to source bytes; pass it only when source offsets are wanted.
    public init(text: String, alignment: OffsetMap? = nil) {
        var table: [Int32] = []
        var text = text
        text.withUTF8 { utf8 in
            guard !Self.isASCII(utf8) else { return }
            table = [Int32](repeating: 0, count: utf8.count + 1)
            table.withUnsafeMutableBufferPointer { table in
                var scalar: Int32 = 0
                for index in 0..<utf8.count {
                    table[index] = scalar
                    // Every byte that is not a continuation byte starts a scalar.
                    if utf8[index] & 0xC0 != 0x80 { scalar += 1 }
                }
                table[utf8.count] = scalar
            }
        }
        scalarOffsets = table
        self.alignment = alignment
    }

    /// Whether every byte is ASCII, checked eight bytes at a time.
    private static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(utf8.baseAddress) {
            while index + 8 <= utf8.count {
                if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
        }
        while index < utf8.count {
            if utf8[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The Unicode scalar offset of a UTF-8 offset.
    public func scalarOffset(_ utf8Offset: Int) -> Int {
        guard !scalarOffsets.isEmpty else { return utf8Offset }
        return Int(scalarOffsets[min(max(0, utf8Offset), scalarOffsets.count - 1)])
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
