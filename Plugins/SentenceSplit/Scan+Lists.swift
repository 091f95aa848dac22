import TextPipeText

/// A list item marker: "1.", "2)", "b.", "C.)".
struct ListMarker {
    /// Numbers, lower-case letters and capital letters count separately.
    enum Kind: UInt8 {
        case number, lowerLetter, upperLetter
    }

    var kind: Kind
    /// The item's number (letters count from 1).
    var value: Int
    /// Where the marker starts.
    var position: Int
}

/// What a list marker turned out to be.
enum ListMarkerPlacement {
    /// An item of a list: the sentence starts before the marker, and the marker's period ends nothing.
    case item
    /// Not known to be a list item: the period is judged like any other.
    case notItem
}

/// Recognising numbered and lettered lists and bullets, so that items are sentences of their own.
extension Scan {
    /// How far back the previous item of a list may be.
    static let listReach = 3000

    /// Decides whether a marker starts a list item, records it, and cuts before it when it continues a list.
    mutating func placeListMarker(_ marker: ListMarker, at chunk: Int) -> ListMarkerPlacement {
        let kind = marker.kind
        if text.atSentenceStart(chunk, floor: lastCut) {
            lastListItems[kind] = marker
            return .item
        }
        // Only items are remembered, and only the latest one of each kind can be continued.
        guard let previous = lastListItems[kind], previous.value == marker.value - 1,
            marker.position - previous.position < Self.listReach
        else { return .notItem }
        lastListItems[kind] = marker
        cut(at: chunk)
        return .item
    }

    /// Handles `)` at `p`: the end of a list marker such as "2)".
    mutating func closingParenthesis(at p: Int) -> Int {
        let chunk = text.chunkStart(before: p, floor: lastCut)
        let start = text.wordStart(from: chunk, to: p)
        if let marker = text.listMarker(start..<p, chunk: chunk, after: p + 1) {
            _ = placeListMarker(marker, at: chunk)
        }
        return p + 1
    }

    /// Handles a bullet at `p` (length `length`): an item of a bulleted list starts a sentence.
    mutating func bullet(at p: Int, length: Int) {
        let before = p == 0 || text.spaceLength(before: p) > 0
        let after =
            p + length < count && (text.spaceLength(at: p + length) > 0 || bytes[p + length].isASCIIAlphanumeric)
        if before && after && !text.atSentenceStart(p, floor: lastCut) { cut(at: p) }
    }
}

extension ScanText {
    /// The list marker formed by `word` (one or two digits, or one ASCII letter) when a space follows the
    /// marker's punctuation at `q` (or a closing parenthesis and then a space, as in "1.)").
    func listMarker(_ word: Range<Int>, chunk: Int, after q: Int) -> ListMarker? {
        guard !word.isEmpty, word.count <= 2 else { return nil }
        if chunk < word.lowerBound, !onlyBullets(chunk..<word.lowerBound) { return nil }
        var next = q
        if next < count && bytes[next] == UInt8(ascii: ")") { next += 1 }
        guard next < count, bytes[next] == 0x20 || bytes[next] == 0x09 else { return nil }
        let first = bytes[word.lowerBound]
        if word.count == 1 && first.isASCIILetter {
            let kind: ListMarker.Kind = first.isASCIIUpper ? .upperLetter : .lowerLetter
            return ListMarker(kind: kind, value: Int(first | 0x20) - 0x60, position: word.lowerBound)
        }
        var value = 0
        for i in word {
            guard bytes[i].isASCIIDigit else { return nil }
            value = value * 10 + Int(bytes[i] - 0x30)
        }
        return ListMarker(kind: .number, value: value, position: word.lowerBound)
    }

    /// Whether only white space, bullets and dashes lie between `floor` (the last cut) and `position`. Walks
    /// backwards, so it stops at the first word before `position` however long the sentence is.
    func atSentenceStart(_ position: Int, floor: Int) -> Bool {
        var j = position
        while j > floor {
            let (scalar, length) = UTF8Scalars.decode(bytes, before: j)
            let c = CharClass.of(scalar)
            guard c.contains(.space) || c.contains(.lineBreak) || c.contains(.bullet) || c.contains(.dash) else {
                return false
            }
            j -= length
        }
        return true
    }

    /// Whether `range` holds only bullets and dashes.
    func onlyBullets(_ range: Range<Int>) -> Bool {
        var j = range.lowerBound
        while j < range.upperBound {
            let (c, length) = charClass(at: j)
            guard c.contains(.bullet) || c.contains(.dash) else { return false }
            j += length
        }
        return true
    }
}
