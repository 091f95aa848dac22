import TextPipeCore

/// The rules that split a run of capitalised words into names and label them.
extension TaggingPass {
    typealias Facts = GazetteerEntry.Facts

    /// Labels the names in tokens `first..<end`, a run of capitalised words and connectors.
    func segment(_ found: inout [Mention], _ first: Int, _ end: Int) {
        var a = first
        var b = end
        while a < b, !tokens[a].isCapitalised { a += 1 }
        while b > a, !tokens[b - 1].isCapitalised { b -= 1 }
        guard a < b else { return }
        a = droppingLeadingCommonWords(a, b)
        guard a < b else { return }

        if b == a + 1, tokens[a].hasHyphen, hyphenHead(&found, a) { return }
        if b == a + 1, tokens[a].shape.contains(.hasLetter), tokens[a].end - tokens[a].start == 1 { return }
        if cueBefore(&found, a, b) { return }
        // The title and the name that start the run, found in one walk.
        let start = longestTitleAndName(at: a, limit: b)
        if titleThenName(&found, a, b, title: start.title, name: start.name) { return }

        if let match = start.name, let named = nameLabel(match) {
            nameAtStart(&found, a, b, match, named)
            return
        }
        // "Keith O'Neill of Norwich City", "Lynn Reaser of Barnett Banks Inc.": a person of an organisation.
        if b - a >= 4, let of = (a + 2..<b - 1).first(where: { tokens[$0].key == cues.of && tokens[$0].isLowercase }),
            isPersonName(a, of)
        {
            append(&found, a, of, .person, .firstName, .strong)
            segment(&found, of + 1, b)
            return
        }
        if let head = headLabel(a, b) {
            append(&found, a, b, head.label, head.reason, .strong)
            return
        }
        if b - a >= 3, let split = (a + 1..<b - 1).first(where: { isSplittingConnector($0) }) {
            segment(&found, a, split)
            segment(&found, split + 1, b)
            return
        }
        if isPersonName(a, b) {
            append(&found, a, b, .person, .firstName, .strong)
            return
        }
        // "Boxing Association President Ramon Manzanares": a title inside the run starts a person.
        if b - a >= 3, let title = (a + 1..<b - 1).first(where: { isTitleBeforeName($0, b) }) {
            segment(&found, a, title)
            segment(&found, title, b)
            return
        }
        if let inner = (a + 1..<b).first(where: { isKnownName($0, b, strongOnly: true) }) {
            segment(&found, a, inner)
            segment(&found, inner, b)
            return
        }
        let single = b == a + 1
        append(&found, a, b, nil, .shape, .unknown, needsEvidence: single && tokens[a].sentenceStart)
    }

    /// Tokens `a..<b` start with the gazetteer name `match`: label it, alone or with the words after it.
    private func nameAtStart(
        _ found: inout [Mention], _ a: Int, _ b: Int, _ match: NameMatch,
        _ named: (label: Entity.Label, reason: Mention.Reason)
    ) {
        let single = match.end == a + 1
        if match.end == b {
            // "Clinton", "Dole": a small town's name that is a frequent surname is more likely the person.
            if single, match.facts.isDisjoint(with: Facts.places.union([.organisation, .demonym, .miscName, .user])),
                case let entry = self.entry(match), entry.population < 100_000, entry.surnameRank > 0,
                entry.surnameRank <= 5000
            {
                append(&found, a, b, .person, .censusName, .weak, key: match.key)
                return
            }
            appendName(&found, a, b, named.label, named.reason, single ? .weak : .strong, key: match.key)
            return
        }
        if !isKnownName(match.end, b), let head = headLabel(a, b) {
            append(&found, a, b, head.label, head.reason, .strong)
            return
        }
        // "Lindsay Davenport", "Jordan Henderson": a given name that is also a town or a country.
        let facts = match.facts
        if single, facts.isDisjoint(with: [.organisation, .demonym, .user]), isPersonName(a, b) {
            append(&found, a, b, .person, .firstName, .strong)
            return
        }
        // "Vladimir Dubrovshchik": a town's name, then an unknown capitalised word.
        if single, facts.isDisjoint(with: Facts.places.union([.organisation, .demonym, .miscName, .user])),
            b == a + 2, tokens[a + 1].isWord, !hasNameLabel(a + 1),
            self.facts(a + 1).isDisjoint(with: [.commonWord, .title])
        {
            append(&found, a, b, .person, .nameShape, .weak)
            return
        }
        // "Iraqi Kurdish": nationalities in a row are one name.
        if named.label == .miscellaneous, let next = longestMatch(at: match.end, limit: b, facts: .demonym) {
            append(&found, a, next.end, .miscellaneous, named.reason, .strong)
            segment(&found, next.end, b)
            return
        }
        appendName(&found, a, match.end, named.label, named.reason, single ? .weak : .strong, key: match.key)
        segment(&found, match.end, b)
    }

    /// Appends a gazetteer name, tokens `a..<b` of key `key` (the match's: no need to combine the token keys
    /// again); an event keeps a year or edition number that follows it ("Euro 96").
    private func appendName(
        _ found: inout [Mention], _ a: Int, _ b: Int, _ label: Entity.Label, _ reason: Mention.Reason,
        _ strength: Mention.Strength, key: UInt64
    ) {
        if label == .miscellaneous, b < tokens.count, tokens[b].kind == .number, tokens[b].shape.contains(.allDigits),
            tokens[b].end - tokens[b].start == 2 || tokens[b].end - tokens[b].start == 4,
            self.facts(b - 1).contains(.miscName)
        {
            append(&found, a, b, label, reason, strength, stop: tokens[b].end, key: key)
            return
        }
        append(&found, a, b, label, reason, strength, key: key)
    }

    /// A title word followed by a capitalised word that is not itself a title or a head.
    private func isTitleBeforeName(_ t: Int, _ b: Int) -> Bool {
        guard self.facts(t).contains(.title), t + 1 < b, tokens[t + 1].isCapitalised else {
            return false
        }
        let next = self.facts(t + 1)
        return next.isDisjoint(with: [.title, .organisationHead, .placeHead, .miscHead])
    }

    /// Skips "The", "In", "But"... at the start of a sentence, and a lone common word anywhere.
    private func droppingLeadingCommonWords(_ first: Int, _ end: Int) -> Int {
        var a = first
        while a < end {
            let facts = self.facts(a)
            if facts.contains(.calendar) {
                a += 1
                continue
            }
            guard facts.contains(.commonWord), facts.isDisjoint(with: [.title, .organisationPrefix, .placePrefix])
            else {
                break
            }
            guard tokens[a].sentenceStart || end == a + 1 else { break }
            if facts.contains(.prefix), let match = longestMatch(at: a, limit: end, facts: Facts.names),
                match.end > a + 1
            {
                break
            }
            a += 1
            while a < end, !tokens[a].isCapitalised { a += 1 }
        }
        return a
    }

    /// "Washington-based", "U.S.-led": the capitalised head of a hyphenated word is a name when the gazetteer
    /// knows it, and the word is no name otherwise. Returns whether the token was dealt with.
    private func hyphenHead(_ found: inout [Mention], _ t: Int) -> Bool {
        let token = tokens[t]
        guard hasDescriptiveTail(token) else { return false }
        if hasNameLabel(t) { return false }
        let headKey = NameKey.of(bytes, token.start, token.headEnd)
        guard let named = tables.gazetteer.entry(headKey)?.nameLabel else { return true }
        append(&found, t, t + 1, named.label, named.reason, .weak, stop: token.headEnd, key: headKey)
        return true
    }

    /// "Washington-based", "U.S.-led": a capitalised word with a hyphen and a descriptive lower-case tail.
    func hasDescriptiveTail(_ token: NameToken) -> Bool {
        guard token.headEnd + 1 < token.end else { return false }
        var tailEnd = token.headEnd + 1
        while tailEnd < token.end, bytes[tailEnd] != 0x2D { tailEnd += 1 }
        return cues.hyphenTails.contains(NameKey.of(bytes, token.headEnd + 1, tailEnd))
    }

    /// A lower-case cue just before the name: "broadcaster France 2" (an organisation), "president Lula".
    private func cueBefore(_ found: inout [Mention], _ a: Int, _ b: Int) -> Bool {
        guard a > 0, tokens[a - 1].isLowercase else { return false }
        let cue = tokens[a - 1].key
        if cues.organisationBefore.contains(cue), !isPersonName(a, b) {
            var stop = tokens[b - 1].end
            // "France 2", "Channel 4": a small number right after the name is part of it.
            if b < tokens.count, tokens[b].kind == .number, tokens[b].end - tokens[b].start <= 2,
                tokens[b].shape.contains(.spaceBefore), b + 1 >= tokens.count || tokens[b + 1].kind != .number
            {
                stop = tokens[b].end
            }
            append(&found, a, b, .organization, .organisationCue, .strong, stop: stop)
            return true
        }
        if tables.titleKeys.contains(cue), !isKnownName(a, b), headLabel(a, b) == nil {
            append(&found, a, b, .person, .title, .strong)
            return true
        }
        return false
    }

    /// "President Volodymyr Zelenskyy", "Secretary General Mark Rutte", "Mr. Smith": a title, then a person.
    /// `title` and `name`: the longest title and name at `a` (``longestTitleAndName(at:limit:)``).
    private func titleThenName(
        _ found: inout [Mention], _ a: Int, _ b: Int, title startTitle: NameMatch?, name: NameMatch?
    ) -> Bool {
        guard var title = startTitle else { return false }
        if let name, name.end > title.end { return false }
        var rest = title.end
        while true {
            while rest < b, !tokens[rest].isCapitalised { rest += 1 }
            guard rest < b, let more = longestMatch(at: rest, limit: b, facts: .title) else { break }
            title = more
            rest = more.end
        }
        guard rest < b else { return self.facts(a).contains(.title) }
        if tokens[rest - 1].isLowercase { return false }  // "President of ..."
        // "Reporter Yoon Jae-jun Reporter": a title after the name is not part of it.
        var b = b
        while b > rest + 1, self.facts(b - 1).contains(.title) { b -= 1 }
        if isKnownName(rest, b) {
            segment(&found, rest, b)
            return true
        }
        // "Economist Joel Naroff of First Union": the person ends at "of".
        if let of = (rest + 1..<b).first(where: { tokens[$0].key == cues.of && tokens[$0].isLowercase }) {
            append(&found, rest, of, .person, .title, .strong)
            segment(&found, of + 1, b)
            return true
        }
        if let head = headLabel(a, b) {
            append(&found, a, b, head.label, head.reason, .strong)  // "Justice Department", "General Assembly"
            return true
        }
        append(&found, rest, b, .person, .title, .strong)
        return true
    }

    /// The label that the head words of the whole run give it: "Kyiv Post" (organisation), "Independence
    /// Square" (place), "Center for Strategic and International Studies" (an "of"-chain), "French Open".
    func headLabel(_ a: Int, _ b: Int) -> (label: Entity.Label, reason: Mention.Reason)? {
        let last = self.facts(b - 1)
        let firstFacts = self.facts(a)
        if b - a >= 2 {
            if last.contains(.organisationHead) { return (.organization, .organisationHead) }
            if last.contains(.miscHead) { return (.miscellaneous, .miscHead) }
            if last.contains(.placeHead) { return (.location, .placeHead) }
            if firstFacts.contains(.placePrefix) { return (.location, .placeHead) }
            if firstFacts.contains(.organisationPrefix) { return (.organization, .organisationHead) }
        }
        var t = a
        while t + 2 < b {
            if tokens[t + 1].isLowercase {
                let facts = self.facts(t)
                let joiner = tokens[t + 1].key
                if facts.contains(.organisationHeadOf), joiner == cues.of || joiner == cues.for {
                    return (.organization, .ofChain)
                }
                if facts.contains(.placeHeadOf), joiner == cues.of { return (.location, .ofChain) }
                if facts.contains(.miscHead), joiner == cues.of { return (.miscellaneous, .ofChain) }
            }
            t += 1
        }
        return nil
    }

    /// Connectors that join two names rather than build one: "and", "of", "for", "the", "&".
    private func isSplittingConnector(_ t: Int) -> Bool {
        let token = tokens[t]
        if token.mark == UInt8(ascii: "&") { return false }
        guard token.isLowercase else { return false }
        return token.key == cues.and || token.key == cues.of || token.key == cues.for || token.key == cues.the
            || token.key == cues.on
    }

    /// A given name from the Census lists (not a common word).
    func isGivenName(_ t: Int) -> Bool {
        guard self.facts(t).contains(.firstName), let entry = tables.gazetteer.entry(tokens[t].key) else {
            return false
        }
        return entry.isFirstName(atLeast: 0.002) && !entry.facts.contains(.commonWord)
            && !entry.facts.contains(.title)
    }

    /// "Mark Rutte", "George W. Bush", "J. Smith": a given name or an initial, then one to three more words.
    func isPersonName(_ a: Int, _ b: Int) -> Bool {
        var words = 0
        for t in a..<b where tokens[t].kind == .word { words += 1 }
        guard words >= 2, words <= 4 else { return false }
        let initial = tokens[a].end - tokens[a].start == 1 && a + 1 < b && tokens[a + 1].mark == UInt8(ascii: ".")
        guard initial || isGivenName(a) else { return false }
        let last = self.facts(b - 1)
        return last.isDisjoint(with: [.organisationHead, .placeHead, .miscHead, .demonym, .country])
    }

    /// Whether tokens `a..<b` start with a gazetteer name (country, place, organisation...), the whole span
    /// when `strongOnly` is false, or with a name other than a city when it is true.
    func isKnownName(_ a: Int, _ b: Int, strongOnly: Bool = false) -> Bool {
        guard let match = longestMatch(at: a, limit: b, facts: Facts.names) else { return false }
        if strongOnly {
            let facts = match.facts.subtracting([.city, .user])
            return !facts.isDisjoint(with: Facts.names) || match.end - a > 1
        }
        return match.end == b
    }
}
