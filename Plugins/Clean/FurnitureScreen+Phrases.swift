import Foundation

/// The phrase loop of ``FurnitureScreen``: copyright phrases, "@", and the characters that lowercase or
/// normalise to ASCII, found by a few rare bytes.
extension FurnitureScreen {
    /// The phrase loop: `false` when the line holds a copyright phrase or a character that lowercases or
    /// normalises to ASCII, `nil` otherwise; sets `hasAt` when it passes an "@".
    static func phraseOrTrap(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, hasAt: inout Bool) -> Bool? {
        let start = line.lowerBound
        let end = line.upperBound
        let allRightsReserved = allRightsReserved
        let unauthorizedReproduction = unauthorizedReproduction
        let redistributionProhibited = redistributionProhibited
        let noReproduction = noReproduction
        // Only a few bytes need a look: the phrases are found by a rare letter inside them (the "g" of "all
        // rights reserved", the "z" of "unauthorized reproduction", the "b" of "redistribution prohibited").
        let found: Bool? = interestingBytes.withUnsafeBufferPointer { interesting in
            /// The byte at `index`: `false` for a phrase or a trap, and `hasAt` for an "@".
            func look(at index: Int) -> Bool? {
                let byte = bytes[index]
                guard interesting[Int(byte)] else { return nil }
                switch byte {
                case UInt8(ascii: "@"): hasAt = true
                case UInt8(ascii: "g"), UInt8(ascii: "G"):
                    if index - 6 >= start && LineBytes.hasKeyword(bytes, at: index - 6, end: end, allRightsReserved) {
                        return false
                    }
                case UInt8(ascii: "z"), UInt8(ascii: "Z"):
                    if index - 9 >= start
                        && LineBytes.hasKeyword(bytes, at: index - 9, end: end, unauthorizedReproduction)
                    {
                        return false
                    }
                case UInt8(ascii: "b"), UInt8(ascii: "B"):
                    if index - 8 >= start
                        && LineBytes.hasKeyword(bytes, at: index - 8, end: end, redistributionProhibited)
                    {
                        return false
                    }
                case 0xEB:
                    if LineBytes.hasKeyword(bytes, at: index, end: end, noReproduction) { return false }
                default:
                    if index + 1 < end && isCaseOrCanonicalTrap(byte, bytes[index + 1]) { return false }
                }
                return nil
            }
            var index = start
            // Eight bytes at a time: most words of eight hold none of the bytes, and in one that may, only the
            // bytes an exact mask flags are looked at.
            while index + 8 <= end {
                let pointer = bytes.baseAddress! + index
                if mayHoldInterestingByte(UnsafeRawPointer(pointer)) {
                    var candidates = interestingByteMask(ByteWord.load(pointer))
                    while candidates != 0 {
                        if let answer = look(at: index + ByteWord.firstOffset(candidates)) { return answer }
                        candidates &= candidates &- 1
                    }
                }
                index += 8
            }
            while index < end {
                if let answer = look(at: index) { return answer }
                index += 1
            }
            return nil
        }
        return found
    }

    /// Whether eight bytes may hold one of ``interestingBytes``: never false for one that does, so the phrase
    /// loop can step over the rest eight at a time. Non-ASCII bytes always answer true; letters are compared
    /// with case folded in (`| 0x20`), which also lets a few punctuation bytes through.
    @inline(__always)
    private static func mayHoldInterestingByte(_ pointer: UnsafeRawPointer) -> Bool {
        let word = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
        let highs: UInt64 = 0x8080_8080_8080_8080
        if word & highs != 0 { return true }
        let folded = word | 0x2020_2020_2020_2020
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- 0x0101_0101_0101_0101) & ~x & highs != 0 }
        return hasZeroByte(folded ^ 0x6767_6767_6767_6767)  // g G
            || hasZeroByte(folded ^ 0x7A7A_7A7A_7A7A_7A7A)  // z Z
            || hasZeroByte(folded ^ 0x6262_6262_6262_6262)  // b B
            || hasZeroByte(folded ^ 0x6060_6060_6060_6060)  // @
    }

    /// The bytes of a word of eight that may be ``interestingBytes``: each non-ASCII byte and each byte that
    /// is one of the letters or "@" once ASCII case is folded (`| 0x20`, which lets "`" in with "@").
    @inline(__always)
    private static func interestingByteMask(_ word: UInt64) -> UInt64 {
        let folded = word | 0x2020_2020_2020_2020
        return (word & ByteWord.highBits) | ByteWord.equal(folded, 0x6767_6767_6767_6767)
            | ByteWord.equal(folded, 0x7A7A_7A7A_7A7A_7A7A) | ByteWord.equal(folded, 0x6262_6262_6262_6262)
            | ByteWord.equal(folded, 0x6060_6060_6060_6060)
    }

    /// The byte values that the phrase loop of ``isSurelyText(_:_:)`` looks at.
    private static let interestingBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in Array("@gGzZbB".utf8) + [0xEB, 0xC4, 0xCD, 0xE1, 0xE2] { table[Int(byte)] = true }
        return table
    }()
    private static let allRightsReserved = Array("all rights reserved".utf8)
    private static let unauthorizedReproduction = Array("unauthorized reproduction".utf8)
    private static let redistributionProhibited = Array("redistribution prohibited".utf8)
    private static let noReproduction = Array("\u{BB34}\u{B2E8}\u{C804}\u{C7AC}".utf8)  // 무단전재

    /// İ (lower case i + dot), the Kelvin sign and other letterlike symbols, the Greek question mark (`;`)
    /// and Greek varia (`` ` ``): characters that match ASCII once lowercased or compared canonically.
    @inline(__always)
    private static func isCaseOrCanonicalTrap(_ lead: UInt8, _ second: UInt8) -> Bool {
        switch lead {
        case 0xC4: return second == 0xB0
        case 0xCD: return second == 0xBE
        case 0xE1: return second == 0xBF
        case 0xE2: return second == 0x84
        default: return false
        }
    }
}
