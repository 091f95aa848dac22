/// The tables the tokenizer reads for every byte and word, as raw buffers so the inner loop does no
/// reference counting or dictionary hashing.
struct TokenizerTables {
    let classes: UnsafeBufferPointer<UInt8>
    let keys: UnsafeBufferPointer<UInt64>
    let values: UnsafeBufferPointer<Int32>
    /// A 64-kilobit filter of the keys (see `Lexicon.filterBit`): most words are in no table, and this answers
    /// them from eight kilobytes that stay in the L1 cache instead of the larger slot arrays.
    let filter: UnsafeBufferPointer<UInt64>
    /// By entry: `Lexicon.namesMonthFlag`, `triggerFlag`, `numberWordFlag`.
    let entryFlags: UnsafeBufferPointer<UInt8>
    /// By ASCII byte: its hash and entry as a one-byte symbol token.
    let symbolHashes: UnsafeBufferPointer<UInt64>
    let symbolEntries: UnsafeBufferPointer<Int32>
    let mask: Int

    /// The lexicon entry of a word hash, or -1 (linear probing; a key of 0 is an empty slot).
    @inline(__always) func lookup(_ hash: UInt64) -> Int32 {
        let bit = Lexicon.filterBit(hash)
        if filter[bit >> 6] & (1 &<< UInt64(bit & 63)) == 0 { return -1 }
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let key = keys[slot]
            if key == hash { return values[slot] }
            if key == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// `ScanToken.numeric` when the entry is a number word, else 0.
    @inline(__always) func numericFlag(_ entry: Int32) -> UInt8 {
        entry >= 0 && entryFlags[Int(entry)] & Lexicon.numberWordFlag != 0 ? ScanToken.numeric : 0
    }
}

/// A text's tokens, the indices of those a mention can start at, and whether a month is named.
struct TokenizedText {
    var tokens: [ScanToken]
    /// Token indices in order: every token `MentionScanner.scan` acts on is among them.
    var anchors: [Int32]
    /// A capitalised month other than May is named.
    var monthNamed: Bool
    /// How many tokens are `numeric`: about as many mentions as the text will have.
    var numericCount: Int
}

/// Writes tokens (and anchor indices) into uninitialised array storage without the uniqueness and capacity
/// checks of `Array.append`; tokens past the capacity are dropped and `overflowed` says so (the caller reads
/// again with more room).
struct TokenWriter {
    private let base: UnsafeMutablePointer<ScanToken>?
    private let anchorBase: UnsafeMutablePointer<Int32>?
    private let capacity: Int
    private(set) var count = 0
    private(set) var anchorCount = 0
    private(set) var numericCount = 0
    private(set) var overflowed = false
    /// A capitalised month other than May was read.
    var monthNamed = false

    /// Both buffers hold the same number of elements.
    init(_ buffer: UnsafeMutableBufferPointer<ScanToken>, anchors: UnsafeMutableBufferPointer<Int32>) {
        base = buffer.baseAddress
        anchorBase = anchors.baseAddress
        capacity = min(buffer.count, anchors.count)
    }

    @inline(__always) mutating func append(_ token: ScanToken, anchor: Bool) {
        guard count < capacity, let base, let anchorBase else {
            overflowed = true
            return
        }
        (base + count).initialize(to: token)
        if token.flags & ScanToken.numeric != 0 { numericCount += 1 }
        if anchor {
            (anchorBase + anchorCount).initialize(to: Int32(truncatingIfNeeded: count))
            anchorCount += 1
        }
        count += 1
    }
}
