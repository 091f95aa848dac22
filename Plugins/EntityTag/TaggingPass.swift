import TextPipeCore
import TextPipeText

/// The work of tagging one document: its tokens, the mentions found so far and the document memory.
///
/// Kept small (references and arrays, no copies of the tagger's tables): the rules are methods on it, and a
/// large `self` was copied with `memcpy` at many of their calls.
struct TaggingPass {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The tokens and the pass's scratch space; owns the memory `tokens` points to.
    let storage: DocumentTokens
    let tokens: CheckedBuffer<NameToken>
    var mentions: [Mention] = []
    /// The number of sentences: sentence `k` is tokens `storage.sentenceStarts[k]..<storage.sentenceStarts[k + 1]`
    /// (see ``DocumentTokens``).
    let sentenceCount: Int

    /// The tagger's tables, by reference (see ``TaggerTables``).
    let tables: TaggerTables
    var cues: ContextCues { tables.cues }

    /// Tokenizes `bytes` and marks its sentences (the sentences layer's; without it, each line is one).
    init(tables: TaggerTables, bytes: UnsafeBufferPointer<UInt8>, sentences: [TextRange]?) {
        self.tables = tables
        self.bytes = bytes
        storage = DocumentTokens(bytes, sentences: sentences)
        tokens = storage.tokens
        sentenceCount = storage.sentenceCount
        mentions.reserveCapacity(tokens.count / 8 + 4)
    }

    /// Whether the tagger keeps a token's facts on it: words that are not all lower case.
    @inline(__always)
    static func hasCachedFacts(_ token: NameToken) -> Bool {
        token.kind == .word && !token.shape.contains(.lowercase)
    }

    /// What the gazetteer knows about token `t`: cached on a word with a capital (by ``fillFacts()``),
    /// looked up for the others.
    @inline(__always)
    func facts(_ t: Int) -> NameFacts {
        let token = tokens[t]
        return Self.hasCachedFacts(token) ? token.facts : tables.gazetteer.facts(token.key)
    }

    // MARK: Finding mentions

    ///
    /// The rules are non-mutating methods that add to `found`, not to ``mentions``: a call from a mutating
    /// method to a non-mutating one copied the whole pass (a `memcpy`) every time.
    mutating func findMentions() {
        var found: [Mention] = []
        swap(&found, &mentions)
        findMentions(into: &found)
        mentions = found
    }

    private func findMentions(into found: inout [Mention]) {
        let starts = storage.sentenceStarts
        let totals = storage.totalsBefore
        for k in 0..<sentenceCount {
            let span = Int(starts[k])..<Int(starts[k + 1])
            // The sentence's words with a capital, in `storage.lookups`.
            let withCapitals = Int(totals[k].lookups)..<Int(totals[k + 1].lookups)
            let shape = sentenceShape(k, span)
            let before = found.count
            let capitals = shape.isCapitals(tokenCount: span.count)
            if capitals {
                findInCapitals(&found, span, scoreLine: isScoreLine(shape, span, capitals: true, mentions: 2))
            } else {
                findInMixedCase(&found, span, withCapitals: withCapitals)
            }
            if found.count > before, isScoreLine(shape, span, capitals: capitals, mentions: found.count - before) {
                markTeams(&found, before..<found.count)
            }
        }
    }

    /// In a score line, towns and unknown names are teams; countries stay places (national teams) and people
    /// found by their given name stay people.
    private func markTeams(_ mentions: inout [Mention], _ range: Range<Int>) {
        for index in range {
            let mention = mentions[index]
            let facts = tables.gazetteer.facts(mention.key)
            switch mention.label {
            case .location?:
                guard facts.isDisjoint(with: [.country, .continent]), !mention.reason.isRule else {
                    continue
                }
            case nil:
                // Unknown words of a line in capitals stay unknown ("CRICKET"); a team may start a line.
                guard mention.reason != .capitals, mention.end == mention.first + 1 else { continue }
            default:
                continue
            }
            mentions[index].label = .organization
            mentions[index].reason = .scoreLine
            mentions[index].strength = .weak
            mentions[index].needsEvidence = false
        }
    }

    /// In a line of capitals, shape says nothing: only gazetteer names and (later) the memory count.
    private func findInCapitals(_ found: inout [Mention], _ span: Range<Int>, scoreLine: Bool) {
        var t = span.lowerBound
        while t < span.upperBound {
            guard tokens[t].kind == .word, tokens[t].shape.contains(.hasLetter) else {
                t += 1
                continue
            }
            if let match = longestMatch(at: t, limit: span.upperBound, facts: GazetteerEntry.Facts.names),
                let named = nameLabel(match), scoreLine || capitalsMatchIsPlausible(match, at: t)
            {
                append(
                    &found, t, match.end, named.label, named.reason, match.end - t > 1 ? .strong : .weak, key: match.key
                )
                t = match.end
                continue
            }
            let facts = self.facts(t)
            if !facts.contains(.commonWord), !facts.contains(.title), !facts.contains(.connector) {
                append(&found, t, t + 1, nil, .capitals, .unknown, needsEvidence: true)
            }
            t += 1
        }
    }

    /// Small towns named like English words ("Split", "Police") are not trusted in a headline of capitals.
    private func capitalsMatchIsPlausible(_ match: NameMatch, at t: Int) -> Bool {
        let facts = match.facts
        if match.end - t > 1 || !facts.isDisjoint(with: GazetteerEntry.Facts.places)
            || facts.contains(.demonym) || facts.contains(.organisation) || facts.contains(.user)
        {
            return true
        }
        // A dateline ("LONDON 1996-08-30") names a town; elsewhere only big cities are trusted.
        let dateline = tokens[t].sentenceStart && match.end < tokens.count && tokens[match.end].kind == .number
        return !facts.contains(.commonWord) && entry(match).population >= (dateline ? 15_000 : 1_000_000)
    }

    /// In ordinary text, runs of capitalised words (joined by "of", "and", "de"...) are candidate names.
    ///
    /// `capitals` are the positions in ``DocumentTokens/lookups`` of the sentence's words with a capital: a run
    /// starts at one of them, so the walk from run to run goes over those alone, not over every token.
    private func findInMixedCase(_ found: inout [Mention], _ span: Range<Int>, withCapitals capitals: Range<Int>) {
        let lookups = storage.lookups
        precondition(capitals.lowerBound >= 0 && capitals.upperBound <= lookups.count, "lookup range out of bounds")
        var p = capitals.lowerBound
        var end = span.lowerBound
        while true {
            // The next capitalised word at or after `end`.
            while p < capitals.upperBound && (Int(lookups[p]) < end || !tokens[Int(lookups[p])].isCapitalised) {
                p &+= 1
            }
            guard p < capitals.upperBound else { return }
            let t = Int(lookups[p])
            if isLoneCommonWord(t, limit: span.upperBound) {
                end = t + 1
                continue
            }
            // "Ohio-based KeyCorp": the descriptive compound stands alone.
            end =
                tokens[t].hasHyphen && hasDescriptiveTail(tokens[t]) ? t + 1 : chunkEnd(from: t, limit: span.upperBound)
            segment(&found, t, end)
        }
    }

    /// Whether capitalised token `t` is a run of its own that names nothing: a common word or a day or month
    /// ("The", "But", "Monday") before a word that cannot extend the run (no capital, period or connector).
    /// ``chunkEnd(from:limit:)`` would end the run after it and ``segment(_:_:_:)`` drop it; the rules for the
    /// most frequent capitalised words of prose are skipped that way.
    @inline(__always)
    func isLoneCommonWord(_ t: Int, limit: Int) -> Bool {
        let facts = tokens[t].facts
        guard
            facts.contains(.calendar)
                || (facts.contains(.commonWord) && facts.isDisjoint(with: [.title, .organisationPrefix, .placePrefix]))
        else { return false }
        let j = t + 1
        guard j < limit else { return true }
        let next = tokens[j]
        return !next.isCapitalised && next.mark != UInt8(ascii: ".") && !isConnector(j)
    }

    /// The end of the run of capitalised words that starts at `start`.
    ///
    /// Lower-case connectors join capitals when they build one name: person particles ("Joost van der
    /// Westhuizen") always, "of"/"for" always (the rules split "Russia of ..." again), "and", "&", "on", "in" only
    /// inside an organisation's "of"-chain or before a run that ends with an organisation head ("National
    /// Security and Defense Council"). Days and months never join.
    func chunkEnd(from start: Int, limit: Int) -> Int {
        var j = start + 1
        var inChain = false
        while j < limit {
            if tokens[j - 1].possessive { break }
            let token = tokens[j]
            if token.isCapitalised {
                if token.facts.contains(.calendar) { break }
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
                    || !facts(j - 1).isDisjoint(with: [.title, .placePrefix])
                    || cues.periodAbbreviations.contains(previous.key)
                {
                    j += 2
                    continue
                }
                break
            }
            var k = j
            while k < limit, k - j < 3, isConnector(k) { k += 1 }
            guard k > j, k < limit, tokens[k].isCapitalised, !tokens[k].facts.contains(.calendar)
            else { break }
            let first = tokens[j].key
            if first == cues.of || first == cues.for {
                if facts(j - 1).contains(.organisationHeadOf) { inChain = true }
            } else if first == cues.and || tokens[j].mark == UInt8(ascii: "&") {
                let ampersand = tokens[j].mark == UInt8(ascii: "&")
                // "Kyiv Post and the Center ...": a complete name before "and" stays apart.
                if !inChain, k > j + 1 || facts(j - 1).contains(.organisationHead) { break }
                guard ampersand || inChain || runEndsWithOrganisationHead(from: k, limit: limit) else { break }
                if !ampersand, hasNameLabel(j - 1) { break }
            } else if first == cues.on || first == cues.in || first == cues.the {
                guard inChain else { break }
            }
            j = k + 1
        }
        return j
    }

    private func isConnector(_ t: Int) -> Bool {
        let token = tokens[t]
        if token.kind == .word { return token.isLowercase && tables.connectorKeys.contains(token.key) }
        return token.mark == UInt8(ascii: "&")
    }

    /// Whether the capitalised words from `t` end with an organisation head ("... Defense Council").
    private func runEndsWithOrganisationHead(from t: Int, limit: Int) -> Bool {
        var j = t
        while j < limit, tokens[j].isCapitalised {
            j += 1
            if tokens[j - 1].possessive { break }
        }
        return j > t && facts(j - 1).contains(.organisationHead)
    }

    // MARK: Helpers for the rules

    /// The longest gazetteer entry with any of `facts` that starts at token `t` and ends by `limit`.
    func longestMatch(at t: Int, limit: Int, facts wanted: GazetteerEntry.Facts) -> NameMatch? {
        var key = tokens[t].key
        var facts = self.facts(t)
        var bestEnd = 0
        var bestKey: UInt64 = 0
        var bestFacts: NameFacts = []
        var j = t + 1
        while true {
            if facts.isEmpty { break }
            if !facts.isDisjoint(with: wanted) { (bestEnd, bestKey, bestFacts) = (j, key, facts) }
            guard facts.contains(.prefix), j < limit, j - t < tables.longestName else { break }
            key = NameKey.combine(key, tokens[j].key)
            facts = tables.gazetteer.facts(key)
            j += 1
        }
        guard bestEnd > 0 else { return nil }
        return NameMatch(end: bestEnd, key: bestKey, facts: bestFacts)
    }

    /// What `longestMatch(at: t, limit: limit, facts: .title)` and `longestMatch(at: t, limit: limit, facts:
    /// Facts.names)` find, in one walk: the rules ask for both at the start of every run.
    func longestTitleAndName(at t: Int, limit: Int) -> (title: NameMatch?, name: NameMatch?) {
        var key = tokens[t].key
        var facts = self.facts(t)
        var title: NameMatch?
        var name: NameMatch?
        var j = t + 1
        while true {
            if facts.isEmpty { break }
            if facts.contains(.title) { title = NameMatch(end: j, key: key, facts: facts) }
            if !facts.isDisjoint(with: GazetteerEntry.Facts.names) { name = NameMatch(end: j, key: key, facts: facts) }
            guard facts.contains(.prefix), j < limit, j - t < tables.longestName else { break }
            key = NameKey.combine(key, tokens[j].key)
            facts = tables.gazetteer.facts(key)
            j += 1
        }
        return (title, name)
    }

    /// The whole gazetteer entry of a match, numbers included.
    func entry(_ match: NameMatch) -> GazetteerEntry {
        tables.gazetteer.entry(match.key) ?? GazetteerEntry(facts: match.facts)
    }

    /// The label a match gives its tokens, and the gazetteer that decided (``GazetteerEntry/nameLabel``).
    func nameLabel(_ match: NameMatch) -> (label: Entity.Label, reason: Mention.Reason)? {
        let userLabel = match.facts.contains(.user) ? tables.gazetteer.entry(match.key)?.userLabel : nil
        return GazetteerEntry.nameLabel(facts: match.facts, userLabel: userLabel)
    }

    /// Whether token `t` alone is a gazetteer name with a label (``GazetteerEntry/nameLabel``).
    func hasNameLabel(_ t: Int) -> Bool {
        let facts = self.facts(t)
        guard !facts.isDisjoint(with: NameFacts.names) else { return false }
        // Any name fact but a user's gives a label; a user's name has one only with a label on its line.
        if !facts.subtracting(.user).isDisjoint(with: NameFacts.names) { return true }
        return tables.gazetteer.entry(tokens[t].key)?.userLabel != nil
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
    func append(
        _ mentions: inout [Mention], _ first: Int, _ end: Int, _ label: Entity.Label?, _ reason: Mention.Reason,
        _ strength: Mention.Strength,
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
