#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Groups of cue phrases that mark page furniture, found together by ``CuePhraseScanner``.
struct CuePhraseGroups: OptionSet, Sendable {
    let rawValue: UInt8

    /// Caption markers and promotions: "photo:", "read more", "scroll down"...
    static let captionOrPromotion = CuePhraseGroups(rawValue: 1 << 0)
    /// Where people stand in a picture: "(pictured", "(left)"...
    static let pictureDirection = CuePhraseGroups(rawValue: 1 << 1)
    /// The start of a web address: "http://", "https://", "www.".
    static let webAddress = CuePhraseGroups(rawValue: 1 << 2)
    /// An "@" anywhere (not a phrase: a hint that an e-mail address may be there).
    static let atSign = CuePhraseGroups(rawValue: 1 << 3)
}

/// Finds which groups of cue phrases occur in a sentence, at the start of a word and ignoring ASCII case, in one
/// pass over its bytes.
///
/// Only positions after a byte that is not an ASCII letter are tried, and only when a table says some phrase starts
/// with that byte and a bit set says some phrase starts with that pair of bytes; then the phrases of that first byte
/// are compared in full.
struct CuePhraseScanner: Sendable {
    /// One phrase in lower case and the group it belongs to.
    private struct Phrase: Sendable {
        let bytes: [UInt8]
        let group: UInt8
        /// The first eight bytes (fewer for a shorter phrase) as a little-endian integer, and which bits of such an
        /// integer they fill: most text is told apart from a phrase by one comparison.
        let head: UInt64
        let headMask: UInt64

        init(bytes: [UInt8], group: UInt8) {
            self.bytes = bytes
            self.group = group
            var head: UInt64 = 0
            for (offset, byte) in bytes.prefix(8).enumerated() { head |= UInt64(byte) << UInt64(offset * 8) }
            self.head = head
            headMask = bytes.count >= 8 ? ~0 : (1 << UInt64(bytes.count * 8)) - 1
        }
    }

    /// Per byte: the groups that have a phrase starting with it (ASCII case folded), ``atSign`` for "@", and bit 7
    /// for ASCII letters.
    private let byteTable: [UInt8]
    /// A bit per pair of bytes (each OR 0x20) that starts some phrase: the screen before whole phrases are compared.
    private let pairs: [UInt64]
    /// A bit per hash of the first four bytes (each OR 0x20) of each phrase that starts with an ASCII letter, for
    /// ``mayStartWordPhrase(_:at:)``.
    private let wordPhraseHeads: [UInt64]
    /// The phrases by their first byte.
    private let phrases: [[Phrase]]

    private static let letterBit: UInt8 = 0x80

    init(_ groups: [(CuePhraseGroups, [String])]) {
        var byteTable = [UInt8](repeating: 0, count: 256)
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        var wordPhraseHeads = [UInt64](repeating: 0, count: (1 << Self.headHashBits) >> 6)
        var phrases = [[Phrase]](repeating: [], count: 256)
        for byte in UInt8.min...UInt8.max where (byte | 0x20) &- 0x61 < 26 { byteTable[Int(byte)] |= Self.letterBit }
        byteTable[Int(UInt8(ascii: "@"))] |= CuePhraseGroups.atSign.rawValue
        for (group, list) in groups {
            for phrase in list {
                let bytes = Array(phrase.lowercased().utf8)
                precondition(bytes.count >= 2, "cue phrases have at least two bytes")
                let first = bytes[0]
                phrases[Int(first)].append(Phrase(bytes: bytes, group: group.rawValue))
                byteTable[Int(first)] |= group.rawValue
                if first &- 0x61 < 26 { byteTable[Int(first - 0x20)] |= group.rawValue }
                let pair = Int(bytes[0] | 0x20) << 8 | Int(bytes[1] | 0x20)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                if (first | 0x20) &- 0x61 < 26 {
                    // Text that matches the phrase in any ASCII case ORed with 0x20 gives the phrase's own bytes
                    // when each of them has bit 5 set (lower-case letters, space, '.', ':' and '/' do).
                    precondition(
                        bytes.count >= 4 && bytes.prefix(4).allSatisfy { $0 & 0x20 != 0 },
                        "a cue phrase that starts with a letter has four bytes with bit 5 set: \(phrase)")
                    let head = Self.headHash(bytes.prefix(4).reversed().reduce(0) { $0 << 8 | UInt64($1) })
                    wordPhraseHeads[head >> 6] |= 1 << UInt64(head & 63)
                }
            }
        }
        self.byteTable = byteTable
        self.pairs = pairs
        self.wordPhraseHeads = wordPhraseHeads
        self.phrases = phrases
    }

    /// The groups with a phrase in `bytes[range]`, plus ``CuePhraseGroups/atSign`` if the range has an "@".
    ///
    /// Eight bytes at a time: the word starts (a letter or "(" not after a letter) come out of a few bit operations,
    /// and only those are looked up.
    func groups(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CuePhraseGroups {
        var found: UInt8 = 0
        // Bit 7 of the byte before the block, moved to where byte 0's bit 7 is: whether a letter precedes it.
        var letterBefore: UInt64 = 0
        var index = range.lowerBound
        byteTable.withUnsafeBufferPointer { table in
            while index < range.upperBound {
                let block = ByteBlock(bytes, at: index)
                let inRange = ByteBlock.first(range.upperBound &- index)
                let letters = block.letters
                if block.equal(to: UInt8(ascii: "@")) & inRange != 0 { found |= CuePhraseGroups.atSign.rawValue }
                var starts = (letters | block.equal(to: UInt8(ascii: "("))) & ~(letters << 8 | letterBefore) & inRange
                while starts != 0 {
                    let start = index &+ ByteBlock.firstOffset(starts)
                    if table[Int(bytes[start])] & ~Self.letterBit != 0 {
                        found |= phrases(bytes, at: start, end: range.upperBound)
                    }
                    starts &= starts &- 1
                }
                letterBefore = letters >> 56
                index &+= 8
            }
        }
        return CuePhraseGroups(rawValue: found)
    }

    /// The groups of the phrases that start at `index` and end by `end`; the caller has checked that `index` is a
    /// word start (the range's start, or after a byte that is not an ASCII letter).
    @inline(__always)
    func phrases(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt8 {
        guard index &+ 1 < end else { return 0 }
        let pair = Int(bytes[index] | 0x20) << 8 | Int(bytes[index &+ 1] | 0x20)
        guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return 0 }
        return match(bytes, at: index, end: end)
    }

    /// How many bits ``headHash(_:)`` gives: 4096 bits of table for about twenty phrase heads.
    private static let headHashBits = 12

    /// A hash of the first four bytes in `bytes` (the first lowest), each ORed with 0x20.
    @inline(__always)
    private static func headHash(_ bytes: UInt64) -> Int {
        let four = UInt32(truncatingIfNeeded: bytes) | 0x2020_2020
        return Int(truncatingIfNeeded: (four &* 0x9E37_79B1) &>> UInt32(32 &- headHashBits))
    }

    /// Whether a phrase that starts with an ASCII letter may start at `index`: a screen before
    /// ``match(_:at:end:)`` on the four bytes there (each ORed with 0x20, hashed, one table bit) that lets through
    /// every position where such a phrase matches and about one word in a hundred besides. Such phrases have four
    /// bytes or more, so none starts in the last three bytes.
    @inline(__always)
    func mayStartWordPhrase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index &+ 4 <= bytes.count else { return false }
        let four = UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt32.self))
        return mayStartWordPhrase(head: UInt64(four))
    }

    /// ``mayStartWordPhrase(_:at:)`` for a position whose first four bytes or more are read already, in `bytes`
    /// (the first lowest).
    @inline(__always)
    func mayStartWordPhrase(head bytes: UInt64) -> Bool {
        let head = Self.headHash(bytes)
        return wordPhraseHeads.withUnsafeBufferPointer { $0[head &>> 6] } &>> UInt64(head & 63) & 1 != 0
    }

    /// The groups of the phrases that start inside `bytes[word]` after its first byte, at a byte that follows one
    /// that is not an ASCII letter ("re-read more", "3photo:"), and end by `end`.
    func innerPhrases(_ bytes: UnsafeBufferPointer<UInt8>, in word: Range<Int>, end: Int) -> UInt8 {
        var found: UInt8 = 0
        var index = word.lowerBound &+ 1
        while index < min(word.upperBound, end) {
            if (bytes[index &- 1] | 0x20) &- 0x61 >= 26 { found |= phrases(bytes, at: index, end: end) }
            index &+= 1
        }
        return found
    }

    /// Whether `bytes` has an "(" or an "@" anywhere: when not, ``bracketsAndAtSigns(_:_:)`` finds nothing in any
    /// part of it, and a document's sentences need not be searched one by one.
    func hasBracketsOrAtSigns(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(UInt8(ascii: "(")), bytes.count) != nil
            || memchr(base, Int32(UInt8(ascii: "@")), bytes.count) != nil
    }

    /// The groups of the phrases that start at an "(" in `bytes[range]`, plus ``CuePhraseGroups/atSign`` for an "@":
    /// with ``phrases(_:at:end:)`` at each word's start and ``innerPhrases(_:in:end:)``, what
    /// ``groups(in:_:)`` finds, as every other phrase starts with a letter.
    func bracketsAndAtSigns(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt8 {
        guard !range.isEmpty, let base = bytes.baseAddress else { return 0 }
        // Both are rare: libc's memchr passes over a sentence without them in a few instructions per 32 bytes.
        var found: UInt8 = 0
        if memchr(base + range.lowerBound, Int32(UInt8(ascii: "@")), range.count) != nil {
            found = CuePhraseGroups.atSign.rawValue
        }
        var index = range.lowerBound
        while index < range.upperBound,
            let hit = memchr(base + index, Int32(UInt8(ascii: "(")), range.upperBound - index)
        {
            let start = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if start == range.lowerBound || (bytes[start &- 1] | 0x20) &- 0x61 >= 26 {
                found |= phrases(bytes, at: start, end: range.upperBound)
            }
            index = start &+ 1
        }
        return found
    }

    /// The groups of the phrases that start at `index` and end by `end`, compared in full.
    @inline(never)
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt8 {
        var found: UInt8 = 0
        var first = bytes[index]
        if first &- 0x41 < 26 { first |= 0x20 }
        if index &+ 8 <= bytes.count {
            // The eight bytes from `index`, ASCII capitals lower-cased as the byte comparison below does.
            let block = WordHash.lowercased(ByteBlock(bytes, at: index).bits)
            phrases[Int(first)].withUnsafeBufferPointer { candidates in
                for phrase in candidates where phrase.bytes.count <= end &- index {
                    guard block & phrase.headMask == phrase.head else { continue }
                    var offset = 8
                    while offset < phrase.bytes.count {
                        var c = bytes[index &+ offset]
                        if c &- 0x41 < 26 { c |= 0x20 }
                        if c != phrase.bytes[offset] { break }
                        offset &+= 1
                    }
                    if offset >= phrase.bytes.count { found |= phrase.group }
                }
            }
            return found
        }
        for phrase in phrases[Int(first)] where phrase.bytes.count <= end - index {
            var offset = 1
            while offset < phrase.bytes.count {
                var c = bytes[index + offset]
                if c &- 0x41 < 26 { c |= 0x20 }
                if c != phrase.bytes[offset] { break }
                offset += 1
            }
            if offset == phrase.bytes.count { found |= phrase.group }
        }
        return found
    }
}
