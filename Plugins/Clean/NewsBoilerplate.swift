/// Recognises the page furniture of news articles, one line at a time: datelines and timestamps, photo
/// captions that end in a credit, reporters' e-mail addresses and bylines, copyright notices, and
/// "read more" / share / subscribe lines.
///
/// Every rule looks at a whole line and keeps anything that reads like a sentence of the story: furniture
/// is short, and a line that merely mentions a date or an agency is not furniture.
enum NewsBoilerplate {
    /// Why a line is furniture, or `nil` when it is text.
    static func furniture(_ line: Substring) -> String? {
        let words = line.split(whereSeparator: \.separatesWords)
        guard !words.isEmpty else { return nil }
        if isDateline(words) { return "dateline" }
        if isByline(line, words) { return "byline" }
        if isCopyright(line) { return "copyright" }
        if isPromotion(line, words) { return "promotion" }
        if endsWithPhotoCredit(line, words) { return "caption" }
        return nil
    }

    // MARK: Datelines and timestamps

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec",
    ]
    /// Words of timestamp labels ("Input", "Updated", "Last updated on", "Published at").
    static let timestampLabels: Set<String> = [
        "input", "inputted", "updated", "update", "published", "posted", "modified", "edited", "created", "last",
        "first", "on", "at", "date", "time", "am", "pm", "a.m", "p.m", "kst", "gmt", "utc", "bst", "cet", "cest",
        "est", "edt", "pst", "pdt", "et", "jst", "hkt", "ist", "ago", "hours", "hour", "minutes", "minute", "mins",
        "hrs", "today", "yesterday", "by",
    ]

    /// A line made only of dates, times and their labels: "Friday, February 6, 2026", "Input",
    /// "2026-02-05 11:19:44", "Updated: Feb. 5, 2026 11:19 a.m. KST".
    static func isDateline(_ words: [Substring]) -> Bool {
        // "On Tuesday," opens a sentence; a dateline stands complete.
        guard words.count <= 10, words.last?.hasSuffix(",") != true else { return false }
        var hasDate = false
        var hasMonth = false
        var hasLabel = false
        var hasNumber = false
        for word in words {
            let token = word.trimmingPunctuation().lowercased()
            if token.isEmpty { continue }
            if weekdays.contains(token) || months.contains(token) {
                hasDate = true
                hasMonth = true
            } else if token.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "-" || $0 == "/" || $0 == "." }) {
                // "2026-02-05", "11:19:44", "05/02/2026" and years are dates; other numbers are neutral.
                hasNumber = true
                if token.contains(where: { $0 == ":" || $0 == "-" || $0 == "/" }) && token.contains(where: \.isNumber)
                    || (token.count == 4 && (token.hasPrefix("19") || token.hasPrefix("20")))
                {
                    hasDate = true
                }
            } else if isNumberWithSuffix(token) {
                hasDate = true
            } else if timestampLabels.contains(token) {
                hasLabel = true
            } else {
                return false
            }
        }
        if hasDate || (hasMonth && words.count <= 4) { return true }
        // A label alone ("Input", "Updated") names the timestamp on the next line; "Published 3 hours ago".
        return hasLabel && (words.count <= 3 || hasNumber)
    }

    /// "6th", "11:19am", "2026년" are not here; "11am", "3rd" are.
    private static func isNumberWithSuffix(_ token: String) -> Bool {
        for suffix in ["st", "nd", "rd", "th", "am", "pm", "h"] where token.hasSuffix(suffix) {
            let stem = token.dropLast(suffix.count)
            if !stem.isEmpty && stem.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) { return true }
        }
        return false
    }

    // MARK: Bylines and e-mail addresses

    static let reporterWords: Set<String> = [
        "reporter", "reporters", "correspondent", "correspondents", "writer", "editor", "staff", "columnist",
        "contributor", "journalist", "기자", "특파원",
    ]

    /// A reporter's line: an e-mail address in a short line, "By Jane Doe", "Reporter Yoon Jae-jun",
    /// "Reporting by ...; Editing by ...".
    static func isByline(_ line: Substring, _ words: [Substring]) -> Bool {
        let endsLikeSentence = line.hasSuffix(".") && !line.hasSuffix(".com") && words.count > 8
        if words.count <= 16 && !endsLikeSentence && words.contains(where: isEmailAddress) { return true }
        let lower = line.lowercased()
        for prefix in ["reporting by ", "editing by ", "writing by ", "additional reporting by ", "compiled by "]
        where lower.hasPrefix(prefix) {
            return true
        }
        if words.count <= 7 && words.first?.lowercased() == "by" && words.count >= 2
            && words.dropFirst().allSatisfy({ $0.first?.isUppercase == true || $0.lowercased() == "and" || $0 == "|" })
        {
            return true
        }
        if words.count <= 8 && !line.hasSuffix(".")
            && words.contains(where: { reporterWords.contains($0.trimmingPunctuation().lowercased()) })
            && words.allSatisfy({ $0.first?.isLowercase != true || reporterWords.contains($0.lowercased()) })
        {
            return true
        }
        return false
    }

    static func isEmailAddress(_ word: Substring) -> Bool {
        // No "@" byte, no "@" character (nothing else is canonically equivalent to it).
        guard word.utf8.contains(0x40) else { return false }
        let token = word.trimmingPunctuation()
        guard let at = token.firstIndex(of: "@"), at != token.startIndex else { return false }
        let domain = token[token.index(after: at)...]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    // MARK: Copyright, promotion and share lines

    static func isCopyright(_ line: Substring) -> Bool {
        if let answer = line.utf8.withContiguousStorageIfAvailable(isASCIICopyright) ?? nil { return answer }
        let lower = line.lowercased()
        guard lower.count <= copyrightLineLimit else { return false }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        return lower.contains("all rights reserved") || lower.contains("unauthorized reproduction")
            || lower.contains("redistribution prohibited") || lower.contains("무단전재")
    }

    /// ``isCopyright(_:)`` for a line of ASCII bytes, `nil` for any other: such a line lowercased is its bytes
    /// with the capitals lowered, one character per byte (a carriage return can only end it), and the
    /// `String` searches match exactly where the bytes do. Spares short ASCII lines Foundation's search.
    private static func isASCIICopyright(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard bytes.count <= copyrightLineLimit else { return false }
        let line = 0..<bytes.count
        if LineBytes.hasKeyword(bytes, at: 0, end: line.upperBound, asciiCopyrightStarts.0)
            || LineBytes.hasKeyword(bytes, at: 0, end: line.upperBound, asciiCopyrightStarts.1)
        {
            return true
        }
        for phrase in asciiCopyrightPhrases {
            for index in line where LineBytes.hasKeyword(bytes, at: index, end: line.upperBound, phrase) { return true }
        }
        return false
    }

    private static let asciiCopyrightStarts = (Array("(c) ".utf8), Array("copyright".utf8))
    private static let asciiCopyrightPhrases = [
        "all rights reserved", "unauthorized reproduction", "redistribution prohibited",
    ]
    .map { Array($0.utf8) }

    /// The longest line, in characters, that can be a copyright notice; a longer one is text that mentions one.
    static let copyrightLineLimit = 300

    static let promotionStarts = [
        "read more", "read also", "also read", "related:", "related articles", "related stories", "see also",
        "more on this", "share this", "share on", "share:", "subscribe", "sign up", "follow us", "follow @",
        "click here", "advertisement", "sponsored", "recommended", "most read", "most viewed", "top stories",
        "download the app", "get the app", "newsletter", "join our", "listen to", "watch:", "copy link",
    ]
    static let shareWords: Set<String> = [
        "share", "facebook", "twitter", "x", "linkedin", "email", "e-mail", "whatsapp", "telegram", "kakaotalk",
        "print", "copy", "link", "reddit", "pinterest", "tweet", "comments", "comment", "save", "|", "·",
    ]

    /// "Read more: ...", "Subscribe to our newsletter", "Share Facebook Twitter Email".
    static func isPromotion(_ line: Substring, _ words: [Substring]) -> Bool {
        guard words.count <= 14 else { return false }
        let lower = line.lowercased()
        let endsLikeSentence = line.hasSuffix(".") && words.count > 3
        for start in promotionStarts where lower.hasPrefix(start) && !endsLikeSentence {
            // The phrase must end at a word boundary: "subscribers to the service" is not a promotion.
            let next = lower.dropFirst(start.count).first
            if next == nil || !(next!.isLetter) { return true }
        }
        return words.allSatisfy { shareWords.contains($0.trimmingPunctuation().lowercased()) || $0 == "|" }
    }

    // MARK: Photo captions

    /// Agencies and photo services whose name ends a caption.
    static let photoCredits: Set<String> = [
        "ap", "afp", "reuters", "yonhap", "newsis", "news1", "epa", "efe", "epa-efe", "xinhua", "kyodo", "getty",
        "images", "photo", "photos", "bloomberg", "upi", "ani", "pti", "tass", "ria", "anadolu", "dpa", "ansa",
        "shutterstock", "imago", "alamy", "pool", "handout", "courtesy", "nyt", "file",
    ]

    /// A caption: a line ending in a credit ("... (local time). AP/Newsis", "... (Reuters)",
    /// "... [Photo: Yonhap]", "Photo by Jane Doe/Getty Images").
    static func endsWithPhotoCredit(_ line: Substring, _ words: [Substring]) -> Bool {
        guard let last = words.last else { return false }
        let lower = line.lowercased()
        if lower.hasPrefix("photo by ") || lower.hasPrefix("photo: ") || lower.hasPrefix("photo=")
            || lower.hasPrefix("(photo") || lower.hasPrefix("[photo")
        {
            return words.count <= 40
        }
        let token = last.lowercased()
        // "AP/Newsis", "Yonhap", "(Reuters)", "[EPA]": every part of the last word is a credit.
        let parts = token.split(whereSeparator: \.separatesCreditParts)
        if !parts.isEmpty && parts.allSatisfy({ photoCredits.contains(String($0)) }) {
            let bracketed = token.hasPrefix("(") || token.hasPrefix("[")
            let slashed = token.contains("/")
            // A bare agency name ends a caption only after a sentence ("... on the 3rd. Yonhap").
            let previous = words.count >= 2 ? words[words.count - 2] : ""
            let afterSentence = previous.hasSuffix(".") || previous.hasSuffix(")") || previous.hasSuffix("=")
            return words.count >= 3 && (bracketed || slashed || afterSentence)
        }
        if lower.hasSuffix("getty images") || lower.hasSuffix("/getty") || lower.hasSuffix("via reuters")
            || lower.hasSuffix("via ap") || lower.hasSuffix("via getty images")
        {
            return true
        }
        return false
    }
}

extension Substring {
    /// The word without punctuation around it ("(Reuters)" -> "Reuters", "6," -> "6").
    func trimmingPunctuation() -> Substring {
        guard let first = firstIndex(where: { !$0.isTrimmedPunctuation }) else { return self[endIndex...] }
        let last = lastIndex(where: { !$0.isTrimmedPunctuation })!
        return self[first...last]
    }
}

extension Character {
    /// A space, a tab or a no-break space: what splits a line into words. The same as comparing with `==`,
    /// one scalar at a time: no character is canonically equivalent to these but themselves, and one with a
    /// combining mark is another character.
    var separatesWords: Bool {
        guard let value = soleScalarValue else { return false }
        return value == 0x20 || value == 0x09 || value == 0xA0
    }

    /// One of `/()[]=.,:-`, which split the last word of a caption into credits ("AP/Newsis", "(Reuters)").
    var separatesCreditParts: Bool {
        guard let value = soleScalarValue, value < 0x80 else { return false }
        switch UInt8(value) {
        case UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "="), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"):
            return true
        default: return false
        }
    }

    /// Punctuation other than "@", which ``Substring/trimmingPunctuation()`` takes off a word. An ASCII
    /// character is looked up in a table of the ASCII punctuation (Unicode categories P*; a test checks it
    /// against `isPunctuation`), sparing the Unicode property lookup.
    var isTrimmedPunctuation: Bool {
        if let value = soleScalarValue, value < 0x80 { return Self.asciiPunctuation & (1 << UInt128(value)) != 0 }
        return isPunctuation && self != "@"
    }

    /// A bit for each ASCII punctuation character but "@": `!"#%&'()*,-./:;?[\]_{}`.
    private static let asciiPunctuation: UInt128 = Array("!\"#%&'()*,-./:;?[\\]_{}".utf8).reduce(0) {
        $0 | 1 << UInt128($1)
    }

    /// The character's scalar when it has only one.
    private var soleScalarValue: UInt32? {
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first.value
    }
}
