extension BuiltInTable {
    /// The table, decoded from ``slotData``: base64 to bytes, then the filled slots placed where the generator
    /// put them (see ``NameTable`` for the slot layout in memory). The names' full keys and numbers stay
    /// packed in ``restData`` (``PackedRecords``), decoded a slot at a time when asked for. One pass over about
    /// 0.9 MB of text, once per process.
    ///
    /// The layout of ``slotData`` (little-endian) is written by tools/gazetteers/generate.py from the table
    /// TableBuilder lays out: capacity, count and longest name as `UInt32`; an occupancy bitmap of `capacity`
    /// bits; then per filled slot, in slot order, the slot as ``NameTable`` keeps it (`UInt64`: the key's
    /// high half above the facts).
    static func decode() -> NameTable {
        let bytes = slotData.withUTF8Buffer { decodeBase64($0) }
        return bytes.withUnsafeBytes { raw in
            func read<T: FixedWidthInteger>(_ offset: Int, as type: T.Type) -> T {
                T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            precondition(
                Int(read(0, as: UInt32.self)) == capacity && Int(read(4, as: UInt32.self)) == count
                    && capacity % 64 == 0,
                "BuiltInTable.slotData does not match its constants; rerun tools/gazetteers/generate.py")
            let bitmap = 12
            var record = bitmap + capacity / 8
            var slots = [UInt64](repeating: 0, count: capacity)
            var occupied = [UInt64](repeating: 0, count: capacity / 64)
            slots.withUnsafeMutableBufferPointer { slots in
                // The filled slots of each 64 in turn, from the bitmap's bits (lowest first).
                for group in 0..<capacity / 64 {
                    var filled = read(bitmap + 8 * group, as: UInt64.self)
                    occupied[group] = filled
                    while filled != 0 {
                        slots[64 * group + filled.trailingZeroBitCount] = read(record, as: UInt64.self)
                        filled &= filled &- 1
                        record += 8
                    }
                }
            }
            return NameTable(slots: slots, packed: PackedRecords(data: restData, occupied: occupied), count: count)
        }
    }

    /// The bytes of unpadded base64 text (in ``PackedRecords/alphabet``) whose length is a multiple of four.
    ///
    /// Two characters at a time: a table of the 4,096 pairs of characters (indexed by their two bytes as a
    /// little-endian `UInt16`) gives their twelve bits, so a group of four takes two lookups instead of four;
    /// two groups are read as one `UInt64` and their six bytes written as one (the two bytes of room after
    /// them are overwritten by the next groups, or lie past the end).
    static func decodeBase64(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let alphabet = PackedRecords.alphabet.withUTF8Buffer { Array($0) }
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
