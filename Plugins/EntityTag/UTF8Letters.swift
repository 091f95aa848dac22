/// Letter classes and case straight from UTF-8 bytes, for ``NameTokenizer``.
enum UTF8Letters {
    enum Case { case none, upper, lower, caseless }

    /// The bytes of the scalar a lead byte starts.
    @inline(__always)
    static func scalarLength(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Whether the scalar at `i` is a letter, and its case; `.none` for anything else.
    @inline(__always)
    static func letterCase(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Case {
        let b = bytes[i]
        if b < 0x80 {
            if b >= 0x41 && b <= 0x5A { return .upper }
            if b >= 0x61 && b <= 0x7A { return .lower }
            return .none
        }
        guard i + 1 < bytes.count else { return .none }
        let c = bytes[i + 1]
        switch b {
        case 0xC3:
            if c == 0x97 || c == 0xB7 { return .none }  // × ÷
            return c < 0x9F ? .upper : .lower
        case 0xC4, 0xC5:
            // Latin Extended-A: capitals at even code points, except two runs where they are odd.
            let scalar = (Int(b & 0x1F) << 6) | Int(c & 0x3F)
            let oddUpper = (0x139...0x148).contains(scalar) || (0x179...0x17E).contains(scalar)
            return (scalar & 1 == 1) == oddUpper ? .upper : .lower
        case 0xCE:
            if c >= 0x91 && c <= 0xA9 { return .upper }
            return c >= 0xAC ? .lower : .caseless
        case 0xCF, 0xD1:
            return .lower
        case 0xD0:
            return c <= 0xAF ? .upper : .lower
        case 0xC6...0xCB, 0xD2...0xDF:
            return .caseless
        case 0xE3...0xED:
            return .caseless  // CJK, Hangul and other scripts without case
        default:
            return .none  // C2 symbols, CC/CD combining marks, E2 punctuation, EE/EF private use and forms, emoji
        }
    }

    /// Whether the byte at `j` starts a letter or a digit.
    @inline(__always)
    static func isAlphanumeric(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard j < bytes.count else { return false }
        let b = bytes[j]
        return (b >= 0x30 && b <= 0x39) || letterCase(bytes, j) != .none
    }
}
