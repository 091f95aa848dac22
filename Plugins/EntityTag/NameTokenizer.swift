/// Splits UTF-8 text into ``NameToken``s and hashes each word as it goes.
///
/// The rules are the shared `TextPipeText.Tokenizer`'s: a word runs over letters and digits and joins across
/// an inner apostrophe, hyphen, `&` between capitals or the dots of an initialism ("U.S."); a number takes
/// digit groups and glued letters; anything else is a one-scalar mark. A possessive "'s" is split off the
/// word. Letter case comes from the UTF-8 bytes directly: ASCII, Latin-1, Latin Extended-A, Greek and
/// Cyrillic capitals are known, other scripts count as letters without case. This scanner exists because the
/// tagger tokenizes every document: hashing in the same pass made the stage about 1.4 times faster.
enum NameTokenizer {
    /// The tokens of a whole string (gazetteer entries, tests).
    static func tokens(in text: String) -> [NameToken] {
        var copy = text
        return copy.withUTF8 { tokens(in: $0) }
    }

    /// The tokens of UTF-8 text; offsets index `bytes`.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [NameToken] {
        var result: [NameToken] = []
        result.reserveCapacity(bytes.count / 4 + 1)
        let n = bytes.count
        var i = 0
        var before: NameToken.Shape = [.spaceBefore, .lineBreakBefore]
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 {
                before.insert(.spaceBefore)
                i += 1
                continue
            }
            if b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                before.formUnion([.spaceBefore, .lineBreakBefore])
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {  // no-break space
                before.insert(.spaceBefore)
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c <= 0x8B || c == 0xAF {  // U+2000...U+200B, U+202F: spaces
                    before.insert(.spaceBefore)
                    i += 3
                    continue
                }
                if c == 0xA8 || c == 0xA9 {  // line and paragraph separators
                    before.formUnion([.spaceBefore, .lineBreakBefore])
                    i += 3
                    continue
                }
            }
            var token: NameToken
            if UTF8Letters.letterCase(bytes, i) != .none {
                token = scanWord(bytes, from: i)
            } else if b >= 0x30 && b <= 0x39 {
                token = scanNumber(bytes, from: i)
            } else {
                let end = min(n, i + UTF8Letters.scalarLength(b))
                let symbol =
                    b == 0x24 || b == 0x25 || b == 0x2B || b == 0x3C || b == 0x3D || b == 0x3E || b == 0x5E
                    || b == 0x7C || b == 0x7E || b >= 0xF0 || (b == 0xE2 && i + 1 < n && bytes[i + 1] != 0x80)
                token = NameToken(
                    start: i, end: end, key: 0, headEnd: end, headKey: 0, kind: symbol ? .symbol : .punctuation,
                    shape: [], mark: b)
            }
            token.shape.formUnion(before)
            before = []
            i = max(token.end, i + 1)
            if token.possessive { i = token.end + (bytes[token.end] == 0x27 ? 2 : 4) }
            result.append(token)
        }
        return result
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// A word from `start`, hashed with ``NameKey``'s folding as it is scanned.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> NameToken {
        let n = bytes.count
        var shape: NameToken.Shape = .hasLetter
        var sawUpper = false
        var sawLower = false
        if UTF8Letters.letterCase(bytes, start) == .upper { shape.insert(.capitalised) }
        var hash = NameKey.empty
        var headEnd = -1
        var headKey: UInt64 = 0
        var segmentLetters = 0
        var previousUpper = false
        var j = start
        while j < n {
            let b = bytes[j]
            if b >= 0x61 && b <= 0x7A {
                sawLower = true
                previousUpper = false
                segmentLetters += 1
                hash = mix(hash, b)
                j += 1
                continue
            }
            if b >= 0x41 && b <= 0x5A {
                sawUpper = true
                previousUpper = true
                segmentLetters += 1
                hash = mix(hash, b | 0x20)
                j += 1
                continue
            }
            if b >= 0x30 && b <= 0x39 {
                previousUpper = false
                hash = mix(hash, b)
                j += 1
                continue
            }
            if b >= 0x80 {
                let letter = UTF8Letters.letterCase(bytes, j)
                if letter != .none || (b >= 0xCC && b <= 0xCD) {  // letters, and combining marks after them
                    if letter == .upper { sawUpper = true }
                    if letter == .lower { sawLower = true }
                    previousUpper = letter == .upper
                    if letter != .none { segmentLetters += 1 }
                    let length = min(UTF8Letters.scalarLength(b), n - j)
                    if b == 0xC3, length == 2 {
                        var c = bytes[j + 1]
                        if c >= 0x80 && c <= 0x9E && c != 0x97 { c += 0x20 }
                        hash = mix(mix(hash, b), c)
                    } else {
                        for k in j..<j + length { hash = mix(hash, bytes[k]) }
                    }
                    j += length
                    continue
                }
                guard b == 0xE2, j + 3 < n, bytes[j + 1] == 0x80 else { break }
                let c = bytes[j + 2]
                if c == 0x99, UTF8Letters.isAlphanumeric(bytes, j + 3) {  // ’ inside a word
                    if isPossessive(bytes, after: j + 3) {
                        return word(start, j, hash, shape, sawUpper, sawLower, headEnd, headKey, possessive: true)
                    }
                    shape.insert(.hasApostrophe)
                    hash = mix(hash, 0x27)
                    j += 3
                    continue
                }
                if c == 0x90 || c == 0x91, UTF8Letters.isAlphanumeric(bytes, j + 3) {
                    shape.insert(.hasHyphen)
                    if headEnd < 0 { (headEnd, headKey) = (j, hash) }
                    hash = mix(hash, 0x2D)
                    segmentLetters = 0
                    j += 3
                    continue
                }
                break
            }
            if b == 0x27, UTF8Letters.isAlphanumeric(bytes, j + 1) {
                if isPossessive(bytes, after: j + 1) {
                    return word(start, j, hash, shape, sawUpper, sawLower, headEnd, headKey, possessive: true)
                }
                shape.insert(.hasApostrophe)
                hash = mix(hash, b)
                j += 1
                continue
            }
            if b == 0x2D, UTF8Letters.isAlphanumeric(bytes, j + 1) {
                shape.insert(.hasHyphen)
                if headEnd < 0 { (headEnd, headKey) = (j, hash) }
                hash = mix(hash, b)
                segmentLetters = 0
                j += 1
                continue
            }
            if b == 0x26, previousUpper, j + 1 < n, UTF8Letters.letterCase(bytes, j + 1) == .upper {
                hash = mix(hash, b)
                j += 1
                continue
            }
            if b == 0x2E {
                // "U.S.": single letters joined by dots, and the final dot of such an initialism.
                if segmentLetters == 1, j + 2 < n, UTF8Letters.letterCase(bytes, j + 1) != .none,
                    bytes[j + 2] == 0x2E
                {
                    shape.insert(.hasPeriod)
                    segmentLetters = 0
                    hash = mix(hash, b)
                    j += 1
                    continue
                }
                if shape.contains(.hasPeriod), segmentLetters == 1 {
                    hash = mix(hash, b)
                    j += 1
                }
            }
            break
        }
        return word(start, j, hash, shape, sawUpper, sawLower, headEnd, headKey, possessive: false)
    }

    /// Whether "s" or "S" at `i` ends the word: the apostrophe before it starts a possessive.
    @inline(__always)
    private static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        guard i < bytes.count, bytes[i] | 0x20 == 0x73 else { return false }
        return !UTF8Letters.isAlphanumeric(bytes, i + 1)
    }

    @inline(__always)
    private static func word(
        _ start: Int, _ end: Int, _ hash: UInt64, _ shape: NameToken.Shape, _ sawUpper: Bool, _ sawLower: Bool,
        _ headEnd: Int, _ headKey: UInt64, possessive: Bool
    ) -> NameToken {
        var shape = shape
        if sawUpper && !sawLower { shape.insert(.allCaps) }
        if sawLower && !sawUpper { shape.insert(.lowercase) }
        return NameToken(
            start: start, end: end, key: hash, headEnd: headEnd < 0 ? end : headEnd,
            headKey: headEnd < 0 ? hash : headKey, kind: .word, shape: shape, mark: 0, possessive: possessive)
    }

    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> NameToken {
        let n = bytes.count
        var hasLetter = false
        var hasSeparator = false
        var j = start
        while j < n {
            let b = bytes[j]
            if b >= 0x30 && b <= 0x39 {
                j += 1
                continue
            }
            if b == 0x2C || b == 0x2E, !hasLetter, j + 1 < n, bytes[j + 1] >= 0x30, bytes[j + 1] <= 0x39 {
                hasSeparator = true
                j += 1
                continue
            }
            if UTF8Letters.letterCase(bytes, j) != .none {
                hasLetter = true
                j += min(UTF8Letters.scalarLength(b), n - j)
                continue
            }
            break
        }
        let key = NameKey.of(bytes, start, j)
        let shape: NameToken.Shape = hasLetter || hasSeparator ? [] : .allDigits
        return NameToken(start: start, end: j, key: key, headEnd: j, headKey: key, kind: .number, shape: shape, mark: 0)
    }
}
