/// A stable 64-bit FNV-1a hash, printed as hex: the same bytes give the same hash in every run and on every
/// machine (unlike `Hasher`, which is seeded per process). Used to tell whether an input or a pipeline changed.
public enum ContentHash {
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func hex(of text: String) -> String { hex(of: text.utf8) }

    /// The hash of a document's input: its raw bytes if it has them, else its text.
    public static func input(of document: Document) -> String {
        if let bytes = document.bytes { return hex(of: bytes) }
        return hex(of: document.text.utf8)
    }
}
