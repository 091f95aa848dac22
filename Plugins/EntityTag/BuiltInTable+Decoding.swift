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
                Int(read(0, as: UInt32.self)) == capacity && Int(read(4, as: UInt32.self)) == count
                    && capacity % 64 == 0,
                "BuiltInTable.data does not match its constants; rerun tools/gazetteers/generate.py")
            let bitmap = 12
            var record = bitmap + capacity / 8
            var slots = [UInt64](repeating: 0, count: capacity)
            var numbers = [NameTable.Numbers](repeating: NameTable.Numbers(), count: capacity)
            var keys = [UInt64](repeating: 0, count: capacity)
            slots.withUnsafeMutableBufferPointer { slots in
                numbers.withUnsafeMutableBufferPointer { numbers in
                    keys.withUnsafeMutableBufferPointer { keys in
                        // The filled slots of each 64 in turn, from the bitmap's bits (lowest first).
                        for group in 0..<capacity / 64 {
                            var filled = read(bitmap + 8 * group, as: UInt64.self)
                            while filled != 0 {
                                let i = 64 * group + filled.trailingZeroBitCount
                                filled &= filled &- 1
                                let key = read(record, as: UInt64.self)
                                keys[i] = key
                                slots[i] = (key >> 32) << 32 | UInt64(read(record + 8, as: UInt32.self))
                                numbers[i] = NameTable.Numbers(
                                    population: read(record + 12, as: Int32.self),
                                    surnameRank: read(record + 16, as: Int32.self),
                                    firstNameFrequency: Float(bitPattern: read(record + 20, as: UInt32.self)))
                                record += 24
                            }
                        }
                    }
                }
            }
            return NameTable(slots: slots, numbers: numbers, keys: keys, count: count)
        }
    }

    /// The alphabet of ``data``: base64's without "O" and "X", with "-" and "_" added at the end, so that the
    /// generated text can never spell one of the to-do markers that checkers search for (see
    /// tools/gazetteers/README.md).
    static let alphabet = "ABCDEFGHIJKLMNPQRSTUVWYZabcdefghijklmnopqrstuvwxyz0123456789+/-_"

    /// The bytes of unpadded base64 text (in ``alphabet``) whose length is a multiple of four.
    ///
    /// Two characters at a time: a table of the 4,096 pairs of characters (indexed by their two bytes as a
    /// little-endian `UInt16`) gives their twelve bits, so a group of four takes two lookups instead of four;
    /// two groups are read as one `UInt64` and their six bytes written as one (the two bytes of room after
    /// them are overwritten by the next groups, or lie past the end).
    static func decodeBase64(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let alphabet = Array(Self.alphabet.utf8)
        var pairs = [UInt16](repeating: 0, count: 65536)
        for (high, first) in alphabet.enumerated() {
            for (low, second) in alphabet.enumerated() {
                pairs[Int(first) | Int(second) << 8] = UInt16(high << 6 | low)
            }
        }
        let groups = text.count / 4
        let raw = UnsafeRawBufferPointer(text)
        return pairs.withUnsafeBufferPointer { pairs in
            [UInt8](unsafeUninitializedCapacity: groups * 3 + 2) { bytes, initialized in
                let output = UnsafeMutableRawPointer(bytes.baseAddress!)
                @inline(__always)
                func group(_ four: UInt32) -> UInt64 {
                    UInt64(pairs[Int(truncatingIfNeeded: four & 0xFFFF)]) << 12
                        | UInt64(pairs[Int(truncatingIfNeeded: four >> 16)])
                }
                var g = 0
                while g + 2 <= groups {
                    let eight = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * g, as: UInt64.self))
                    let first = group(UInt32(truncatingIfNeeded: eight))
                    let second = group(UInt32(truncatingIfNeeded: eight >> 32))
                    // Each group's 24 bits in text order: the first byte is the group's high byte.
                    let six =
                        (first >> 16 & 0xFF) | (first & 0xFF00) | (first & 0xFF) << 16 | (second >> 16 & 0xFF) << 24
                        | (second & 0xFF00) << 24 | (second & 0xFF) << 40
                    output.storeBytes(of: six.littleEndian, toByteOffset: 3 * g, as: UInt64.self)
                    g += 2
                }
                if g < groups {
                    let word = group(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * g, as: UInt32.self)))
                    bytes[3 * g] = UInt8(truncatingIfNeeded: word >> 16)
                    bytes[3 * g + 1] = UInt8(truncatingIfNeeded: word >> 8)
                    bytes[3 * g + 2] = UInt8(truncatingIfNeeded: word)
                }
                initialized = groups * 3
            }
        }
    }
}
