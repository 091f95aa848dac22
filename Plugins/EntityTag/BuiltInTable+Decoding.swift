extension BuiltInTable {
    /// The table, decoded from ``data``: base64 to bytes, then the filled slots placed where the generator put
    /// them (see ``NameTable`` for the slot layout in memory). One pass over about 2.5 MB, a few milliseconds, once per process.
    ///
    /// The layout (little-endian) is written by tools/gazetteers/TableBuilder: capacity, count and longest
    /// name as `UInt32`; an occupancy bitmap of `capacity` bits; then per filled slot, in slot order, the key
    /// (`UInt64`), facts (`UInt32`), population, surname rank (`Int32`) and first-name frequency (`Float` bits).
    static func decode() -> NameTable {
        let bytes = data.withUTF8Buffer { decodeBase64($0) }
        return bytes.withUnsafeBytes { raw in
            func read<T: FixedWidthInteger>(_ offset: Int, as type: T.Type) -> T {
                T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            precondition(
                Int(read(0, as: UInt32.self)) == capacity && Int(read(4, as: UInt32.self)) == count,
                "BuiltInTable.data does not match its constants; rerun tools/gazetteers/generate.py")
            let bitmap = 12
            var record = bitmap + capacity / 8
            var slots = [UInt64](repeating: 0, count: capacity)
            var numbers = [NameTable.Numbers](repeating: NameTable.Numbers(), count: capacity)
            var keys = [UInt64](repeating: 0, count: capacity)
            for i in 0..<capacity where raw[bitmap + (i >> 3)] & (1 << UInt8(i & 7)) != 0 {
                let key = read(record, as: UInt64.self)
                keys[i] = key
                slots[i] = (key >> 32) << 32 | UInt64(read(record + 8, as: UInt32.self))
                numbers[i] = NameTable.Numbers(
                    population: read(record + 12, as: Int32.self), surnameRank: read(record + 16, as: Int32.self),
                    firstNameFrequency: Float(bitPattern: read(record + 20, as: UInt32.self)))
                record += 24
            }
            return NameTable(slots: slots, numbers: numbers, keys: keys, count: count)
        }
    }

    /// The alphabet of ``data``: base64's without "O" and "X", with "-" and "_" added at the end, so that the
    /// generated text can never spell one of the to-do markers that checkers search for (see
    /// tools/gazetteers/README.md).
    private static let alphabet = "ABCDEFGHIJKLMNPQRSTUVWYZabcdefghijklmnopqrstuvwxyz0123456789+/-_"

    /// The bytes of unpadded base64 text (in ``alphabet``) whose length is a multiple of four.
    private static func decodeBase64(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var values = [UInt8](repeating: 0, count: 256)
        for (value, character) in alphabet.utf8.enumerated() {
            values[Int(character)] = UInt8(value)
        }
        let groups = text.count / 4
        return values.withUnsafeBufferPointer { values in
            [UInt8](unsafeUninitializedCapacity: groups * 3) { bytes, initialized in
                for g in 0..<groups {
                    let word =
                        UInt32(values[Int(text[4 * g])]) << 18 | UInt32(values[Int(text[4 * g + 1])]) << 12
                        | UInt32(values[Int(text[4 * g + 2])]) << 6 | UInt32(values[Int(text[4 * g + 3])])
                    bytes[3 * g] = UInt8(truncatingIfNeeded: word >> 16)
                    bytes[3 * g + 1] = UInt8(truncatingIfNeeded: word >> 8)
                    bytes[3 * g + 2] = UInt8(truncatingIfNeeded: word)
                }
                initialized = groups * 3
            }
        }
    }
}
