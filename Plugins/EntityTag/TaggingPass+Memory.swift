import TextPipeCore

/// The document memory: what the confident mentions of a document teach about its other mentions.
extension TaggingPass {
    /// Applies what the document's confident mentions teach: the words of people's names ("Zelenskyy" after
    /// "Volodymyr Zelenskyy"), acronyms defined in parentheses ("Center for ... (CSIS)"), and names seen
    /// with a label elsewhere.
    mutating func applyMemory() {
        // Each mention teaches at most one known name and one acronym; person words come from its tokens.
        var personTokens = 0
        for mention in mentions where mention.strength == .strong && mention.label == .person {
            personTokens += mention.end - mention.first
        }
        DocumentKeyTables.with(bounds: (mentions.count, mentions.count, personTokens)) { tables in
            applyMemory(known: tables.first, acronyms: tables.second, personWords: tables.third)
        }
        mergeAdjacentPeople()
    }

    private mutating func applyMemory(
        known: DocumentKeyTable, acronyms: DocumentKeyTable, personWords: DocumentKeyTable
    ) {
        for mention in mentions {
            guard let label = mention.label else { continue }
            if mention.strength == .strong {
                known[mention.key] = label
                if label == .person {
                    for t in mention.first..<mention.end
                    where tokens[t].isCapitalised && tokens[t].end - tokens[t].start > 1 {
                        personWords.insert(tokens[t].key)
                    }
                }
            }
            if let acronym = definedAcronym(after: mention) { acronyms[acronym] = label }
        }
        for index in mentions.indices {
            let mention = mentions[index]
            guard mention.strength < .strong else { continue }
            if let label = acronyms[mention.key] {
                mentions[index].label = label
                mentions[index].reason = .memoryAcronym
                mentions[index].strength = .strong
            } else if let label = known[mention.key], mention.label != label || mention.strength == .unknown {
                mentions[index].label = label
                mentions[index].reason = .memoryName
                mentions[index].strength = .strong
            } else if (mention.first..<mention.end).allSatisfy({
                personWords.contains(tokens[$0].key) || !tokens[$0].isWord
            }) {
                mentions[index].label = .person
                mentions[index].reason = .memoryPerson
                mentions[index].strength = .strong
            }
        }
    }

    /// "Center for Strategic and International Studies (CSIS)": the capitals in parentheses right after a
    /// labelled mention name the same thing, when their first letter matches.
    private func definedAcronym(after mention: Mention) -> UInt64? {
        let open = mention.end
        guard open + 2 < tokens.count, tokens[open].mark == UInt8(ascii: "("),
            tokens[open + 2].mark == UInt8(ascii: ")"), tokens[open + 1].isAllCaps
        else { return nil }
        let acronym = tokens[open + 1]
        guard acronym.end - acronym.start >= 2, bytes[acronym.start] == bytes[mention.start] else { return nil }
        return acronym.key
    }

    /// In a headline of capitals the words of a remembered name were found one by one: join them again.
    private mutating func mergeAdjacentPeople() {
        let anyPair = mentions.indices.dropFirst().contains {
            mentions[$0].reason == .memoryPerson && mentions[$0 - 1].reason == .memoryPerson
                && mentions[$0 - 1].end == mentions[$0].first
        }
        guard anyPair else { return }
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count)
        for mention in mentions {
            if let last = merged.last, last.label == .person, mention.label == .person, last.end == mention.first,
                last.reason == .memoryPerson, mention.reason == .memoryPerson
            {
                merged[merged.count - 1].end = mention.end
                merged[merged.count - 1].stop = mention.stop
                continue
            }
            merged.append(mention)
        }
        mentions = merged
    }

    /// "Surinamese", "Texan" (nationalities, MISC) and "Lukashenko", "Ivankov" (surnames, PERSON) by ending.
    func labelFromSuffix(_ token: NameToken) -> Entity.Label? {
        guard token.isCapitalised, !token.isAllCaps, !token.hasHyphen, token.end - token.start >= 5 else { return nil }
        let bytes = self.bytes
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard token.length > count + 2 else { return false }
            let s = suffix.utf8Start
            for i in 0..<count where bytes[token.end - count + i] != s[i] { return false }
            return true
        }
        // Literals, not a static array of arrays: no `swift_once` and no array walk per call.
        if endsWith("ese") || endsWith("ian") || endsWith("ians") || endsWith("ean") || endsWith("eans")
            || endsWith("ans")
        {
            return .miscellaneous
        }
        if endsWith("ov") || endsWith("ova") || endsWith("ev") || endsWith("eva") || endsWith("enko")
            || endsWith("sky") || endsWith("ski") || endsWith("ska") || endsWith("vic") || endsWith("vich")
            || endsWith("wicz") || endsWith("escu") || endsWith("opoulos") || endsWith("idis") || endsWith("ides")
            || endsWith("yahu") || endsWith("atne") || endsWith("iya") || endsWith("uriya") || endsWith("ssen")
            || endsWith("sson")
        {
            return .person
        }
        return nil
    }

    /// Whether a mention is a candidate for ``wordsSeenInLowerCase(candidates:into:)``.
    @inline(__always)
    static func needsLowerCaseCheck(_ mention: Mention) -> Bool {
        mention.needsEvidence && mention.label == nil && mention.reason == .shape
    }

    /// Adds to `seen` the keys of unlabelled first words of sentences (put in `candidates` here) that the
    /// document also uses in lower case ("Police said..." and "the police"), found in one scan of the
    /// lower-case words.
    func wordsSeenInLowerCase(candidates: DocumentKeyTable, into seen: DocumentKeyTable) {
        for mention in mentions where Self.needsLowerCaseCheck(mention) {
            candidates.insert(mention.key)
        }
        // The set's filter first, kept in a register (`insert` writes memory the filter could be read from): it
        // turns most words away on the key alone, before their shape is read.
        let filter = candidates.filter
        tokens.withUnsafeBufferPointer { tokens in
            for token in tokens
            where filter & KeySet.bit(token.key) != 0 && candidates.contains(token.key) && token.isLowercase {
                seen.insert(token.key)
            }
        }
    }

    /// A surname or given name from the Census lists.
    func isCensusName(_ t: Int) -> Bool {
        let facts = self.facts(t)
        return facts.contains(.surname) || facts.contains(.firstName)
    }

    /// Decides the mentions that no rule or memory labelled, from the words around them and their shape.
    mutating func applyFallbacks() {
        var candidates = 0
        for mention in mentions where Self.needsLowerCaseCheck(mention) { candidates += 1 }
        guard candidates > 0 else {
            applyFallbacks(lowercaseSeen: nil)
            return
        }
        // A word seen in lower case is one of the candidates.
        DocumentKeyTables.with(bounds: (candidates, candidates, 0)) { tables in
            wordsSeenInLowerCase(candidates: tables.first, into: tables.second)
            applyFallbacks(lowercaseSeen: tables.second)
        }
    }

    /// `lowercaseSeen`: the words of ``wordsSeenInLowerCase(candidates:into:)``; `nil` when there are none.
    private mutating func applyFallbacks(lowercaseSeen: DocumentKeyTable?) {
        for index in mentions.indices where mentions[index].label == nil {
            let mention = mentions[index]
            if mention.needsEvidence {
                // A capitalised first word that never appears in lower case in the document may be a name.
                // Only a Census name or a telling ending is evidence enough.
                guard mention.reason == .shape, lowercaseSeen?.contains(mention.key) != true,
                    mention.end == mention.first + 1
                else { continue }
                let token = tokens[mention.first]
                if let label = labelFromSuffix(token) {
                    mentions[index].label = label
                    mentions[index].reason = .suffix
                } else if isCensusName(mention.first), !token.isAllCaps,
                    mention.end >= tokens.count || !cues.pluralVerbs.contains(tokens[mention.end].key)
                {
                    mentions[index].label = .person
                    mentions[index].reason = .censusName
                }
                continue
            }
            let single = mention.end == mention.first + 1
            let token = tokens[mention.first]
            // "A N", "W D L G": letters of a table header are no name.
            if (mention.first..<mention.end).contains(where: {
                tokens[$0].isWord && tokens[$0].end - tokens[$0].start == 1
                    && ($0 + 1 >= mention.end || tokens[$0 + 1].mark != UInt8(ascii: "."))
            }) {
                continue
            }
            if single, token.isAllCaps {
                mentions[index].label = .organization
                mentions[index].reason = .acronym
                continue
            }
            if mention.first > 0, tokens[mention.first - 1].isLowercase,
                cues.placeBefore.contains(tokens[mention.first - 1].key), single
            {
                mentions[index].label = .location
                mentions[index].reason = .placeCue
                continue
            }
            if mention.end < tokens.count, cues.organisationAfter.contains(tokens[mention.end].key) {
                mentions[index].label = .organization
                mentions[index].reason = .organisationCue
                continue
            }
            if single, let suffixLabel = labelFromSuffix(token) {
                mentions[index].label = suffixLabel
                mentions[index].reason = .suffix
                continue
            }
            // A lone unknown capitalised word is as often a team, a place or a product as a company: measured
            // on news and Wikipedia text, leaving it untagged is right more often than any label.
            if single, !isCensusName(mention.first), !token.possessive { continue }
            if !single {
                // "Foreign Minister", "Golf Course", "Purchasing Managers": titles and common words make no name.
                var anyTitle = false
                var anyCommonWord = false
                for t in mention.first..<mention.end {
                    let facts = self.facts(t)
                    anyTitle = anyTitle || facts.contains(.title)
                    anyCommonWord = anyCommonWord || facts.contains(.commonWord)
                }
                if anyTitle { continue }
                if anyCommonWord {
                    mentions[index].label = .organization
                    mentions[index].reason = .commonWords
                    continue
                }
            }
            mentions[index].label = .person
            mentions[index].reason = single ? .censusName : .nameShape
        }
    }
}
