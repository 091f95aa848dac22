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

    /// The tokens of UTF-8 text; offsets index `bytes`, which must be shorter than 4 GiB.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [NameToken] {
        precondition(bytes.count < Int(UInt32.max), "entity_tag takes texts under 4 GiB")
        // Tokens are written in place (`append` checked the array's uniqueness and capacity for every token),
        // into room for one token per four bytes: news prose has about one per five and a half. A text with more
        // (a table of digits and marks) is scanned again with room for one token per byte, the most there can be.
        let likely = bytes.count / 4 + 16
        var none = NoTokenObserver()
        let tokens = [NameToken](unsafeUninitializedCapacity: likely) { buffer, count in
            count = scan(bytes, into: buffer.baseAddress!, capacity: likely, observer: &none) ?? 0
        }
        if !tokens.isEmpty || bytes.isEmpty { return tokens }
        return [NameToken](unsafeUninitializedCapacity: bytes.count + 1) { buffer, count in
            count = scan(bytes, into: buffer.baseAddress!, capacity: bytes.count + 1, observer: &none)!
        }
    }

    /// Writes the tokens of `bytes` to `output` and returns how many there are, or `nil` when there are more
    /// than `capacity`. `observer` sees each token that fits before it is written.
    static func scan<Observer: TokenObserver>(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<NameToken>, capacity: Int,
        observer: inout Observer
    ) -> Int? {
        // The next token's place, and the end of the room (a pointer, not a count and a capacity: the loop
        // keeps one register fewer).
        var out = output
        let outEnd = output + capacity
        let n = bytes.count
        var i = 0
        var before: NameToken.Shape = [.spaceBefore, .lineBreakBefore]
        while i < n {
            let b = bytes[i]
            var token: NameToken
            if b < 0x80 {
                // ASCII first, by frequency: space, letters, then the rest.
                if b == 0x20 {
                    // The plain words after a space (after a mark, say), when nothing else is before.
                    if before.isEmpty {
                        let run = scanPlainWords(
                            bytes, from: i &+ 1, into: &out, output: output, end: outEnd, observer: &observer)
                        i = run.next
                        before = run.spaceBefore ? .spaceBefore : []
                        continue
                    }
                    before.insert(.spaceBefore)
                    i &+= 1
                    continue
                }
                if (b | 0x20) &- 0x61 < 26 {
                    let word = ASCIIWord(bytes, from: i)
                    let shape = word.shape
                    if word.isWhole {
                        // Most words: written here, without the checks below (a word is never empty or possessive).
                        guard out < outEnd else { return nil }
                        var token = NameToken(
                            start: i, end: word.end, key: word.key, headEnd: word.end, kind: .word,
                            shape: shape.union(before), mark: 0)
                        observer.see(&token, at: index(of: out, in: output))
                        out.initialize(to: token)
                        out += 1
                        // A space after the word, taken as the loop would take it, and the plain words after it.
                        let space = word.next == 0x20
                        before = space ? .spaceBefore : []
                        i = word.end &+ (space ? 1 : 0)
                        if space {
                            let run = scanPlainWords(
                                bytes, from: i, into: &out, output: output, end: outEnd, observer: &observer)
                            i = run.next
                            before = run.spaceBefore ? .spaceBefore : []
                        }
                        continue
                    }
                    token = scanWordRest(
                        bytes, start: i, at: word.end, shape: shape, key: word.keyBuilder, cases: word.cases,
                        letters: word.letters)
                } else if b &- 0x30 < 10 {
                    token = scanNumber(bytes, from: i)
                } else if b == 0x09 {
                    before.insert(.spaceBefore)
                    i &+= 1
                    continue
                } else if b >= 0x0A && b <= 0x0D {
                    before.formUnion([.spaceBefore, .lineBreakBefore])
                    observer.sawLineBreak()
                    i &+= 1
                    continue
                } else {
                    let symbol =
                        b == 0x24 || b == 0x25 || b == 0x2B || b == 0x3C || b == 0x3D || b == 0x3E || b == 0x5E
                        || b == 0x7C || b == 0x7E
                    token = NameToken(
                        start: i, end: i + 1, key: 0, headEnd: i + 1, kind: symbol ? .symbol : .punctuation,
                        shape: [], mark: b)
                }
            } else {
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
                        observer.sawLineBreak()
                        i += 3
                        continue
                    }
                }
                let letter = UTF8Letters.letterCase(bytes, i)
                if letter != .none {
                    let shape: NameToken.Shape = letter == .upper ? [.hasLetter, .capitalised] : .hasLetter
                    token = scanWordRest(
                        bytes, start: i, at: i, shape: shape, key: NameKey.Builder(), cases: 0, letters: 0)
                } else {
                    let end = min(n, i + UTF8Letters.scalarLength(b))
                    let symbol = b >= 0xF0 || (b == 0xE2 && i + 1 < n && bytes[i + 1] != 0x80)
                    token = NameToken(
                        start: i, end: end, key: 0, headEnd: end, kind: symbol ? .symbol : .punctuation,
                        shape: [], mark: b)
                }
            }
            token.shape.formUnion(before)
            before = []
            i = max(token.end, i + 1)
            if token.possessive { i = token.end + (bytes[token.end] == 0x27 ? 2 : 4) }
            guard out < outEnd else { return nil }
            observer.see(&token, at: index(of: out, in: output))
            out.initialize(to: token)
            out += 1
        }
        return out - output
    }

    /// The index of the token at `token` in the output from `output` (an unsigned division: `-` on pointers
    /// divides with the rounding of signed numbers).
    @inline(__always)
    static func index(of token: UnsafeMutablePointer<NameToken>, in output: UnsafeMutablePointer<NameToken>)
        -> Int
    {
        let bytes = UInt(bitPattern: UnsafeRawPointer(token) - UnsafeRawPointer(output))
        return Int(bitPattern: bytes / UInt(MemoryLayout<NameToken>.stride))
    }

    /// The rest of a word from `j`, with every rule: non-ASCII letters and combining marks, inner apostrophes
    /// and hyphens, "&" between capitals, the dots of an initialism, a possessive "'s".
    ///
    /// `bytes[start..<resume]` are ASCII letters and digits, already in `key`, with `letters` letters and the
    /// `cases` of ``ASCIIWord/cases``; `shape` may have their case flags (``ASCIIWord/shape``),
    /// which are worked out again at the end.
    @inline(never)
    private static func scanWordRest(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, at resume: Int, shape startShape: NameToken.Shape,
        key startKey: NameKey.Builder, cases startCases: UInt8, letters: Int
    ) -> NameToken {
        let n = bytes.count
        var j = resume
        var shape = startShape.subtracting([.allCaps, .lowercase])
        var key = startKey
        // Bit 0x20 set: a lower-case letter was seen; bit 0x40 set: an upper-case one.
        var cases = startCases
        // Letters since the last hyphen or initialism dot, and whether the last letter or digit was a capital.
        var segmentLetters = letters
        var previousUpper = resume > start && bytes[resume - 1] &- 0x41 < 26
        var headEnd = -1
        while j < n {
            let b = bytes[j]
            let folded = b | 0x20
            if folded &- 0x61 < 26 {
                let lower = b & 0x20
                cases |= lower | ((lower ^ 0x20) << 1)
                previousUpper = lower == 0
                segmentLetters &+= 1
                key.append(folded)
                j &+= 1
                continue
            }
            if b &- 0x30 < 10 {
                previousUpper = false
                key.append(b)
                j &+= 1
                continue
            }
            if b >= 0x80 {
                let letter = UTF8Letters.letterCase(bytes, j)
                if letter != .none || (b >= 0xCC && b <= 0xCD) {  // letters, and combining marks after them
                    if letter == .upper { cases |= 0x40 }
                    if letter == .lower { cases |= 0x20 }
                    previousUpper = letter == .upper
                    if letter != .none { segmentLetters += 1 }
                    let length = min(UTF8Letters.scalarLength(b), n - j)
                    if b == 0xC3, length == 2 {
                        var c = bytes[j + 1]
                        if c >= 0x80 && c <= 0x9E && c != 0x97 { c += 0x20 }
                        key.append(b)
                        key.append(c)
                    } else {
                        for k in j..<j + length { key.append(bytes[k]) }
                    }
                    j += length
                    continue
                }
                guard b == 0xE2, j + 3 < n, bytes[j + 1] == 0x80 else { break }
                let c = bytes[j + 2]
                if c == 0x99, UTF8Letters.isAlphanumeric(bytes, j + 3) {  // ’ inside a word
                    if isPossessive(bytes, after: j + 3) {
                        return word(start, j, key.key, shape, cases, headEnd, possessive: true)
                    }
                    shape.insert(.hasApostrophe)
                    key.append(0x27)
                    j += 3
                    continue
                }
                if c == 0x90 || c == 0x91, UTF8Letters.isAlphanumeric(bytes, j + 3) {
                    shape.insert(.hasHyphen)
                    if headEnd < 0 { headEnd = j }
                    key.append(0x2D)
                    segmentLetters = 0
                    j += 3
                    continue
                }
                break
            }
            if b == 0x27, UTF8Letters.isAlphanumeric(bytes, j + 1) {
                if isPossessive(bytes, after: j + 1) {
                    return word(start, j, key.key, shape, cases, headEnd, possessive: true)
                }
                shape.insert(.hasApostrophe)
                key.append(b)
                j += 1
                continue
            }
            if b == 0x2D, UTF8Letters.isAlphanumeric(bytes, j + 1) {
                shape.insert(.hasHyphen)
                if headEnd < 0 { headEnd = j }
                key.append(b)
                segmentLetters = 0
                j += 1
                continue
            }
            if b == 0x26, previousUpper, j + 1 < n, UTF8Letters.letterCase(bytes, j + 1) == .upper {
                key.append(b)
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
                    key.append(b)
                    j += 1
                    continue
                }
                if shape.contains(.hasPeriod), segmentLetters == 1 {
                    key.append(b)
                    j += 1
                }
            }
            break
        }
        return word(start, j, key.key, shape, cases, headEnd, possessive: false)
    }

    /// Whether "s" or "S" at `i` ends the word: the apostrophe before it starts a possessive.
    @inline(__always)
    private static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        guard i < bytes.count, bytes[i] | 0x20 == 0x73 else { return false }
        return !UTF8Letters.isAlphanumeric(bytes, i + 1)
    }

    /// The finished word; `cases` has bit 0x20 for a lower-case letter and 0x40 for an upper-case one.
    @inline(__always)
    private static func word(
        _ start: Int, _ end: Int, _ key: UInt64, _ shape: NameToken.Shape, _ cases: UInt8, _ headEnd: Int,
        possessive: Bool
    ) -> NameToken {
        var shape = shape
        if cases == 0x40 { shape.insert(.allCaps) }
        if cases == 0x20 { shape.insert(.lowercase) }
        return NameToken(
            start: start, end: end, key: key, headEnd: headEnd < 0 ? end : headEnd, kind: .word, shape: shape,
            mark: 0, possessive: possessive)
    }

    /// A number from `start` (a digit): digit groups ("1,200.5") and the letters glued to them ("42nd"), hashed
    /// as they are scanned (as ``NameKey/of(_:_:_:)`` would hash the token's bytes).
    static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> NameToken {
        let n = bytes.count
        var hasLetter = false
        var hasSeparator = false
        var key = NameKey.Builder()
        var j = start
        while j < n {
            let b = bytes[j]
            if b &- 0x30 < 10 {
                key.append(b)
                j &+= 1
                continue
            }
            if b == 0x2C || b == 0x2E, !hasLetter, j + 1 < n, bytes[j + 1] &- 0x30 < 10 {
                hasSeparator = true
                key.append(b)
                j &+= 1
                continue
            }
            if UTF8Letters.letterCase(bytes, j) != .none {
                hasLetter = true
                let length = min(UTF8Letters.scalarLength(b), n - j)
                if b < 0x80 {
                    key.append(b | 0x20)  // a letter: capitals folded
                } else if b == 0xC3 && length == 2 {
                    var c = bytes[j + 1]
                    if c >= 0x80 && c <= 0x9E && c != 0x97 { c += 0x20 }  // À..Þ -> à..þ
                    key.append(b)
                    key.append(c)
                } else {
                    for k in j..<j + length { key.append(bytes[k]) }
                }
                j += length
                continue
            }
            break
        }
        let shape: NameToken.Shape = hasLetter || hasSeparator ? [] : .allDigits
        return NameToken(start: start, end: j, key: key.key, headEnd: j, kind: .number, shape: shape, mark: 0)
    }
}
