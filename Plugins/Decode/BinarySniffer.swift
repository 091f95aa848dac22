#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recognises input that is not text: known file signatures, NUL bytes, or many control characters.
enum BinarySniffer {
    /// File signatures and what they are.
    static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        ([0x1F, 0x8B], "GZIP archive"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF87a".utf8), "GIF image"),
        (Array("GIF89a".utf8), "GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Microsoft Office document"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "XZ archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "Zstandard archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"),
        (Array("Rar!".utf8) + [0x1A, 0x07], "RAR archive"),
        (Array("SQLite format 3".utf8) + [0], "SQLite database"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "Java class or Mach-O binary"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O binary"),
        ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
        (Array("OggS".utf8), "Ogg media"),
        (Array("ID3".utf8), "MP3 audio"),
    ]

    /// Why the bytes are not text (for the error message), or `nil` when they may be text.
    static func reason(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for signature in signatures where bytes.count >= signature.bytes.count {
            if zip(bytes, signature.bytes).allSatisfy({ $0 == $1 }) { return signature.kind }
        }
        if bytes.count >= 12 && bytes[0] == 0x52 && bytes[1] == 0x49 && bytes[2] == 0x46 && bytes[3] == 0x46 {
            return "RIFF media (WAV, AVI or WebP)"
        }
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil { return "contains NUL bytes" }
        // Controls other than tab, line breaks, form feed, escape (ISO-2022) and shift out/in (ISO-2022-KR).
        let sample = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, 8192)])
        let controls = countControls(sample)
        if controls > 8 && controls * 20 > sample.count { return "many control bytes" }
        return nil
    }

    /// How many bytes of `sample` are controls that text does not use. Eight bytes at a time: a word without a
    /// byte below 0x20 (most of them, as only line ends are) is skipped whole.
    private static func countControls(_ sample: UnsafeBufferPointer<UInt8>) -> Int {
        var controls = 0
        @inline(__always) func count(_ byte: UInt8) {
            switch byte {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x1A, 0x1B: break
            case ..<0x20: controls += 1
            default: break
            }
        }
        var index = 0
        if let base = sample.baseAddress {
            let low: UInt64 = 0x2020_2020_2020_2020
            let high: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= sample.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // Flags every byte below 0x20 (and, through borrows, sometimes a neighbour: those are counted
                // byte by byte anyway).
                if (word &- low) & ~word & high != 0 {
                    for offset in 0..<8 { count(base[index + offset]) }
                }
                index += 8
            }
        }
        while index < sample.count {
            count(sample[index])
            index += 1
        }
        return controls
    }
}
