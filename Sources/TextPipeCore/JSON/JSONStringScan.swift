/// Finds the next byte a JSON string cannot hold literally (`"`, `\`, or a control character), sixteen bytes at a
/// time (eight in short strings): the parser and the writer spend most of their time skipping ordinary text.
enum JSONStringScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first special byte at or after `start`, or `bytes.count`.
    @inline(__always)
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        let end = base + bytes.count
        var cursor = base + start
        while end - cursor >= 16 {
            let found = specialIndex(UnsafeRawPointer(cursor).loadUnaligned(as: SIMD16<UInt8>.self))
            if found < 16 { return cursor - base + found }
            cursor += 16
        }
        if cursor < end && end - (base + start) >= 16 {
            // The last sixteen bytes, overlapping bytes from `start` on already found plain (the block flags
            // exactly the special bytes, so the lowest flag is the first special byte of the tail).
            let found = specialIndex(UnsafeRawPointer(end - 16).loadUnaligned(as: SIMD16<UInt8>.self))
            return found == 16 ? bytes.count : bytes.count - 16 + found
        }
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
    /// caller overwrites those bytes next. `target` must have room for `count` bytes: no block is copied past
    /// `count`.
    @inline(__always)
    static func copyUntilSpecial(
        from source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var index = 0
        if count >= 16 {
            while count &- index >= 16 {
                let block = UnsafeRawPointer(source + index).loadUnaligned(as: SIMD16<UInt8>.self)
                UnsafeMutableRawPointer(target + index).storeBytes(of: block, as: SIMD16<UInt8>.self)
                let found = specialIndex(block)
                if found < 16 { return index &+ found }
                index &+= 16
            }
            guard index < count else { return count }
            // The last sixteen bytes at once, overlapping bytes already copied and found plain: those are written
            // again unchanged and flag nothing.
            let last = UnsafeRawPointer(source + count - 16).loadUnaligned(as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(target + count - 16).storeBytes(of: last, as: SIMD16<UInt8>.self)
            return count &- 16 &+ specialIndex(last)
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
        return count < 8 ? copyShort(from: source, count: count, to: target) : index
    }

    /// `copyUntilSpecial` for fewer than eight bytes, without a loop: most strings of a layer item are that
    /// short (a kind, a currency code, "76%"). Four to seven bytes are read as their first four and last four,
    /// one to three as the first, middle and last byte; the overlap is copied twice and tested twice, and the
    /// lowest flag still marks the first special byte (a false flag only sits above a true one).
    @inline(__always)
    static func copyShort(
        from source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>
    ) -> Int {
        if count >= 4 {
            let first = UnsafeRawPointer(source).loadUnaligned(as: UInt32.self)
            let last = UnsafeRawPointer(source + count - 4).loadUnaligned(as: UInt32.self)
            UnsafeMutableRawPointer(target).storeBytes(of: first, as: UInt32.self)
            UnsafeMutableRawPointer(target + count - 4).storeBytes(of: last, as: UInt32.self)
            let word = UInt64(UInt32(littleEndian: first)) | UInt64(UInt32(littleEndian: last)) &<< 32
            let mask = specialMask(word)
            if mask == 0 { return count }
            let byte = mask.trailingZeroBitCount &>> 3
            return byte < 4 ? byte : count &- 8 &+ byte
        }
        guard count > 0 else { return 0 }
        let middle = count &>> 1
        let (first, second, last) = (source[0], source[middle], source[count &- 1])
        target[0] = first
        target[middle] = second
        target[count &- 1] = last
        // The unused bytes are "A": not special.
        let word = UInt64(first) | UInt64(second) &<< 8 | UInt64(last) &<< 16 | 0x4141_4141_4100_0000
        let mask = specialMask(word)
        if mask == 0 { return count }
        switch mask.trailingZeroBitCount &>> 3 {
        case 0: return 0
        case 1: return middle
        default: return count &- 1
        }
    }

    /// The index of the first byte of `block` that is below 0x20, a quote or a backslash, or 16 when none is.
    ///
    /// Three byte-wise vector comparisons (SSE2 on x86-64, NEON on ARM): twice as few instructions per byte as
    /// the word-wise test, and each flagged byte is a real hit, so the lowest flag's position is the answer.
    @inline(__always)
    static func specialIndex(_ block: SIMD16<UInt8>) -> Int {
        // The vectors' types spelled out: inferred, the generic lane-by-lane `.==` was chosen.
        let flags =
            (block .== SIMD16<UInt8>(repeating: 0x22)) .| (block .== SIMD16<UInt8>(repeating: 0x5C))
            .| ((block & SIMD16<UInt8>(repeating: 0xE0)) .== SIMD16<UInt8>.zero)
        // The mask's lanes are all ones where true: read as two words, reducing without the generic `any`.
        let words = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: words[0])
        let high = UInt64(littleEndian: words[1])
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        return high != 0 ? 8 + high.trailingZeroBitCount >> 3 : 16
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
