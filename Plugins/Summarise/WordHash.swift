/// A 64-bit FNV-1a hash of a word's lower-cased bytes: how the summariser compares words without making strings.
///
/// Collisions between the few hundred distinct words of an article are vanishingly rare (about n²/2⁶⁵), and a
/// collision would only merge two words' counts.
struct WordHash: Hashable, Sendable {
    let value: UInt64

    /// The hash of bytes already in lower case.
    init(lowercasedASCII bytes: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        value = hash
    }

    /// The hash of `bytes[range]`, lower-casing ASCII letters on the way.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            var byte = bytes[index]
            if byte &- 0x41 < 26 { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        value = hash
    }
}
