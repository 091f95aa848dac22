import TextPipeText

/// Deciding whether `.`, `!`, `?` and ellipses end a sentence.
extension Scan {
    /// Handles a run of periods starting at `p`; returns where scanning goes on.
    mutating func period(at p: Int) -> Int {
        // Most periods are one period, a space and a word starting with an ASCII letter or digit: no ellipsis,
        // closers, citations or emoticons to look for, and the next word starts right after the space.
        if p + 2 < count, bytes[p + 1] == 0x20 {
            let first = bytes[p + 2]
            if first.isASCIIAlphanumeric {
                // An elision in brackets, "[.", is part of the sentence.
                if p > 0, bytes[p - 1] == UInt8(ascii: "[") || bytes[p - 1] == UInt8(ascii: "(") { return p + 1 }
                let next = NextWord(start: p + 2, first: CharClass.of(ascii: first), opened: false)
                return judgePeriod(at: p, after: p + 1, end: p + 1, closed: false, next: next)
            }
        }
        // One period before a line break or a tab (the end of a paragraph or of a wrapped line): no ellipsis.
        if p + 1 < count, bytes[p + 1] &- 0x09 < 5 {
            if p > 0, bytes[p - 1] == UInt8(ascii: "[") || bytes[p - 1] == UInt8(ascii: "(") { return p + 1 }
            return singlePeriod(at: p, after: p + 1)
        }
        var q = p
        var dots = 0
        while q < count && bytes[q] == UInt8(ascii: ".") {
            dots += 1
            q += 1
        }
        // A spaced ellipsis: ". . ." (one space between dots).
        var spaced = false
        while q + 1 < count && bytes[q] == 0x20 && bytes[q + 1] == UInt8(ascii: ".")
            && (q + 2 >= count || bytes[q + 2] != UInt8(ascii: "."))
        {
            spaced = true
            q += 1
            while q < count && bytes[q] == UInt8(ascii: ".") {
                dots += 1
                q += 1
            }
        }
        var mixed = false
        while q < count && (bytes[q] == UInt8(ascii: "!") || bytes[q] == UInt8(ascii: "?")) {
            mixed = true
            q += 1
        }
        let attached = p > 0 && text.spaceLength(before: p) == 0
        // An elision in brackets, "[...]", is part of the sentence.
        if attached, bytes[p - 1] == UInt8(ascii: "[") || bytes[p - 1] == UInt8(ascii: "(") { return q }
        if dots == 1 && !spaced && !mixed { return singlePeriod(at: p, after: q) }
        if mixed && dots == 1 { return exclamationEnd(from: p, after: q) }
        return ellipsis(at: p, after: q, dots: dots, spaced: spaced, attached: attached)
    }

    /// A single period at `p`.
    private mutating func singlePeriod(at p: Int, after q: Int) -> Int {
        guard q < count else { return q }
        let b = bytes[q]
        // A letter or digit right after the period ("1.13", "U.S.", "example.com"): no closers or notes follow.
        if b.isASCIIAlphanumeric {
            missingSpace(at: p)
            return q
        }
        // Closers are quotes and brackets: none when white space follows the period.
        let (e, closed) = b == 0x20 || (b &- 0x09) < 5 ? (q, false) : text.closersEnd(from: q)
        let end = text.citationsEnd(from: e)
        guard end < count else { return end }
        if text.spaceLength(at: end) == 0 {
            if !closed && end == q { missingSpace(at: p) }
            return end
        }
        let (k, breaks) = text.skipSpaces(from: end)
        guard k < count else { return end }
        if breaks >= 2 {
            cut(at: end)
        } else {
            let first = bytes[k]
            let next =
                first.isASCIIAlphanumeric
                ? NextWord(start: k, first: CharClass.of(ascii: first), opened: false) : text.nextWord(at: k)
            _ = judgePeriod(at: p, after: q, end: end, closed: closed || end > e, next: next)
        }
        // A line break at `end` is the main loop's next stop ("said.\n"): hand it to `lineBreak` directly rather
        // than search for it again.
        return bytes[end] == 0x0A || bytes[end] == 0x0D ? lineBreak(at: end) : end
    }

    /// Decides on a single period at `p` followed by white space: `q` is the position after the period, `end`
    /// after the closers and notes that belong to the sentence, `closed` whether there were any, `next` the
    /// following word.
    @inline(__always)
    private mutating func judgePeriod(at p: Int, after q: Int, end: Int, closed: Bool, next: NextWord) -> Int {
        let chunk = text.chunkStart(before: p, floor: lastCut)
        let start = text.wordStart(from: chunk, to: p)
        if p - start <= 2, let marker = text.listMarker(start..<p, chunk: chunk, after: q) {
            switch placeListMarker(marker, at: chunk) {
            case .item: return end
            case .notItem: break
            }
        }
        if text.shouldCutAfterPeriod(word: start..<p, closed: closed, next: next) { cut(at: end) }
        return end
    }

    /// "world.Today", "1,000.That": a period with no space before a capitalised word ends the sentence when
    /// the word before is an ordinary word or a number, and the chunk is no URL, e-mail or file name.
    private mutating func missingSpace(at p: Int) {
        guard p >= 2, p + 2 < count, bytes[p + 1].isASCIIUpper, bytes[p + 2].isASCIILower else { return }
        let before = bytes[p - 1]
        let beforeIsWord = before.isASCIILower && bytes[p - 2].isASCIILetter
        let beforeIsNumber = before.isASCIIDigit
        guard beforeIsWord || beforeIsNumber else { return }
        let chunk = text.chunkStart(before: p, floor: lastCut)
        let start = text.wordStart(from: chunk, to: p)
        if text.abbreviationKind(start..<p) != nil { return }
        let end = text.chunkEnd(from: p)
        var i = chunk
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "@") || b == UInt8(ascii: "/") || b == UInt8(ascii: ":") || b == UInt8(ascii: "_") {
                return
            }
            // Another period inside the word before ("example.com.Next"): a domain or a file name.
            if i < p && b == UInt8(ascii: ".") && i >= start { return }
            i += 1
        }
        cut(at: p + 1)
    }

    /// Handles `!` or `?` at `p`.
    mutating func exclamation(at p: Int) -> Int {
        var q = p
        while q < count, bytes[q] == UInt8(ascii: "!") || bytes[q] == UInt8(ascii: "?") || bytes[q] == UInt8(ascii: ".")
        {
            q += 1
        }
        return exclamationEnd(from: p, after: q)
    }

    /// What follows a run of terminals ending at `q`: where the sentence would end (after its closers and
    /// notes), whether there were closers, and the next word; `nil` when nothing is left to decide (no space
    /// follows, the text ends, or a paragraph break follows, which is cut here).
    private mutating func wordAfterTerminal(at q: Int) -> (end: Int, closed: Bool, next: NextWord?) {
        let (e, closed) = text.closersEnd(from: q)
        let end = text.citationsEnd(from: e)
        guard end < count, text.spaceLength(at: end) > 0 else { return (end, closed, nil) }
        let (k, breaks) = text.skipSpaces(from: end)
        guard k < count else { return (end, closed, nil) }
        if breaks >= 2 {
            cut(at: end)
            return (end, closed, nil)
        }
        return (end, closed, text.nextWord(at: k))
    }

    /// Decides on a run of `!`, `?` (and periods) from `p` to `q`.
    mutating func exclamationEnd(from p: Int, after q: Int) -> Int {
        let (end, closed, following) = wordAfterTerminal(at: q)
        guard let next = following else { return end }
        // "“Are you still there?” I called.": a short attribution after a quoted question or exclamation.
        if closed && next.isUpper && !next.opened && text.isAttribution(at: next.start) { return end }
        if next.isLower {
            // "“Stop!” he said", "Yahoo! in the accounting department".
            if closed { return end }
            let chunk = text.chunkStart(before: p, floor: lastCut)
            let start = text.wordStart(from: chunk, to: p)
            if let key = WordKey(bytes, start..<p), rules.exclamations.contains(key) { return end }
        }
        cut(at: end)
        return end
    }

    /// Handles an ellipsis: "...", "....", ". . .", "…".
    mutating func ellipsis(at p: Int, after q: Int, dots: Int, spaced: Bool, attached: Bool) -> Int {
        let (end, _, following) = wordAfterTerminal(at: q)
        guard let next = following else { return end }
        guard next.isUpper || next.first.contains(.digit) && !spaced else { return end }
        if spaced && attached && dots >= 4 {
            // "compounds. . . . The practice": a period, then an ellipsis that opens the next sentence.
            cut(at: p + 1)
        } else if !spaced || dots >= 4 {
            cut(at: end)
        }
        return end
    }
}

extension ScanText {

    /// Whether a period after `word` ends the sentence, given the word that follows.
    @inline(__always)
    fileprivate func shouldCutAfterPeriod(word: Range<Int>, closed: Bool, next: NextWord) -> Bool {
        switch abbreviationKind(word) {
        case .prefix?: return false
        case .numeric?
        where next.first.contains(.digit) || next.start < count && bytes[next.start] == UInt8(ascii: "#"):
            return false
        case .ambiguous?: return isStarter(next)
        case .terminal?: return next.isUpper
        case nil, .numeric?:
            if next.first.contains(.digit) { return numberStartsSentence(at: next.start) }
            if next.isLower {
                // "…an engineer.) at the local…": a closed quotation or bracket goes on; otherwise a lower-case
                // word after a full word and a period is an informal sentence start.
                guard !closed, word.count >= 2 else { return false }
                let last = bytes[word.upperBound - 1]
                return last.isASCIILowercaseOrNonASCII || last.isASCIIDigit || last == UInt8(ascii: ")")
            }
            return true
        }
    }

    /// Whether a number after a period starts a sentence: when a lower-case word or a unit follows it ("1986.
    /// 25 people died", "2005 was"), but not when it is a note or reference number ("a publication fee. 8 Yet
    /// some…", "Psychology. 92 (6): 1087").
    fileprivate func numberStartsSentence(at k: Int) -> Bool {
        var j = k
        while j < count, bytes[j].isASCIIDigit || bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: ".") {
            j += 1
        }
        guard j < count else { return true }
        if bytes[j] == UInt8(ascii: "%") || bytes[j].isASCIILetter { return true }
        guard bytes[j] == 0x20, j + 1 < count else { return false }
        return bytes[j + 1].isASCIILower || bytes[j + 1] == UInt8(ascii: "%")
    }

    /// Whether the words from `k` are a short speech attribution: two or three words, the later ones in lower
    /// case, then a period or comma ("I called.", "Pete said,", "Betty asked.").
    fileprivate func isAttribution(at k: Int) -> Bool {
        var j = k
        var words = 0
        while j < count && words <= 3 {
            let start = j
            while j < count && (bytes[j].isASCIILetter || bytes[j] >= 0x80 && spaceLength(at: j) == 0) { j += 1 }
            guard j > start else { return false }
            words += 1
            if words > 1 && !bytes[start].isASCIILower { return false }
            guard j < count else { return false }
            let b = bytes[j]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") { return words >= 2 }
            guard b == 0x20 else { return false }
            j += 1
        }
        return false
    }

    /// Skips closing quotes and brackets after sentence punctuation: they belong to the sentence. Returns the
    /// position after them and whether there were any.
    func closersEnd(from q: Int) -> (Int, Bool) {
        var j = q
        while j < count {
            let (c, length) = charClass(at: j)
            guard c.contains(.closeQuote) || c.contains(.closeBracket) else { break }
            // An apostrophe or quote glued to a letter is part of a word ("Jr.'s").
            if j + length < count, charClass(at: j + length).0.contains(.letter) || bytes[j + length].isASCIIDigit {
                break
            }
            j += length
        }
        return (j, j > q)
    }

    /// Skips citation marks and emoticons after a sentence, which belong to it ("… in 1660. [1] Upon …",
    /// "Loved it! :) We…"): "[12]", "[a]", "[3, 4]", ":)", ":-(", ";)".
    @inline(__always)
    func citationsEnd(from e: Int) -> Int {
        guard e < count else { return e }
        var b = bytes[e]
        if b == 0x20 {
            guard e + 1 < count else { return e }
            b = bytes[e + 1]
        }
        // Notes start with "[", emoticons with ":" or ";", right away or after one space.
        guard b == UInt8(ascii: "[") || b == UInt8(ascii: ":") || b == UInt8(ascii: ";") else { return e }
        return notesEnd(from: e)
    }

    /// The loop behind ``citationsEnd(from:)``, once a note or an emoticon may follow.
    private func notesEnd(from e: Int) -> Int {
        var j = e
        while j < count {
            var k = j
            if k < count && bytes[k] == 0x20 { k += 1 }
            if let length = emoticonLength(at: k) {
                j = k + length
                continue
            }
            guard k < count, bytes[k] == UInt8(ascii: "[") else { break }
            guard let end = bracketNoteEnd(from: k) else { break }
            j = end
        }
        return j
    }
}

extension ScanText {
    /// The end of a note in square brackets at `k` that belongs to the sentence before it: a reference ("[12]",
    /// "[3, 4]", "[a]"), an elision ("[...]", "[…]") or an editor's note in lower case ("[citation needed]").
    func bracketNoteEnd(from k: Int) -> Int? {
        var m = k + 1
        var letters = 0
        var digits = 0
        var dots = 0
        while m < count && m - k <= 24 {
            let b = bytes[m]
            if b.isASCIILower || b.isASCIIUpper {
                letters += 1
            } else if b.isASCIIDigit {
                digits += 1
            } else if b == UInt8(ascii: ".") {
                dots += 1
            } else if b == 0xE2 && m + 2 < count && bytes[m + 1] == 0x80 && bytes[m + 2] == 0xA6 {
                dots += 3
                m += 2
            } else if b != UInt8(ascii: ",") && b != UInt8(ascii: "-") && b != 0x20 {
                break
            }
            m += 1
        }
        guard m < count, m > k + 1, bytes[m] == UInt8(ascii: "]") else { return nil }
        let length = m - k - 1
        let reference = length <= 8 && (digits > 0 || letters == 1) && dots == 0
        let elision = dots >= 3 && letters == 0 && digits == 0
        let note = letters >= 4 && digits == 0 && dots == 0 && bytes[k + 1].isASCIILower
        return reference || elision || note ? m + 1 : nil
    }

    /// The length of an emoticon at `k` followed by white space or the end: ":)", ":-)", ";(", ":D", ":P".
    func emoticonLength(at k: Int) -> Int? {
        guard k + 1 < count, bytes[k] == UInt8(ascii: ":") || bytes[k] == UInt8(ascii: ";") else { return nil }
        var j = k + 1
        if bytes[j] == UInt8(ascii: "-") { j += 1 }
        guard j < count else { return nil }
        switch bytes[j] {
        case UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "D"), UInt8(ascii: "P"), UInt8(ascii: "p"):
            j += 1
            while j < count && (bytes[j] == UInt8(ascii: ")") || bytes[j] == UInt8(ascii: "(")) { j += 1 }
        default: return nil
        }
        return j == count || spaceLength(at: j) > 0 ? j - k : nil
    }
}

extension UInt8 {
    /// A lower-case ASCII letter, or a byte of a non-ASCII scalar (letters of other scripts).
    var isASCIILowercaseOrNonASCII: Bool { isASCIILower || self >= 0x80 }
}
