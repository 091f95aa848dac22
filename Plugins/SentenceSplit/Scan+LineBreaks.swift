import TextPipeText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the lines of a text are laid out, measured once per text.
struct LineLayout {
    /// Whether paragraphs are hard-wrapped: many lines break in the middle of a sentence.
    var wrapped: Bool
    /// The longest line that a single line break follows: the wrap width of wrapped text.
    var width: Int
}

/// Deciding whether a line break ends a sentence.
extension Scan {
    /// Handles a line break at `i`; returns where scanning goes on.
    mutating func lineBreak(at i: Int) -> Int {
        let (k, breaks) = text.skipSpaces(from: i)
        defer { lineStart = k }
        guard k < count else { return k }
        if breaks >= 2 {
            cut(at: i)
            return k
        }
        switch newline {
        case .ignore: break
        case .boundary: cut(at: i)
        case .paragraph: if singleBreakEndsSentence(at: i, next: k) { cut(at: i) }
        }
        return k
    }

    /// Whether a single line break at `i`, with the next line's text starting at `k`, ends a sentence.
    @inline(__always)
    private mutating func singleBreakEndsSentence(at i: Int, next k: Int) -> Bool {
        var lineEnd = i
        while lineEnd > lineStart {
            let b = bytes[lineEnd - 1]
            if b == 0x20 || (b &- 0x09) < 5 {
                lineEnd -= 1
                continue
            }
            if b < 0x80 { break }
            let length = text.spaceLength(before: lineEnd)
            if length == 0 { break }
            lineEnd -= length
        }
        // Nothing since the last cut: the line ended a sentence already (or was empty).
        if lineEnd <= lastCut { return false }
        let layout: LineLayout
        if let measured = self.layout {
            layout = measured
        } else {
            layout = text.measureLayout()
            self.layout = layout
        }
        // A bullet starts an item; so does "1." or "b)" unless lines are hard-wrapped ("completed June\n30.").
        if text.startsListItem(at: k, markers: !layout.wrapped) { return true }
        if layout.wrapped {
            // Hard-wrapped text: a line break ends a sentence after a short line (headline, dateline, byline)
            // or before an indented line (a new paragraph).
            if (lineEnd - lineStart) * 10 < layout.width * 6 && !text.endsInContinuation(lineEnd) { return true }
            return k - i > 1 && bytes[i + 1] == 0x20 && bytes[i + 2] == 0x20
                && (lineEnd - lineStart) * 10 < layout.width * 9
        }
        var textStart = lineStart
        while textStart < lineEnd {
            let length = text.spaceLength(at: textStart)
            if length == 0 { break }
            textStart += length
        }
        // Lines are paragraphs, headlines or items; only a sentence broken in the middle goes on.
        return !text.continuesBrokenSentence(textStart..<lineEnd, next: k)
    }
}

extension ScanText {

    /// "This is a sentence\ncut off in the middle because pdf.": the line holds several words and is not
    /// title-like, it does not end in sentence punctuation, and the next line starts in lower case and ends a
    /// sentence.
    fileprivate func continuesBrokenSentence(_ line: Range<Int>, next k: Int) -> Bool {
        guard bytes[k].isASCIILower else { return false }
        let last = bytes[line.upperBound - 1]
        guard last.isASCIILetter || last.isASCIIDigit || last == UInt8(ascii: ",") else { return false }
        // The next line must end a sentence (checked first: memchr finds its end quickly).
        var end = lineEnd(from: k)
        while end > k && spaceLength(before: end) > 0 { end -= 1 }
        while end > k {
            let (c, length) = charClass(at: UTF8Scalars.scalarStart(bytes, containing: end - 1))
            guard c.contains(.closeQuote) || c.contains(.closeBracket) else { break }
            end -= length
        }
        guard end > k else { return false }
        let b = bytes[end - 1]
        guard b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") else { return false }
        return !isTitleLike(line)
    }

    /// Whether a line looks like a headline, name or label rather than the start of a sentence: fewer than three
    /// words, or mostly capitalised words ending in a capitalised word or a number ("Claire Bailey-Ross",
    /// "Tuesday, September 1, 2015"); "Some Corp said it" is not.
    fileprivate func isTitleLike(_ line: Range<Int>) -> Bool {
        var words = 0
        var capitalised = 0
        var inWord = false
        var lastWordStart = line.lowerBound
        for j in line {
            let b = bytes[j]
            if b == 0x20 || b == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                lastWordStart = j
                if b.isASCIIUpper || b.isASCIIDigit { capitalised += 1 }
            }
        }
        if words < 3 { return true }
        let lastWord = bytes[lastWordStart]
        return capitalised * 2 >= words && (lastWord.isASCIIUpper || lastWord.isASCIIDigit)
    }

    /// Whether the line ending at `end` breaks inside a phrase: after a comma, hyphen, colon or an opening
    /// bracket.
    fileprivate func endsInContinuation(_ end: Int) -> Bool {
        let b = bytes[end - 1]
        return b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == UInt8(ascii: ";") || b == UInt8(ascii: "(")
            || b == UInt8(ascii: "&")
    }

    /// Whether a list item starts at `k`: a bullet, "-" or "*" and a space, or (with `markers`) a marker such as
    /// "1." or "b)".
    @inline(__always)
    fileprivate func startsListItem(at k: Int, markers: Bool) -> Bool {
        let b = bytes[k]
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
            return k + 1 < count && bytes[k + 1] == 0x20
        }
        if b >= 0xC2 { return charClass(at: k).0.contains(.bullet) }
        guard markers else { return false }
        var j = k
        while j < count && j - k < 3 && bytes[j].isASCIIDigit { j += 1 }
        if j == k, b.isASCIILetter { j += 1 }
        guard j > k, j + 1 < count, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")") else { return false }
        return bytes[j + 1] == 0x20
    }

    /// The position of the next line feed at or after `i`, or the end of the text (memchr, which is vectorised).
    func lineEnd(from i: Int) -> Int {
        guard i < count, let base = bytes.baseAddress else { return count }
        guard let found = memchr(base + i, 0x0A, count - i) else { return count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Measures the lines of the whole text: lines of a hard-wrapped text are of similar length and often break
    /// between two lower-case words.
    @inline(never)
    func measureLayout() -> LineLayout {
        var singles = 0
        var soft = 0
        var width = 0
        var previousLength = 0
        var previousLast: UInt8 = 0
        var afterSingleBreak = false
        // One `memchr` per line over a local pointer, without overflow checks: this runs over every line of
        // every text with a single line break.
        if let base = bytes.baseAddress {
            let count = self.count
            var start = 0
            while start < count {
                var end = count
                if let found = memchr(base + start, 0x0A, count &- start) {
                    end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                var trimmedEnd = end
                while trimmedEnd > start && (base[trimmedEnd &- 1] == 0x20 || base[trimmedEnd &- 1] == 0x0D) {
                    trimmedEnd &-= 1
                }
                var first = start
                while first < trimmedEnd && base[first] == 0x20 { first &+= 1 }
                let isBlank = first == trimmedEnd
                if !isBlank && afterSingleBreak {
                    singles &+= 1
                    width = max(width, previousLength)
                    let lastIsWord =
                        previousLast.isASCIILetter || previousLast.isASCIIDigit || previousLast == UInt8(ascii: ",")
                    if lastIsWord && base[first].isASCIILower { soft &+= 1 }
                }
                afterSingleBreak = !isBlank
                previousLength = trimmedEnd &- start
                previousLast = isBlank ? 0 : base[trimmedEnd &- 1]
                start = end &+ 1
            }
        }
        // Hard wraps happen at 40-160 columns; a list of short lines is not wrapped text.
        let wrapped = singles >= 2 && soft >= 2 && soft * 5 >= singles && width >= 40 && width <= 160
        return LineLayout(wrapped: wrapped, width: width)
    }
}
