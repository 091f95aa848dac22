/// A single-byte code page: what each byte decodes to.
struct SingleByteCodePage: Sendable {
    /// The canonical encoding name.
    let name: String
    /// The Unicode scalar value of each byte; `0` where the code page leaves the byte undefined.
    let scalars: [UInt32]
    /// The UTF-8 form of each byte, packed little-endian in the low three bytes with the length in the top
    /// byte, so decoding is one load and one small copy per byte.
    let packedUTF8: [UInt32]

    init(name: String, upperHalf: String) {
        self.name = name
        var scalars = (0..<128).map { UInt32($0) }
        for scalar in upperHalf.unicodeScalars {
            scalars.append(scalar.value == 0xFFFD ? 0 : scalar.value)
        }
        precondition(scalars.count == 256, "code page \(name) must have 128 upper-half characters")
        self.scalars = scalars
        self.packedUTF8 = scalars.map { UTF8Output.pack($0 == 0 ? 0xFFFD : $0) }
    }

    /// Whether the code page defines the byte.
    func defines(_ byte: UInt8) -> Bool { scalars[Int(byte)] != 0 || byte == 0 }
}

/// The single-byte code pages, parsed once from the generated tables.
enum SingleByteTables {
    static let codePages: [String: SingleByteCodePage] = {
        var pages: [String: SingleByteCodePage] = [:]
        for (name, upperHalf) in upperHalves {
            pages[name] = SingleByteCodePage(name: name, upperHalf: upperHalf)
        }
        return pages
    }()
}
