/// Case folding of BMP scalars as the generated models count them: a character stands for its lower-case
/// form when that is one scalar, and every Unicode space counts as a space.
enum ScalarFolding {
    /// Non-ASCII scalars that count as a space.
    static let whitespace: [UInt32] = (UInt32(0x80)..<0x3001).filter {
        Unicode.Scalar($0)?.properties.isWhitespace ?? false
    }

    /// The scalars that count as `folded`: itself, and its upper- and title-case forms when those lower-case
    /// back to it.
    static func scalars(foldingTo folded: UInt32) -> [UInt32] {
        guard let scalar = Unicode.Scalar(folded) else { return [folded] }
        var result = [folded]
        for mapping in [scalar.properties.uppercaseMapping, scalar.properties.titlecaseMapping] {
            let scalars = mapping.unicodeScalars
            guard scalars.count == 1, let other = scalars.first, other.value != folded,
                !result.contains(other.value)
            else { continue }
            let back = other.properties.lowercaseMapping.unicodeScalars
            if back.count == 1 && back.first?.value == folded { result.append(other.value) }
        }
        return result
    }
}
