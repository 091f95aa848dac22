/// Formats one JSON object of a layer item (a number mention, an entity) into memory the writer reserved for all
/// of it (`JSONWriter.writeValue(maximum:)`); the same bytes `JSONWriter` writes for the same fields (its escapes,
/// whole numbers as integers, other numbers as `JSONWriter.format` does).
///
/// Its small methods are always inlined: an object is a dozen of them, and calls across files are not inlined
/// otherwise (writing a mention cost 13 % more when they were calls).
struct JSONObjectBytes {
    let base: UnsafeMutablePointer<UInt8>
    var count = 0

    @inline(__always) mutating func append(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    @inline(__always) mutating func append(_ literal: StaticString) {
        JSONOutputBuffer.copy(literal.utf8Start, count: literal.utf8CodeUnitCount, to: base + count)
        count &+= literal.utf8CodeUnitCount
    }

    /// Opens a layer item's object with its span: `{"start":S,"end":E` in scalar offsets, and the source offsets
    /// when the context has them.
    @inline(__always)
    mutating func appendSpan(of range: TextRange, context: OutputContext) {
        append("{\"start\":")
        append(context.scalarOffset(range.start))
        append(",\"end\":")
        append(context.scalarOffset(range.end))
        if let source = context.sourceRange(of: range) {
            append(",\"source_start\":")
            append(source.start)
            append(",\"source_end\":")
            append(source.end)
        }
    }

    /// Writes a decimal integer.
    @inline(__always)
    mutating func append(_ value: Int) {
        count &+= JSONWriter.writeDecimal(value, to: base + count)
    }

    /// Writes a number as `JSONWriter` does (`JSONWriter.writeNumber`).
    @inline(__always)
    mutating func append(_ value: Double) {
        count &+= JSONWriter.writeNumber(value, to: base + count)
    }

    /// Writes `,"key":` and the number when there is one.
    @inline(__always)
    mutating func appendField(_ key: StaticString, _ value: Double?) {
        guard let value else { return }
        append(key)
        append(value)
    }

    /// Writes `,"key":` and a name quoted as it is (a kind or a label: no byte of it needs escaping).
    @inline(__always)
    mutating func appendField(_ key: StaticString, name: StaticString) {
        append(key)
        append(UInt8(ascii: "\""))
        append(name)
        append(UInt8(ascii: "\""))
    }

    /// Writes `,"key":` and the quoted string when there is one.
    @inline(__always)
    mutating func appendField(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        append(key)
        appendQuoted(value)
    }

    /// Writes a quoted JSON string with the escapes `JSONWriter` uses.
    ///
    /// Read through `withContiguousStorageIfAvailable`, which every native string (small ones included) answers
    /// in place; `withUTF8` needs a mutable copy, a retain and a release per string.
    @inline(__always)
    mutating func appendQuoted(_ text: String) {
        let target = base + count
        if let written = text.utf8.withContiguousStorageIfAvailable({ JSONWriter.writeQuoted($0, to: target) }) {
            count &+= written
        } else {
            var text = text
            count &+= text.withUTF8 { JSONWriter.writeQuoted($0, to: target) }
        }
    }
}

extension JSONWriter {
    /// The most bytes `JSONObjectBytes.appendSpan` writes: `{"start":`, `,"end":`, `,"source_start":` and
    /// `,"source_end":` (66 bytes) and four offsets.
    static let spanOpeningMaximumLength = 66 + 4 * maximumDecimalLength

    /// The most bytes a layer item's object takes: its span (`JSONObjectBytes.appendSpan`), fields of at most
    /// `fieldBytes` bytes and the closing brace. An item type formats its object in one reservation of that
    /// size (`writeValue(maximum:)`) with its own closure: one shared method taking the fields as a closure had
    /// its copies for each item type merged by the optimiser into one, which called the fields indirectly.
    @inline(__always)
    static func spanObjectMaximum(fieldBytes: Int) -> Int {
        spanOpeningMaximumLength + fieldBytes + 1
    }

    /// Writes an array of layer items, handing `write` each item where it lies in the array: calling a method
    /// on an array element copied the whole item first (retaining and releasing each of its strings).
    @inline(__always)
    mutating func arrayInPlace<Item>(of items: [Item], _ write: (UnsafePointer<Item>, inout JSONWriter) -> Void) {
        beginArray()
        items.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices { write(base + index, &self) }
        }
        endArray()
    }
}
