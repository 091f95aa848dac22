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

/// A text's tokens and the indices of those a mention can start at, in memory this object owns.
///
/// A class over raw memory rather than two arrays: a document is about a kilobyte, and allocating an array of
/// a non-standard element type looks its storage class up in the runtime's generic metadata cache each time,
/// which cost more than tokenizing a short paragraph. Raw memory is one `malloc` for both buffers.
final class TokenizedText {
    /// Every token, in text order.
    let tokens: UnsafeBufferPointer<ScanToken>
    /// Token indices in order: every token `MentionScanner.scan` acts on is among them.
    let anchors: UnsafeBufferPointer<Int32>
    /// How many tokens are digits: about as many mentions as the text will have.
    let numberCount: Int
    /// The start of the one allocation holding both buffers.
    private let memory: UnsafeMutableRawPointer

    /// Takes over `memory`, holding `tokenCount` tokens at its start and `anchorCount` anchors at
    /// `anchorOffset` bytes.
    fileprivate init(
        memory: UnsafeMutableRawPointer, tokenCount: Int, anchorOffset: Int, anchorCount: Int, numberCount: Int
    ) {
        self.memory = memory
        tokens = UnsafeBufferPointer(start: memory.assumingMemoryBound(to: ScanToken.self), count: tokenCount)
        anchors = UnsafeBufferPointer(
            start: (memory + anchorOffset).assumingMemoryBound(to: Int32.self), count: anchorCount)
        self.numberCount = numberCount
    }

    deinit {
        // Both element types are trivial: nothing to deinitialise.
        memory.deallocate()
    }

    /// Tokenizes `bytes` with `write`, which fills a `TokenWriter`; a text with more tokens than the first guess
    /// (a quarter of its bytes) is read again with room for one token per byte.
    static func reading(_ bytes: UnsafeBufferPointer<UInt8>, with write: (inout TokenWriter) -> Void)
        -> TokenizedText
    {
        // Offsets are stored as 32-bit numbers, converted without checks.
        precondition(bytes.count < Int(Int32.max), "a text of 2 GB or more")
        var capacity = bytes.count / 4 + 16
        while true {
            let anchorOffset = capacity * MemoryLayout<ScanToken>.stride
            let memory = UnsafeMutableRawPointer.allocate(
                byteCount: anchorOffset + capacity * MemoryLayout<Int32>.stride,
                alignment: MemoryLayout<ScanToken>.alignment)
            let tokenBase = memory.bindMemory(to: ScanToken.self, capacity: capacity)
            let anchorBase = (memory + anchorOffset).bindMemory(to: Int32.self, capacity: capacity)
            var writer = TokenWriter(
                UnsafeMutableBufferPointer(start: tokenBase, count: capacity),
                anchors: UnsafeMutableBufferPointer(start: anchorBase, count: capacity))
            write(&writer)
            if !writer.overflowed {
                return TokenizedText(
                    memory: memory, tokenCount: writer.count, anchorOffset: anchorOffset,
                    anchorCount: writer.anchorCount, numberCount: writer.numberCount)
            }
            memory.deallocate()
            capacity = bytes.count + 16
        }
    }
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
