/// One slot of the tokenizer's open-addressing word table: a word hash with its lexicon entry and the
/// entry's tokenizer flags side by side, so a lookup reads one cache line (an empty slot: key 0, entry -1, no
/// flags).
struct LexiconSlot: Sendable {
    var key: UInt64 = 0
    var entry: Int32 = -1
    /// `Lexicon.namesMonthFlag`, `triggerFlag`, `numberWordFlag`.
    var flags: UInt8 = 0
}

/// The tables the tokenizer reads for every byte and word, as raw buffers so the inner loop does no
/// reference counting or dictionary hashing.
struct TokenizerTables {
    let classes: UnsafeBufferPointer<UInt8>
    let slots: UnsafeBufferPointer<LexiconSlot>
    /// By entry + 1: `Lexicon.namesMonthFlag`, `triggerFlag`, `numberWordFlag` (index 0: no entry, no flags).
    let entryFlags: UnsafeBufferPointer<UInt8>
    /// By ASCII byte: its hash and entry as a one-byte symbol token.
    let symbolHashes: UnsafeBufferPointer<UInt64>
    let symbolEntries: UnsafeBufferPointer<Int32>
    let mask: Int

    /// The slot of a word hash: its entry and flags, or entry -1 and no flags (linear probing; a key of 0 is an
    /// empty slot).
    ///
    /// Nearly half the words of running text are in some table ("the", "of", "in" are count stops), so
    /// whether a word has an entry is a coin toss for the branch predictor, and it is known only at the end
    /// of the hash computation. The usual cases (the word at its first slot, or an empty slot) therefore leave
    /// the loop on one test that is nearly always false, and the answer is read without a branch.
    @inline(__always) func lookup(_ hash: UInt64) -> LexiconSlot {
        var slot = Lexicon.firstSlot(hash, mask: mask)
        var key = slots[slot].key
        while (key != hash) && (key != 0) {
            slot = (slot + 1) & mask
            key = slots[slot].key
        }
        // An empty slot holds entry -1 and no flags, so the slot the loop stopped at answers both cases.
        return slots[slot]
    }

    /// The tokenizer flags of an entry (or of -1, no entry: none).
    @inline(__always) func flags(_ entry: Int32) -> UInt8 {
        entryFlags[Int(entry) &+ 1]
    }

    /// `ScanToken.numeric` when the entry is a number word, else 0.
    @inline(__always) func numericFlag(_ entry: Int32) -> UInt8 {
        flags(entry) & Lexicon.numberWordFlag
    }
}

/// A text's tokens and the indices of those a mention can start at.
struct TokenizedText {
    var tokens: [ScanToken]
    /// Token indices in order: every token `MentionScanner.scan` acts on is among them.
    var anchors: [Int32]
    /// How many tokens are digits: about as many mentions as the text will have.
    var numberCount: Int
}

/// Writes tokens (and anchor indices) into uninitialised array storage without the uniqueness and capacity
/// checks of `Array.append`; tokens past the capacity are dropped and `overflowed` says so (the caller reads
/// again with more room).
struct TokenWriter {
    private let base: UnsafeMutablePointer<ScanToken>
    private let anchorBase: UnsafeMutablePointer<Int32>
    private let capacity: Int
    private(set) var count = 0
    private(set) var anchorCount = 0
    /// Digit tokens, counted by the tokenizer's digit path.
    var numberCount = 0
    private(set) var overflowed = false

    /// Both buffers hold the same number of elements, at least one.
    init(_ buffer: UnsafeMutableBufferPointer<ScanToken>, anchors: UnsafeMutableBufferPointer<Int32>) {
        base = buffer.baseAddress!
        anchorBase = anchors.baseAddress!
        capacity = min(buffer.count, anchors.count)
    }

    @inline(__always) mutating func append(_ token: ScanToken, anchor: Bool) {
        guard count < capacity else {
            overflowed = true
            return
        }
        (base + count).initialize(to: token)
        // Without a branch (whether a token is an anchor is unpredictable): the anchor slot is always written,
        // since `anchorCount <= count` is in bounds, and kept only by counting it.
        (anchorBase + anchorCount).initialize(to: Int32(truncatingIfNeeded: count))
        anchorCount &+= anchor ? 1 : 0
        count &+= 1
    }
}
