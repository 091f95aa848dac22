/// Case folding of BMP scalars as the generated models count them: a character stands for its lower-case
/// form when that is one scalar, and every Unicode space counts as a space.
enum ScalarFolding {
    /// For each folded (lower-case) scalar, the scalars that fold to it, itself included.
    private static let preimages: [UInt32: [UInt32]] = {
        var map: [UInt32: [UInt32]] = [:]
        for value in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let folded = lower.first { map[folded.value, default: []].append(value) }
        }
        return map
    }()

    /// Non-ASCII scalars that count as a space.
    static let whitespace: [UInt32] = (UInt32(0x80)..<0x3001).filter {
        Unicode.Scalar($0)?.properties.isWhitespace ?? false
    }

    /// The scalars that count as `folded`.
    static func scalars(foldingTo folded: UInt32) -> [UInt32] {
        [folded] + (preimages[folded] ?? [])
    }
}
