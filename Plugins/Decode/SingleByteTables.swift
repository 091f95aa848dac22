/// A single-byte code page: what each byte decodes to.
struct SingleByteCodePage: Sendable {
    /// The canonical encoding name.
    let name: String
    /// The Unicode scalar value of each byte; `0` where the code page leaves the byte undefined.
    let scalars: [UInt32]
    /// The UTF-8 form of each byte (`UTF8Output.pack`), so decoding is one load and one small copy per byte;
    /// an undefined byte is U+FFFD with `UTF8Output.undefinedFlag` set.
    let packedUTF8: [UInt32]

    init(name: String, upperHalf: String) {
        self.name = name
        var scalars = (0..<128).map { UInt32($0) }
        for scalar in upperHalf.unicodeScalars {
            scalars.append(scalar.value == 0xFFFD ? 0 : scalar.value)
        }
        precondition(scalars.count == 256, "code page \(name) must have 128 upper-half characters")
        self.scalars = scalars
        self.packedUTF8 = scalars.enumerated().map { byte, scalar in
            scalar == 0 && byte != 0 ? UTF8Output.pack(0xFFFD) | UTF8Output.undefinedFlag : UTF8Output.pack(scalar)
        }
    }

    /// Whether the code page defines the byte.
    func defines(_ byte: UInt8) -> Bool { scalars[Int(byte)] != 0 || byte == 0 }

    /// Decodes all of `bytes` into `output`, undefined bytes as U+FFFD.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout UTF8Output) {
        guard output.tracksAlignment else {
            decodeUnmapped(bytes, into: &output)
            return
        }
        for byte in bytes {
            let packed = packedUTF8[Int(byte)]
            if packed & UTF8Output.undefinedFlag != 0 {
                output.appendReplacement(sourceCount: 1)
            } else if byte < 0x80 {
                output.appendASCII(byte)
            } else {
                output.appendPacked(packed, sourceCount: 1)
            }
        }
    }

    /// Decodes without an offset map, straight into a buffer: eight ASCII bytes are copied at a time, and every
    /// other byte is one table load and one four-byte store, the cursor moving by the real length.
    private func decodeUnmapped(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout UTF8Output) {
        guard let source = bytes.baseAddress else { return }
        var undefined: UInt32 = 0
        let decoded = packedUTF8.withUnsafeBufferPointer { packed in
            [UInt8](unsafeUninitializedCapacity: bytes.count * 3 + 1) { buffer, count in
                let target = buffer.baseAddress!
                var cursor = 0
                var index = 0
                @inline(__always) func decodeOne() {
                    let value = packed[Int(source[index])]
                    cursor += UTF8Output.store(value, into: target, at: cursor)
                    undefined &+= value >> 31
                    index += 1
                }
                while index + 8 <= bytes.count {
                    if UTF8Output.copyASCIIWord(from: source + index, to: target + cursor) {
                        cursor += 8
                        index += 8
                        continue
                    }
                    for _ in 0..<8 { decodeOne() }
                }
                while index < bytes.count { decodeOne() }
                count = cursor
            }
        }
        output.appendUnmapped(decoded, replacements: Int(undefined), replacedBytes: Int(undefined))
    }
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
