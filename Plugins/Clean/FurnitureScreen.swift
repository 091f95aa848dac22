/// A quick test on a line's bytes that proves a line is not news furniture, so that ordinary body lines skip
/// ``NewsBoilerplate/furniture(_:)`` and its per-line `String` work.
///
/// It answers `true` only when every rule of ``NewsBoilerplate`` is sure to say no, each for a reason that
/// a few byte comparisons can establish:
/// - no byline, copyright, photo, "by" or promotion prefix, no copyright phrase, no credit suffix, and a last
///   word that is not made of photo credits;
/// - datelines and share lines: too many words, or a plain word that is not a date, label or share word;
/// - bylines: no `@`, and for the reporter rule a final full stop, too many words or no reporter word.
/// Anything else (including lines with the few characters whose lower case or canonical form is ASCII) goes
/// to the full rules, so the screen never changes an answer.
enum FurnitureScreen {
    static func isSurelyText(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        let start = line.lowerBound
        let end = line.upperBound
        guard !line.isEmpty else { return false }
        for prefix in prefixesByFirstByte[Int(bytes[start])]
        where LineBytes.hasKeyword(bytes, at: start, end: end, prefix) {
            return false
        }
        var hasAt = false
        // A copyright phrase counts only in a line of at most `copyrightLineLimit` characters, and an ASCII line
        // has as many characters as bytes: in a longer ASCII line (most body paragraphs) only an "@" matters.
        if end - start > NewsBoilerplate.copyrightLineLimit,
            let holdsAt = LineBytes.asciiLineHolds(UInt8(ascii: "@"), bytes, line)
        {
            hasAt = holdsAt
        } else if let found = phraseOrTrap(bytes, line, hasAt: &hasAt) {
            return found
        }

        // Most lines end in a byte that ends no suffix ("."): one table look instead of four comparisons.
        if suffixFinalBytes[Int(bytes[end - 1])] {
            for suffix in suffixes where LineBytes.hasSuffixKeyword(bytes, line, suffix) { return false }
        }
        if lastWordMayBeCredit(bytes, line) { return false }
        let endsWithFullStop =
            bytes[end - 1] == UInt8(ascii: ".") && LineBytes.endsCluster(bytes, before: end - 1, from: start)
        // The usual body line needs no word count: no "@"; a plain word that is neither a date, a label nor a
        // share word; and a full stop or a plain lower-case word that is no reporter's title.
        // The words are read only as far as needed: most lines are settled by their first plain word or two.
        var scan = WordScan(bytes, line, plainWordLimit: 0)
        if !hasAt {
            var listLinesRuledOut = false
            var reporterRuledOut = endsWithFullStop
            for index in 0..<(endsWithFullStop ? 1 : 4) {
                scan.advance(bytes, line, plainWordLimit: index + 1)
                guard index < scan.plainWords.count else { break }
                let word = scan.plainWords[index]
                if !listLinesRuledOut && isNeitherDateNorShareWord(bytes, word) { listLinesRuledOut = true }
                if !reporterRuledOut && isLowercaseNonReporterWord(bytes, word) { reporterRuledOut = true }
                if listLinesRuledOut && reporterRuledOut { return true }
            }
        }
        scan.advance(bytes, line)
        let words = scan.count
        // Bylines by address, and by reporter's title.
        if hasAt && words <= 16 { return false }
        if words <= 8 && !endsWithFullStop && containsReporterWord(bytes, line) { return false }
        // Datelines and share lines: every word must be one of theirs.
        guard words <= 14 else { return true }
        var notShareWord = false
        var notDatelineWord = words > 10
        for index in 0..<scan.plainWords.count {
            // No date, label or share word is longer than 9 letters.
            let word = scan.plainWords[index]
            let isShort = word.count <= 9
            if !notShareWord && !(isShort && shareWords.contains(bytes, word)) { notShareWord = true }
            if !notDatelineWord && !(isShort && datelineWords.contains(bytes, word)) { notDatelineWord = true }
            if notShareWord && notDatelineWord { return true }
        }
        return false
    }

    /// A word that fails the byline rule's test that every word is capitalised or a reporter's title.
    private static func isLowercaseNonReporterWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard (0x61...0x7A).contains(bytes[word.lowerBound]) else { return false }
        // No title is longer than 14 letters.
        return word.count > 14 || !reporterWords.contains(bytes, word)
    }

    private static func isNeitherDateNorShareWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        // No date, label or share word is longer than 9 letters.
        guard word.count <= 9 else { return true }
        return !shareWords.contains(bytes, word) && !datelineWords.contains(bytes, word)
    }

    /// Whether the trimmed, non-empty line is surely not a dateline (``NewsBoilerplate/isDateline(_:)``):
    /// more than 10 words, or a plain word that is no date or timestamp label.
    static func isSurelyNotDateline(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var scan = WordScan(bytes, line, plainWordLimit: 0)
        for index in 0..<4 {
            scan.advance(bytes, line, plainWordLimit: index + 1)
            guard index < scan.plainWords.count else { break }
            let word = scan.plainWords[index]
            if word.count > 9 || !datelineWords.contains(bytes, word) { return true }
        }
        scan.advance(bytes, line)
        return scan.count > 10
    }

    /// The words of a line as far as its bytes tell for sure. Words are only counted where a space or tab run
    /// surely splits two grapheme clusters, so `count` is a lower bound of the `split` that
    /// ``NewsBoilerplate`` uses; `plainWords` are the first words made only of ASCII letters between such
    /// breaks, which are words of that `split` too.
    private struct WordScan {
        var count = 1
        var plainWords = PlainWords()
        /// Where the scan stands, and where the current word starts (-1: not on a clean break).
        private var index: Int
        private var wordStart: Int
        private var isDone = false

        /// `plainWordLimit` stops the scan once that many plain words are found, leaving `count` short until
        /// ``advance(_:_:plainWordLimit:)`` goes on.
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, plainWordLimit: Int = .max) {
            index = line.lowerBound
            wordStart = line.lowerBound
            advance(bytes, line, plainWordLimit: plainWordLimit)
        }

        /// Goes on from where the scan stopped, as if it had been started with the larger limit.
        mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, plainWordLimit: Int = .max) {
            guard !isDone else { return }
            let start = line.lowerBound
            let end = line.upperBound
            // Past 16 words no rule that counts words applies, and plain words only matter up to 14.
            while index < end && count <= 16 && plainWords.count < plainWordLimit {
                index = LineBytes.nextSpaceOrTab(bytes, from: index, end: end)
                guard index < end else { break }
                let runStart = index
                while index < end && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
                let cleanBefore = LineBytes.endsCluster(bytes, before: runStart, from: start)
                let cleanAfter = index < end && LineBytes.startsCluster(bytes, at: index, end: end)
                if runStart > start && cleanBefore && cleanAfter { count += 1 }
                if !plainWords.isFull && wordStart >= 0 && cleanAfter && isPlainWord(bytes, wordStart..<runStart) {
                    plainWords.append(wordStart..<runStart)
                }
                // The next word starts on a clean break only if this run is a separator through and through.
                wordStart = cleanBefore ? index : -1
            }
            // Stopped by the limit (never at the end: a trimmed line does not end in a space), it may go on.
            guard index == end || count > 16 else { return }
            isDone = true
            if index == end && !plainWords.isFull && wordStart >= 0 && isPlainWord(bytes, wordStart..<end) {
                plainWords.append(wordStart..<end)
            }
        }
    }

    /// Up to four word ranges, kept in fields rather than an array so that a line costs no allocation.
    private struct PlainWords {
        private var words: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0)
        private(set) var count = 0
        var isFull: Bool { count == 4 }

        mutating func append(_ range: Range<Int>) {
            switch count {
            case 0: words.0 = range
            case 1: words.1 = range
            case 2: words.2 = range
            default: words.3 = range
            }
            count += 1
        }

        subscript(_ index: Int) -> Range<Int> {
            switch index {
            case 0: words.0
            case 1: words.1
            case 2: words.2
            default: words.3
            }
        }
    }

    /// Whether the range is a non-empty run of ASCII letters.
    @inline(__always)
    private static func isPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        LineBytes.isASCIILetters(bytes, word)
    }

    /// Whether a reporter's title may stand in the line as a word of its own: it would start the word, so
    /// only bytes after a non-alphanumeric byte that can start one of the titles are tried.
    private static func containsReporterWord(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        let (mask0, mask1, mask2, mask3) = reporterFirstBytes
        var previousIsAlphanumeric = false
        for index in line {
            let byte = bytes[index]
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
            defer { previousIsAlphanumeric = isAlphanumeric }
            guard !previousIsAlphanumeric else { continue }
            let mask = byte < 0x80 ? (byte < 0x40 ? mask0 : mask1) : (byte < 0xC0 ? mask2 : mask3)
            guard mask & (1 << UInt64(byte & 63)) != 0 else { continue }
            for key in reporterKeys where LineBytes.hasKeyword(bytes, at: index, end: line.upperBound, key) {
                return true
            }
        }
        return false
    }

    /// A bit for each byte, in either case for ASCII letters, that begins a reporter's title.
    private static let reporterFirstBytes: (UInt64, UInt64, UInt64, UInt64) = {
        var masks: [UInt64] = [0, 0, 0, 0]
        for key in reporterKeys {
            guard let first = key.first else { continue }
            for byte in (0x61...0x7A).contains(first) ? [first, first & 0xDF] : [first] {
                masks[Int(byte >> 6)] |= 1 << UInt64(byte & 63)
            }
        }
        return (masks[0], masks[1], masks[2], masks[3])
    }()

    private static func keys<Words: Sequence<String>>(_ words: Words) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// The keys that can start at a byte: under both cases of an ASCII letter.
    private static func byFirstByte(_ keys: [[UInt8]]) -> [[[UInt8]]] {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for key in keys {
            guard let first = key.first else { continue }
            table[Int(first)].append(key)
            if (0x61...0x7A).contains(first) { table[Int(first & 0xDF)].append(key) }
        }
        return table
    }

    private static let prefixesByFirstByte = byFirstByte(prefixes)
    private static let prefixes: [[UInt8]] =
        keys([
            "\u{A9}", "(c) ", "copyright", "reporting by ", "editing by ", "writing by ", "additional reporting by ",
            "compiled by ", "by", "photo", "(photo", "[photo",
        ]) + keys(NewsBoilerplate.promotionStarts)
    private static let suffixes = keys(["getty images", "/getty", "via reuters", "via ap"])
    /// The last bytes of ``suffixes``, in either case for a letter.
    private static let suffixFinalBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for suffix in suffixes {
            guard let last = suffix.last else { continue }
            table[Int(last)] = true
            if (0x61...0x7A).contains(last) { table[Int(last & 0xDF)] = true }
        }
        return table
    }()
    private static let reporterKeys = keys(NewsBoilerplate.reporterWords)
    /// The word lists of ``NewsBoilerplate``, looked up from the line's bytes (every word looked up is ASCII).
    static let datelineWords = FoldedWordSet(
        NewsBoilerplate.weekdays.union(NewsBoilerplate.months).union(NewsBoilerplate.timestampLabels))
    static let shareWords = FoldedWordSet(NewsBoilerplate.shareWords)
    static let reporterWords = FoldedWordSet(NewsBoilerplate.reporterWords)

    /// Agencies and photo services, as in ``NewsBoilerplate`` (which owns the list).
    static let credits = FoldedWordSet(NewsBoilerplate.photoCredits)

    /// Whether the last word may be read as a photo credit ("AP/Newsis", "(Reuters)"): `false` when one of
    /// its parts is surely not a credit (a credit is plain ASCII, so any other character settles it).
    private static func lastWordMayBeCredit(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var wordStart = line.upperBound
        while wordStart > line.lowerBound {
            let byte = bytes[wordStart - 1]
            if byte >= 0x80 {
                // A no-break space splits words; any other character puts a part that is no credit in the
                // last word.
                return byte == 0xA0 && wordStart - 2 >= line.lowerBound && bytes[wordStart - 2] == 0xC2
            }
            if byte == 0x20 || byte == 0x09 { break }
            wordStart -= 1
        }
        if wordStart > line.lowerBound {
            var runStart = wordStart
            while runStart > line.lowerBound && (bytes[runStart - 1] == 0x20 || bytes[runStart - 1] == 0x09) {
                runStart -= 1
            }
            guard runStart > line.lowerBound, LineBytes.endsCluster(bytes, before: runStart, from: line.lowerBound)
            else { return true }
        }
        var partStart = wordStart
        var sawPart = false
        for index in wordStart...line.upperBound {
            let isSeparator: Bool
            if index == line.upperBound {
                isSeparator = true
            } else {
                switch bytes[index] {
                case UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                    UInt8(ascii: "="), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"):
                    isSeparator = true
                default: isSeparator = false
                }
            }
            guard isSeparator else { continue }
            if index > partStart {
                sawPart = true
                if index - partStart > 16 || !credits.contains(bytes, partStart..<index) { return false }
            }
            partStart = index + 1
        }
        return sawPart
    }
}
