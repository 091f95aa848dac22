/// Counts the signs of mojibake in a short run of characters: pairs and triples that real writing does not
/// produce. Repair compares the count before and after re-decoding a run, with one character of context on
/// each side, and keeps the version with fewer signs.
enum MojibakeScore {
    /// The oddness of `characters` read in order.
    static func oddness(_ characters: [MojibakeCharacter]) -> Int {
        var total = 0
        for index in characters.indices {
            let current = characters[index]
            if current.kind == .control { total += 2 }
            guard index > 0 else { continue }
            let previous = characters[index - 1]
            total += pair(previous, current)
            if index > 1 { total += triple(characters[index - 2], previous, current) }
        }
        return total
    }

    private static func isSymbol(_ kind: MojibakeCharacter.Kind) -> Bool {
        kind == .odd || kind == .leading || kind == .trailing
    }

    /// Two neighbours that real text rarely puts side by side.
    static func pair(_ a: MojibakeCharacter, _ b: MojibakeCharacter) -> Int {
        if a.isASCII && b.isASCII { return 0 }
        switch (a.kind, b.kind) {
        case (.letter, .letter):
            var odd = 0
            if a.script != b.script { odd += 1 }
            if a.isLower && b.isUpper { odd += 1 }
            return odd
        case (.letter, .odd), (.letter, .leading):
            return 1
        case (.letter, .trailing) where !a.isASCII:
            // "Ã™", "È™": a trademark or copyright sign right after an accented letter.
            return b.value == 0x2122 || b.value == 0xAE || b.value == 0xA9 ? 1 : 0
        case (.odd, .letter), (.trailing, .letter):
            // "25°C" and "™" before a capital that starts a new word are normal.
            return b.isASCII && b.isUpper && a.kind == .trailing ? 0 : 1
        case (.leading, .letter):
            return 1
        case (let first, let second) where isSymbol(first) && isSymbol(second):
            return 1
        case (let first, .mark) where first != .letter && first != .mark:
            return 1
        default:
            return 0
        }
    }

    /// Three neighbours: a capital, then a symbol or no-break space, then a small letter ("CÃ\u{A0}nan",
    /// "HÃ´tel"); a letter between two digits; a quotation mark inside a word ("HÃ”TEL").
    static func triple(_ a: MojibakeCharacter, _ x: MojibakeCharacter, _ b: MojibakeCharacter) -> Int {
        if a.kind == .letter && a.isUpper && !a.isASCII && b.kind == .letter && b.isLower {
            if !x.isASCII && (x.kind == .space || isSymbol(x.kind)) { return 1 }
        }
        if a.kind == .digit && b.kind == .digit && x.kind == .letter && !x.isASCII { return 1 }
        if a.kind == .letter && b.kind == .letter && x.kind == .quote { return 1 }
        // An en or em dash glued between two accented letters ("–î–ï" is MacRoman for "ДЕ").
        if (x.value == 0x2013 || x.value == 0x2014) && a.kind == .letter && b.kind == .letter && !a.isASCII
            && !b.isASCII
        {
            return 1
        }
        return 0
    }
}
