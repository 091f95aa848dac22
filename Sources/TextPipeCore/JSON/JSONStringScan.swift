/// Finds the next byte a JSON string cannot hold literally (`"`, `\`, or a control character), eight bytes at a
/// time: the parser and the writer spend most of their time skipping ordinary text.
enum JSONStringScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first special byte at or after `start`, or `bytes.count`.
    @inline(__always)
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        let end = base + bytes.count
        var cursor = base + start
        while end - cursor >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(cursor).loadUnaligned(as: UInt64.self))
            let mask = specialMask(word)
            if mask != 0 { return cursor - base + mask.trailingZeroBitCount >> 3 }
            cursor += 8
        }
        if cursor < end && end - (base + start) >= 8 {
            // The last eight bytes, overlapping bytes from `start` on already found plain: those flag nothing (a
            // false flag only ever sits above a true hit), so the lowest flag is the first special byte of the tail.
            let word = UInt64(littleEndian: UnsafeRawPointer(end - 8).loadUnaligned(as: UInt64.self))
            let mask = specialMask(word)
            return mask == 0 ? bytes.count : bytes.count - 8 + mask.trailingZeroBitCount >> 3
        }
        while cursor < end {
            let byte = cursor.pointee
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return cursor - base }
            cursor += 1
        }
        return bytes.count
    }

    /// Copies bytes from `source` to `target` up to the first special byte (or `count` bytes) and returns how
    /// many that is.
    ///
    /// Sixteen bytes are copied at a time while looking, so a copied block may run past the special byte; the
    /// caller overwrites those bytes next. `target` must have room for `count` bytes: the block copy stops
    /// where fewer than sixteen are left.
    @inline(__always)
    static func copyUntilSpecial(
        from source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var index = 0
        while count &- index >= 16 {
            let first = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
            let second = UnsafeRawPointer(source + index + 8).loadUnaligned(as: UInt64.self)
            UnsafeMutableRawPointer(target + index).storeBytes(of: first, as: UInt64.self)
            UnsafeMutableRawPointer(target + index + 8).storeBytes(of: second, as: UInt64.self)
            let firstMask = specialMask(UInt64(littleEndian: first))
            let secondMask = specialMask(UInt64(littleEndian: second))
            if firstMask | secondMask != 0 {
                let run = firstMask != 0 ? firstMask.trailingZeroBitCount >> 3 : 8 + secondMask.trailingZeroBitCount >> 3
                return index &+ run
            }
            index &+= 16
        }
        if count &- index >= 8 {
            let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
            UnsafeMutableRawPointer(target + index).storeBytes(of: word, as: UInt64.self)
            let mask = specialMask(UInt64(littleEndian: word))
            if mask != 0 { return index &+ mask.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        if index < count && count >= 8 {
            // The last eight bytes at once (most strings a layer writes are under sixteen bytes long), overlapping
            // bytes already copied and found plain: those are written again unchanged and flag nothing, as in
            // `firstSpecial`.
            let last = UnsafeRawPointer(source + count - 8).loadUnaligned(as: UInt64.self)
            UnsafeMutableRawPointer(target + count - 8).storeBytes(of: last, as: UInt64.self)
            let mask = specialMask(UInt64(littleEndian: last))
            return mask == 0 ? count : count &- 8 &+ mask.trailingZeroBitCount >> 3
        }
        while index < count {
            let byte = source[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { break }
            target[index] = byte
            index &+= 1
        }
        return index
    }

    /// The high bit of each byte of `word` that is below 0x20, a quote or a backslash.
    ///
    /// Each of the three zero-byte tests can also flag a byte above a true hit (the borrow runs upwards), never
    /// one below it, so the lowest flagged byte is always a real special byte: the caller only uses that one.
    @inline(__always)
    static func specialMask(_ word: UInt64) -> UInt64 {
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
        let quote = word ^ 0x2222_2222_2222_2222
        let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let quoteZero = (quote &- ones) & ~quote & highs
        let backslashZero = (backslash &- ones) & ~backslash & highs
        return control | quoteZero | backslashZero
    }
}
