import TextPipeText

/// Repairs mojibake: UTF-8 text that was decoded with a single-byte code page (windows-1252, latin-1,
/// windows-1251, MacRoman, ...), possibly more than once.
///
/// Each round tries every candidate code page: it re-encodes runs of characters to the bytes the code page
/// gives them, keeps the runs that form UTF-8 sequences, and scores each run before and after decoding with
/// ``MojibakeScore``. A code page is used only when its sequences make the text clearly less odd, and not
/// when the text holds many more lone or broken lead characters than sequences (real accented text, or a
/// garble nothing can undo). Rounds repeat until no code page helps, which undoes double and triple
/// mojibake. Finally, C1 controls that stand for windows-1252 punctuation are replaced.
struct MojibakeRepair: Sendable {
    static let maxRounds = 5

    private let pages = CodePage.mojibakeCandidates

    /// The repaired text, or `nil` when nothing needed repair.
    func repair(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        guard Self.mightHoldMojibake(text) else { return nil }
        var work = WorkingText(text)
        var changed = false
        if let repaired = improve(work, depth: 2), Self.isClean(repaired, comparedWith: work) {
            work = repaired
            changed = true
        }
        if work.replaceC1Controls(with: CodePage.windows1252) { changed = true }
        guard changed else { return nil }
        return work.rewrite(source: text, tracksAlignment: tracksAlignment)
    }

    /// Applies the best plan round after round. When no plan helps on its own, looks ahead: a code page whose
    /// sequences are all consistent is tried speculatively, and kept if further rounds then make the text
    /// less odd than it was (the middle layer of double mojibake can look worse than either end).
    private func improve(_ start: WorkingText, depth: Int) -> WorkingText? {
        var work = start
        var changed = false
        for _ in 0..<Self.maxRounds {
            let characters = work.scalars.map(Self.character)
            let plans = pages.compactMap { plan(for: work.scalars, characters: characters, page: $0) }
            // Of the plans that help locally, keep the one that leaves the whole text least odd.
            var best: (work: WorkingText, oddness: Int, plan: Plan)?
            for plan in plans where plan.gain > 0 {
                var trial = work
                trial.apply(plan)
                let rarity = plan.edits.reduce(0) { $0 + MojibakeCharacter.rarity($1.value) }
                let oddness = MojibakeScore.oddness(trial.scalars.map(Self.character)) + rarity
                if let current = best,
                    current.oddness < oddness || (current.oddness == oddness && !current.plan.isWorse(than: plan))
                {
                    continue
                }
                best = (trial, oddness, plan)
            }
            if let best {
                work = best.work
                changed = true
                continue
            }
            guard depth > 0 else { break }
            let oddness = MojibakeScore.oddness(characters)
            var found: WorkingText?
            for speculative in plans where speculative.isConsistent {
                var trial = work
                trial.apply(speculative.allSequences)
                guard let onward = improve(trial, depth: depth - 1) else { continue }
                let after = MojibakeScore.oddness(onward.scalars.map(Self.character))
                if after <= oddness {
                    found = onward
                    break
                }
            }
            guard let found else { break }
            work = found
            changed = true
        }
        return changed ? work : nil
    }

    /// Whether a repair leaves little of the oddness it started from. A garble that repair only turns into
    /// another garble (a lower-cased mojibake, say) is better left as it was.
    private static func isClean(_ repaired: WorkingText, comparedWith original: WorkingText) -> Bool {
        let before = MojibakeScore.oddness(original.scalars.map(character))
        let after = MojibakeScore.oddness(repaired.scalars.map(character))
        return after <= 2 || after * 3 <= before
    }

    /// A character as scoring sees it: a C1 control already read as the windows-1252 character it will
    /// become anyway, so that only real UTF-8 sequences earn a repair.
    private static func character(_ value: UInt32) -> MojibakeCharacter {
        if value >= 0x80 && value <= 0x9F {
            return MojibakeCharacter(CodePage.windows1252.scalar(for: UInt8(value)))
        }
        return MojibakeCharacter(value)
    }

    /// A cheap first look: a C1 control, or a character that is a lead byte in some code page followed by one
    /// that could continue it.
    static func mightHoldMojibake(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var previousIsLead = false
            var index = UTF8Scalars.endOfASCII(utf8, from: 0)
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    // Only the ASCII byte right after a lead character matters; the rest of the run is skipped.
                    if previousIsLead && (byte == 0x20 || byte == 0x3F) { return true }
                    previousIsLead = false
                    index = UTF8Scalars.endOfASCII(utf8, from: index + 1)
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(utf8, at: index)
                index += length
                let value = scalar.value
                if value <= 0x9F { return true }
                let flags = LeadTable.flags(value)
                if previousIsLead && (flags & LeadTable.continuation != 0 || value == 0xFFFD) { return true }
                previousIsLead = flags & LeadTable.lead != 0
            }
            return false
        }
    }

    /// What one code page would change: the sequences accepted on their own merit, and all of them.
    struct Plan {
        typealias Edit = (start: Int, end: Int, value: UInt32)
        var edits: [Edit]
        var allSequences: [Edit]
        var gain: Int
        /// C1 controls read as bytes the code page gives another character: a sign it was not the one used.
        var sloppiness: Int
        /// No broken sequences, no lone lead characters, nothing rare: safe to try ahead.
        var isConsistent: Bool

        func isWorse(than other: Plan) -> Bool {
            gain != other.gain ? gain < other.gain : sloppiness > other.sloppiness
        }
    }

    private struct Candidate {
        var start: Int
        var end: Int
        var value: UInt32
        var loose: Bool
        var isLossy: Bool
        var gain = 0
    }

    private func plan(for scalars: [UInt32], characters: [MojibakeCharacter], page: CodePage) -> Plan? {
        var candidates: [Candidate] = []
        var broken = 0
        var lone = 0
        var index = 0
        while index < scalars.count {
            switch MojibakeSequence.read(at: index, in: scalars, page: page) {
            case .none:
                if MojibakeSequence.isLead(scalars[index], in: page) { lone += 1 }
                index += 1
            case .broken:
                broken += 1
                index += 1
            case .valid(var end, let value, let loose):
                if loose && value == 0xE0 && end == index + 2 && !Self.absorbsSpace(after: end, in: scalars) {
                    end = index + 1  // "Ã " is "à" followed by a real space
                }
                candidates.append(Candidate(start: index, end: end, value: value, loose: loose, isLossy: false))
                index = end
            case .lossy(let end):
                candidates.append(Candidate(start: index, end: end, value: 0xFFFD, loose: false, isLossy: true))
                index = end
            }
        }
        guard !candidates.isEmpty else { return nil }
        let whole = candidates.count(where: { !$0.isLossy })
        if broken + lone > 2 * whole + 1 { return nil }
        var sloppiness = 0
        var rare = false
        for position in candidates.indices {
            var candidate = candidates[position]
            candidate.gain = Self.gain(of: position, in: candidates, characters: characters)
            candidates[position] = candidate
            if MojibakeCharacter.rarity(candidate.value) >= 2 { rare = true }
            for scalar in scalars[candidate.start..<candidate.end] where scalar >= 0x80 && scalar <= 0x9F {
                if page.scalar(for: UInt8(scalar)) != scalar { sloppiness += 1 }
            }
        }
        let gain = candidates.reduce(0) { $0 + max(0, $1.gain) }
        let acceptWeak = gain >= 2
        let accepted = candidates.filter { $0.gain > 0 || (acceptWeak && $0.gain == 0) }
        return Plan(
            edits: accepted.map { ($0.start, $0.end, $0.value) },
            allSequences: candidates.map { ($0.start, $0.end, $0.value) }, gain: gain, sloppiness: sloppiness,
            isConsistent: broken == 0 && lone == 0 && !rare && whole > 0)
    }

    /// Whether a space after "Ã" stood for the 0xA0 of "à" and is used up by it: before another space,
    /// and in the Portuguese contractions "às" and "àquele/àquilo". Otherwise the no-break space of "à" was
    /// lost and the space is the one that followed the word ("voilÃ le" is "voilà le").
    private static func absorbsSpace(after end: Int, in scalars: [UInt32]) -> Bool {
        func at(_ offset: Int) -> UInt32 { end + offset < scalars.count ? scalars[end + offset] : 0 }
        if at(0) == 0x20 { return true }
        if at(0) == 0x73 {  // "s" ending the word
            let next = at(1)
            let isWordCharacter =
                (next >= 0x61 && next <= 0x7A) || (next >= 0x41 && next <= 0x5A)
                || next == 0x27 || next == 0x2019 || next >= 0x80
            return !isWordCharacter
        }
        if at(0) == 0x71 && at(1) == 0x75 && (at(2) == 0x65 || at(2) == 0x69) && at(3) == 0x6C { return true }
        return false
    }

    /// How much less odd a candidate's characters and their neighbours become when read as its value.
    /// Neighbours that are candidates themselves count as decoded. A sequence of three or more bytes is
    /// evidence of its own; two symbols standing alone that decode to a third symbol are not evidence at all.
    private static func gain(of position: Int, in candidates: [Candidate], characters: [MojibakeCharacter]) -> Int {
        let candidate = candidates[position]
        let start = candidate.start
        let end = candidate.end
        var before: [MojibakeCharacter] = []
        var after: [MojibakeCharacter] = []
        var leftIsCandidate = false
        var rightIsCandidate = false
        if start > 0 {
            before.append(characters[start - 1])
            if position > 0 && candidates[position - 1].end == start {
                after.append(MojibakeCharacter(candidates[position - 1].value))
                leftIsCandidate = true
            } else {
                after.append(characters[start - 1])
            }
        }
        before.append(contentsOf: characters[start..<end])
        after.append(MojibakeCharacter(candidate.value))
        if end < characters.count {
            before.append(characters[end])
            if position + 1 < candidates.count && candidates[position + 1].start == end {
                after.append(MojibakeCharacter(candidates[position + 1].value))
                rightIsCandidate = true
            } else {
                after.append(characters[end])
            }
        }
        if candidate.isLossy { return 0 }
        var gain = MojibakeScore.oddness(before) - MojibakeScore.oddness(after)
        gain -= MojibakeCharacter.rarity(candidate.value)
        if end - start >= 3 && !candidate.loose { gain += 1 }
        let run = characters[start..<end]
        if end - start == 2 && run.allSatisfy({ !$0.isLetter }) && !leftIsCandidate && !rightIsCandidate
            && !MojibakeCharacter(candidate.value).isLetter
        {
            let leftLetter = start > 0 && characters[start - 1].isLetter
            let rightLetter = end < characters.count && characters[end].isLetter
            if !leftLetter && !rightLetter { gain -= 2 }
        }
        return gain
    }
}

/// For each scalar below 0x2600, whether some candidate code page has a lead byte or a continuation byte
/// for it: the quick test of ``MojibakeRepair/mightHoldMojibake(_:)``.
enum LeadTable {
    static let lead: UInt8 = 1
    static let continuation: UInt8 = 2
    private static let limit: UInt32 = 0x2600

    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: Int(limit))
        for page in CodePage.mojibakeCandidates {
            for byte in UInt8(0x80)...UInt8(0xFF) {
                let scalar = page.scalar(for: byte)
                guard scalar < limit else { continue }
                if byte >= 0xC2 && byte <= 0xF4 { table[Int(scalar)] |= lead }
                if byte <= 0xBF { table[Int(scalar)] |= continuation }
            }
        }
        return table
    }()

    @inline(__always)
    static func flags(_ scalar: UInt32) -> UInt8 {
        if scalar < limit { return table[Int(scalar)] }
        // MacRoman's ligatures and Apple sign are its only characters above the table.
        return scalar == 0xF8FF || scalar == 0xFB01 || scalar == 0xFB02 ? continuation : 0
    }
}
