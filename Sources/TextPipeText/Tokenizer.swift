/// Splits UTF-8 text into words, numbers, punctuation and symbols, with byte offsets and shape flags.
///
/// The rules are few and language-independent:
/// - a word is a run of letters, digits and combining marks, joined across an inner apostrophe (`don't`),
///   hyphen (`Bailey-Ross`), ampersand between capitals (`AT&T`) and the dots of initialisms (`U.S.`, `a.m.`);
/// - a number starts with a digit and runs over digits, decimal points, thousands separators (`55,000`) and
///   letters glued to it (`3rd`, `1980s`);
/// - punctuation is one mark, or a run of one repeated ASCII mark (`...`, `!!`, `--`);
/// - anything else that is not white space is a one-scalar symbol.
///
/// It scans bytes with an ASCII fast path and keeps no state, so one instance can be shared across threads.
///
/// ```swift
/// for token in Tokenizer().tokens(in: "Zelenskyy's 55,000 U.S. troops") {
///     print(token.kind, token.text(in: text), token.shape.contains(.capitalised))
/// }
/// ```
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of a string.
    public func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.utf8.count / 5)
        var copy = text
        copy.withUTF8 { buffer in
            forEachToken(in: buffer) { result.append($0) }
        }
        return result
    }

    /// Calls `body` with each token of UTF-8 text, in order.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text; offsets in the tokens index this buffer.
    ///   - body: Called once per token.
    public func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) throws -> Void) rethrows {
        let n = bytes.count
        var i = 0
        var before: TokenShape = [.spaceBefore, .paragraphBefore]
        var lineBreaks = 0
        while i < n {
            let (c, length) = Self.classify(bytes, i)
            if c.contains(.space) || c.contains(.lineBreak) {
                before.insert(.spaceBefore)
                if c.contains(.lineBreak) {
                    let b = bytes[i]
                    // Count "\r\n" once.
                    if !(b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) { lineBreaks += 1 }
                }
                i += length
                continue
            }
            if lineBreaks > 0 { before.insert(.lineBreakBefore) }
            if lineBreaks > 1 { before.insert(.paragraphBefore) }
            var token: Token
            if c.contains(.letter) || c.contains(.mark) {
                token = scanWord(bytes, from: i, first: c, firstLength: length)
            } else if c.contains(.digit) {
                token = scanNumber(bytes, from: i, firstLength: length)
            } else {
                token = scanMark(bytes, from: i, first: c, firstLength: length)
            }
            token.shape.formUnion(before)
            i = token.end
            before = []
            lineBreaks = 0
            try body(token)
        }
    }

    /// The class and byte length of the scalar at `i`.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Int) {
        let b = bytes[i]
        if b < 0x80 { return (CharClass.of(ascii: b), 1) }
        let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
        return (CharClass.nonASCII(scalar), length)
    }

    private func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: CharClass, firstLength: Int)
        -> Token
    {
        let n = bytes.count
        var shape = TokenShape.hasLetter
        var sawUpper = first.contains(.upper)
        var sawLower = first.contains(.lower)
        if sawUpper { shape.insert(.capitalised) }
        if bytes[start] >= 0x80 { shape.insert(.nonASCII) }
        var j = start + firstLength
        var segmentLetters = first.contains(.letter) ? 1 : 0  // letters since the last inner dot
        var previous = first
        while j < n {
            // Fast path: runs of ASCII letters.
            let ascii = bytes[j]
            if ascii &- 0x61 < 26 || ascii &- 0x41 < 26 {
                if ascii < 0x61 {
                    sawUpper = true
                    previous = .upper
                } else {
                    sawLower = true
                    previous = .lower
                }
                segmentLetters += 1
                j += 1
                continue
            }
            let (c, length) = Self.classify(bytes, j)
            if c.contains(.letter) || c.contains(.digit) || c.contains(.mark) {
                if c.contains(.upper) { sawUpper = true }
                if c.contains(.lower) { sawLower = true }
                if c.contains(.digit) { shape.insert(.hasDigit) }
                if c.contains(.letter) { segmentLetters += 1 }
                if bytes[j] >= 0x80 { shape.insert(.nonASCII) }
                previous = c
                j += length
                continue
            }
            guard j + length < n else {
                if bytes[j] == UInt8(ascii: "."), shape.contains(.hasPeriod), segmentLetters == 1 { j += 1 }
                break
            }
            let (next, nextLength) = Self.classify(bytes, j + length)
            let b = bytes[j]
            if c.contains(.apostrophe), next.contains(.letter) {
                shape.insert(.hasApostrophe)
            } else if b == UInt8(ascii: "-") || isHyphen(bytes, j), next.contains(.letter) || next.contains(.digit) {
                shape.insert(.hasHyphen)
            } else if b == UInt8(ascii: "&"), previous.contains(.upper), next.contains(.upper) {
                shape.insert(.hasAmpersand)
            } else if b == UInt8(ascii: "."), segmentLetters == 1, next.contains(.letter),
                j + length + nextLength < n, bytes[j + length + nextLength] == UInt8(ascii: ".")
            {
                shape.insert(.hasPeriod)
                segmentLetters = 0
            } else {
                // The final dot of an initialism belongs to it: "U.S." but not "Smith.".
                if b == UInt8(ascii: "."), shape.contains(.hasPeriod), segmentLetters == 1 { j += 1 }
                break
            }
            j += length
        }
        if sawUpper && !sawLower { shape.insert(.allCaps) }
        if sawLower && !sawUpper { shape.insert(.lowercase) }
        return Token(start: start, end: j, kind: .word, shape: shape)
    }

    /// Whether the dash at `j` is U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN (which join words).
    private func isHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        j + 2 < bytes.count && bytes[j] == 0xE2 && bytes[j + 1] == 0x80
            && (bytes[j + 2] == 0x90 || bytes[j + 2] == 0x91)
    }

    private func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLength: Int) -> Token {
        let n = bytes.count
        var shape: TokenShape = .hasDigit
        var sawUpper = false
        var sawLower = false
        if bytes[start] >= 0x80 { shape.insert(.nonASCII) }
        var j = start + firstLength
        while j < n {
            let b = bytes[j]
            if b.isASCIIDigit {
                j += 1
                continue
            }
            if b == UInt8(ascii: ","), !shape.contains(.hasPeriod), !shape.contains(.hasLetter),
                Self.isDigitGroup(bytes, j + 1)
            {
                shape.insert(.hasComma)
                j += 4
                continue
            }
            if b == UInt8(ascii: "."), !shape.contains(.hasLetter), j + 1 < n, bytes[j + 1].isASCIIDigit {
                shape.insert(.hasPeriod)
                j += 2
                continue
            }
            let (c, length) = Self.classify(bytes, j)
            if c.contains(.digit) || c.contains(.letter) || c.contains(.mark) {
                if c.contains(.letter) { shape.insert(.hasLetter) }
                if c.contains(.upper) { sawUpper = true }
                if c.contains(.lower) { sawLower = true }
                if b >= 0x80 { shape.insert(.nonASCII) }
                j += length
                continue
            }
            break
        }
        if !shape.contains(.hasLetter) && !shape.contains(.hasPeriod) && !shape.contains(.hasComma)
            && !shape.contains(.nonASCII)
        {
            shape.insert(.allDigits)
        }
        if sawUpper && !sawLower { shape.insert(.allCaps) }
        if sawLower && !sawUpper { shape.insert(.lowercase) }
        return Token(start: start, end: j, kind: .number, shape: shape)
    }

    /// Whether exactly three ASCII digits start at `j` (and no fourth follows): a thousands group.
    private static func isDigitGroup(_ bytes: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        let n = bytes.count
        guard j + 3 <= n, bytes[j].isASCIIDigit, bytes[j + 1].isASCIIDigit, bytes[j + 2].isASCIIDigit else {
            return false
        }
        return j + 3 == n || !bytes[j + 3].isASCIIDigit
    }

    private func scanMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: CharClass, firstLength: Int)
        -> Token
    {
        let b = bytes[start]
        var end = start + firstLength
        var shape: TokenShape = b >= 0x80 ? .nonASCII : []
        if b < 0x80, first.contains(.punctuation) || first.contains(.symbol) {
            // A run of one repeated ASCII mark is one token: "...", "!!", "--", "**".
            while end < bytes.count && bytes[end] == b { end += 1 }
        }
        if b == UInt8(ascii: ".") && end - start > 1 { shape.insert(.hasPeriod) }
        let isSymbol = first.contains(.symbol) || first.contains(.currency) || b == UInt8(ascii: "%")
        let kind: Token.Kind = isSymbol ? .symbol : (first.contains(.punctuation) ? .punctuation : .symbol)
        return Token(start: start, end: end, kind: kind, shape: shape)
    }
}
