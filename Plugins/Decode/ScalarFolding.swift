/// Case folding of BMP scalars as the generated models count them: a character stands for its lower-case
/// form when that is one scalar, and every Unicode space counts as a space.
enum ScalarFolding {
    /// Non-ASCII scalars that count as a space: Unicode's White_Space characters above 0x7F (a stable list;
    /// a test checks it against the character properties).
    static let whitespace: [UInt32] =
        [0x85, 0xA0, 0x1680] + Array(0x2000...0x200A) + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]

    /// Whether a non-ASCII scalar counts as a space.
    @inline(__always)
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The scalars that count as `folded`: itself, and its upper- and title-case forms when those lower-case
    /// back to it.
    static func scalars(foldingTo folded: UInt32) -> [UInt32] {
        // Most characters of the ideographic models have no case; the mappings below build strings.
        if isCaseless(folded) { return [folded] }
        guard let scalar = Unicode.Scalar(folded) else { return [folded] }
        guard scalar.properties.changesWhenUppercased || scalar.properties.changesWhenTitlecased else {
            return [folded]
        }
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

    /// Blocks without case: kana, CJK ideographs, Hangul syllables (a shortcut before the property lookups).
    @inline(__always)
    static func isCaseless(_ scalar: UInt32) -> Bool {
        (0x3040...0x9FFF).contains(scalar) || (0xAC00...0xD7A3).contains(scalar)
    }

    /// The scalar that `scalar` counts as: the inverse of `scalars(foldingTo:)`, so its lower-case form when
    /// `scalar` is that form's upper- or title-case, and otherwise itself.
    static func folded(_ scalar: UInt32) -> UInt32 {
        guard let value = Unicode.Scalar(scalar), value.properties.changesWhenLowercased else { return scalar }
        let lower = value.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let folded = lower.first, folded.value != scalar else { return scalar }
        let mappings = [folded.properties.uppercaseMapping, folded.properties.titlecaseMapping]
        return mappings.contains { $0.unicodeScalars.count == 1 && $0.unicodeScalars.first == value }
            ? folded.value : scalar
    }
}
