import TextPipeCore

/// The work of tagging one document: its tokens, the mentions found so far and the document memory.
struct TaggingPass {
    let tagger: EntityTagger
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens: [NameToken]
    var mentions: [Mention] = []
    /// Token ranges of the sentences.
    var sentenceSpans: [Range<Int>] = []

    let gazetteer: NameTable
    let longestName: Int
    let cues: ContextCues

    init(tagger: EntityTagger, bytes: UnsafeBufferPointer<UInt8>) {
        self.tagger = tagger
        self.gazetteer = tagger.table
        self.longestName = tagger.longestName
        self.cues = tagger.cues
        self.bytes = bytes
        self.tokens = NameTokenizer.tokens(in: bytes)
        mentions.reserveCapacity(tokens.count / 8 + 4)
    }

    // MARK: Sentences

    /// Marks the first token of every sentence and line, and groups tokens into sentences.
    mutating func markSentences(_ sentences: [TextRange]?) {
        guard !tokens.isEmpty else { return }
        var starts: [Int] = [0]
        if let sentences {
            var t = 0
            for sentence in sentences {
                while t < tokens.count && tokens[t].start < sentence.start { t += 1 }
                if t < tokens.count, t > 0, starts.last != t { starts.append(t) }
            }
        }
        for t in 1..<tokens.count where tokens[t].shape.contains(.lineBreakBefore) {
            starts.append(t)
        }
        starts.sort()
        var previous = -1
        for (index, start) in starts.enumerated() where start != previous {
            previous = start
            let next = starts[(index + 1)...].first { $0 != start } ?? tokens.count
            sentenceSpans.append(start..<next)
            tokens[start].sentenceStart = true
        }
        // After an opening quote or a colon, a capital starts a sentence too.
        for t in 1..<tokens.count where tokens[t - 1].kind == .punctuation {
            let mark = tokens[t - 1].mark
            if mark == UInt8(ascii: "\"") || mark == UInt8(ascii: ":") || isOpeningQuote(t - 1) {
                tokens[t].sentenceStart = true
            }
        }
    }

    private func isOpeningQuote(_ t: Int) -> Bool {
        let token = tokens[t]
        return token.mark == 0xE2 && token.end - token.start == 3 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x9C || bytes[token.start + 2] == 0x98)
    }

    /// A headline or dateline in capitals: most of its words are all upper case.
    func isCapitalsSentence(_ span: Range<Int>) -> Bool {
        var words = 0
        var capitals = 0
        for t in span where tokens[t].kind == .word && tokens[t].end - tokens[t].start > 1 {
            words += 1
            if tokens[t].shape.contains(.allCaps) { capitals += 1 }
        }
        guard words > 0 else { return false }
        if words == 1 { return capitals == 1 && span.count <= 3 }
        return capitals * 4 >= words * 3
    }

    // MARK: Finding mentions

    mutating func findMentions() {
        for span in sentenceSpans {
            let before = mentions.count
            let capitals = isCapitalsSentence(span)
            if capitals {
                findInCapitals(span, scoreLine: isScoreLine(span, capitals: true, mentions: 2))
            } else {
                findInMixedCase(span)
            }
            if mentions.count > before, isScoreLine(span, capitals: capitals, mentions: mentions.count - before) {
                markTeams(before..<mentions.count)
            }
        }
    }

    /// A line of results or standings ("Leeds 2 Everton 1", "BALTIMORE 71 63 .530 4", "CLEVELAND AT TEXAS"):
    /// numbers and names with hardly a lower-case word.
    func isScoreLine(_ span: Range<Int>, capitals: Bool, mentions: Int) -> Bool {
        var numbers = 0
        var lowercase = 0
        var words = 0
        var versus = false
        for t in span {
            let token = tokens[t]
            // "1996-08-30" is one number here, however the tokenizer splits it.
            if token.kind == .number, token.shape.contains(.spaceBefore) || t == span.lowerBound { numbers += 1 }
            guard token.kind == .word else { continue }
            words += 1
            if token.isLowercase { lowercase += 1 }
            if capitals, token.key == cues.at || token.key == cues.versus { versus = true }
        }
        if capitals, versus, words <= 6, numbers == 0 { return true }
        // A dateline ("LONDON 1996-08-30") has one name and one number.
        guard numbers >= 2 || (numbers == 1 && mentions >= 2) else { return false }
        return lowercase <= 2 && lowercase * 4 < words
    }

    /// In a score line, towns and unknown names are teams; countries stay places (national teams) and people
    /// found by their given name stay people.
    private mutating func markTeams(_ range: Range<Int>) {
        for index in range {
            let mention = mentions[index]
            let facts = gazetteer.facts(mention.key)
            switch mention.label {
            case .location?:
                guard facts.isDisjoint(with: [.country, .continent]), !mention.reason.hasPrefix("rule:") else {
                    continue
                }
            case nil:
                // Unknown words of a line in capitals stay unknown ("CRICKET"); a team may start a line.
                guard mention.reason != "capitals", mention.end == mention.first + 1 else { continue }
            default:
                continue
            }
            mentions[index].label = .organization
            mentions[index].reason = "rule:score-line"
            mentions[index].strength = .weak
            mentions[index].needsEvidence = false
        }
    }

    /// In a line of capitals, shape says nothing: only gazetteer names and (later) the memory count.
    private mutating func findInCapitals(_ span: Range<Int>, scoreLine: Bool) {
        var t = span.lowerBound
        while t < span.upperBound {
            guard tokens[t].kind == .word, tokens[t].shape.contains(.hasLetter) else {
                t += 1
                continue
            }
            if let match = longestMatch(at: t, limit: span.upperBound, facts: GazetteerEntry.Facts.names),
                let named = match.entry.nameLabel, scoreLine || capitalsMatchIsPlausible(match, at: t)
            {
                append(t, match.end, named.label, named.reason, match.end - t > 1 ? .strong : .weak)
                t = match.end
                continue
            }
            let facts = gazetteer.facts(tokens[t].key)
            if !facts.contains(.commonWord), !facts.contains(.title), !facts.contains(.connector) {
                append(t, t + 1, nil, "capitals", .unknown, needsEvidence: true)
            }
            t += 1
        }
    }

    /// Small towns named like English words ("Split", "Police") are not trusted in a headline of capitals.
    private func capitalsMatchIsPlausible(_ match: (end: Int, entry: GazetteerEntry), at t: Int) -> Bool {
        let facts = match.entry.facts
        if match.end - t > 1 || !facts.isDisjoint(with: GazetteerEntry.Facts.places)
            || facts.contains(.demonym) || facts.contains(.organisation) || facts.contains(.user)
        {
            return true
        }
        // A dateline ("LONDON 1996-08-30") names a town; elsewhere only big cities are trusted.
        let dateline = tokens[t].sentenceStart && match.end < tokens.count && tokens[match.end].kind == .number
        return !facts.contains(.commonWord) && match.entry.population >= (dateline ? 15_000 : 1_000_000)
    }

    /// In ordinary text, runs of capitalised words (joined by "of", "and", "de"...) are candidate names.
    private mutating func findInMixedCase(_ span: Range<Int>) {
        var t = span.lowerBound
        while t < span.upperBound {
            guard tokens[t].isCapitalised else {
                t += 1
                continue
            }
            // "Ohio-based KeyCorp": the descriptive compound stands alone.
            let end =
                tokens[t].hasHyphen && hasDescriptiveTail(tokens[t]) ? t + 1 : chunkEnd(from: t, limit: span.upperBound)
            segment(t, end)
            t = end
        }
    }

    /// The end of the run of capitalised words that starts at `start`.
    ///
    /// Lower-case connectors join capitals when they build one name: person particles ("Joost van der
    /// Westhuizen") always, "of"/"for" always (the rules split "Russia of ..." again), "and", "&", "on", "in" only
    /// inside an organisation's "of"-chain or before a run that ends with an organisation head ("National
    /// Security and Defense Council"). Days and months never join.
    private func chunkEnd(from start: Int, limit: Int) -> Int {
        var j = start + 1
        var inChain = false
        while j < limit {
            if tokens[j - 1].possessive { break }
            let token = tokens[j]
            if token.isCapitalised {
                if gazetteer.facts(token.key).contains(.calendar) { break }
                if token.hasHyphen, hasDescriptiveTail(token) { break }
                j += 1
                continue
            }
            // "George W. Bush", "Mr. Smith": a period after an initial or a short title, then a capital.
            if token.mark == UInt8(ascii: "."), !token.shape.contains(.spaceBefore), j + 1 < limit,
                tokens[j + 1].isCapitalised
            {
                let previous = tokens[j - 1]
                if previous.end - previous.start == 1
                    || !gazetteer.facts(previous.key).isDisjoint(with: [.title, .placePrefix])
                    || cues.periodAbbreviations.contains(previous.key)
                {
                    j += 2
                    continue
                }
                break
            }
            var k = j
            while k < limit, k - j < 3, isConnector(tokens[k]) { k += 1 }
            guard k > j, k < limit, tokens[k].isCapitalised, !gazetteer.facts(tokens[k].key).contains(.calendar)
            else { break }
            let first = tokens[j].key
            if first == cues.of || first == cues.for {
                if gazetteer.facts(tokens[j - 1].key).contains(.organisationHeadOf) { inChain = true }
            } else if first == cues.and || tokens[j].mark == UInt8(ascii: "&") {
                let ampersand = tokens[j].mark == UInt8(ascii: "&")
                // "Kyiv Post and the Center ...": a complete name before "and" stays apart.
                if !inChain, k > j + 1 || gazetteer.facts(tokens[j - 1].key).contains(.organisationHead) { break }
                guard ampersand || inChain || runEndsWithOrganisationHead(from: k, limit: limit) else { break }
                if !ampersand, gazetteer.entry(tokens[j - 1].key)?.nameLabel != nil { break }
            } else if first == cues.on || first == cues.in || first == cues.the {
                guard inChain else { break }
            }
            j = k + 1
        }
        return j
    }

    private func isConnector(_ token: NameToken) -> Bool {
        if token.kind == .word { return token.isLowercase && gazetteer.facts(token.key).contains(.connector) }
        return token.mark == UInt8(ascii: "&")
    }

    /// Whether the capitalised words from `t` end with an organisation head ("... Defense Council").
    private func runEndsWithOrganisationHead(from t: Int, limit: Int) -> Bool {
        var j = t
        while j < limit, tokens[j].isCapitalised {
            j += 1
            if tokens[j - 1].possessive { break }
        }
        return j > t && gazetteer.facts(tokens[j - 1].key).contains(.organisationHead)
    }

    // MARK: Helpers for the rules

    /// The longest gazetteer entry with any of `facts` that starts at token `t` and ends by `limit`.
    func longestMatch(at t: Int, limit: Int, facts wanted: GazetteerEntry.Facts) -> (end: Int, entry: GazetteerEntry)? {
        var key = tokens[t].key
        var bestEnd = 0
        var bestKey: UInt64 = 0
        var j = t + 1
        while true {
            let facts = gazetteer.facts(key)
            if facts.isEmpty { break }
            if !facts.isDisjoint(with: wanted) { (bestEnd, bestKey) = (j, key) }
            guard facts.contains(.prefix), j < limit, j - t < longestName else { break }
            key = NameKey.combine(key, tokens[j].key)
            j += 1
        }
        guard bestEnd > 0, let entry = gazetteer.entry(bestKey) else { return nil }
        return (bestEnd, entry)
    }

    /// The key of tokens `first..<end`.
    func key(_ first: Int, _ end: Int) -> UInt64 {
        var key = tokens[first].key
        var t = first + 1
        while t < end {
            key = NameKey.combine(key, tokens[t].key)
            t += 1
        }
        return key
    }

    /// Records a mention of tokens `first..<end`.
    mutating func append(
        _ first: Int, _ end: Int, _ label: Entity.Label?, _ reason: String, _ strength: Mention.Strength,
        needsEvidence: Bool = false, stop: Int? = nil, key nameKey: UInt64? = nil
    ) {
        var stopByte = stop ?? tokens[end - 1].end
        // "Acme Inc." keeps its period, unless the period also ends the sentence.
        if stop == nil, end + 1 < tokens.count, tokens[end].mark == UInt8(ascii: "."),
            tokens[end].start == stopByte, cues.periodAbbreviations.contains(tokens[end - 1].key),
            !tokens[end + 1].sentenceStart, !tokens[end + 1].shape.contains(.lineBreakBefore)
        {
            stopByte += 1
        }
        mentions.append(
            Mention(
                first: first, end: end, start: tokens[first].start, stop: stopByte, label: label, reason: reason,
                strength: strength, key: nameKey ?? key(first, end), needsEvidence: needsEvidence))
    }
}
