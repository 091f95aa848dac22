import TextPipeText

/// The tokens of one document and the per-token scratch space of its pass, in one raw allocation.
///
/// A `[NameToken]` cost about a thousand instructions to allocate (the runtime looks up the array storage's
/// generic metadata each time) and the sentence spans and shapes two more arrays; one `allocate` is a `malloc`.
/// Both element types are trivial, so nothing is deinitialised.
final class DocumentTokens {
    /// Every token, in text order.
    let tokens: CheckedBuffer<NameToken>
    /// Room for one `UInt32` per token and one more: the first token of each sentence (see
    /// `TaggingPass.prepare(sentences:)`).
    let sentenceStarts: UnsafeMutableBufferPointer<UInt32>
    /// Room for one `UInt32` per token: the tokens whose facts are looked up together.
    let lookups: UnsafeMutableBufferPointer<UInt32>
    private let memory: UnsafeMutableRawPointer

    /// Tokenizes `bytes` (``NameTokenizer``); offsets index `bytes`, which must be shorter than 4 GiB.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count < Int(UInt32.max), "entity_tag takes texts under 4 GiB")
        // Room for one token per four bytes (news prose has about one per five and a half); a text with more
        // (a table of digits and marks) is scanned again with room for one token per byte, the most there can be.
        var capacity = bytes.count / 4 + 16
        while true {
            let scratchOffset = capacity * MemoryLayout<NameToken>.stride
            let memory = UnsafeMutableRawPointer.allocate(
                byteCount: scratchOffset + (2 * capacity + 1) * MemoryLayout<UInt32>.stride,
                alignment: MemoryLayout<NameToken>.alignment)
            let base = memory.bindMemory(to: NameToken.self, capacity: capacity)
            if let count = NameTokenizer.scan(bytes, into: base, capacity: capacity) {
                self.memory = memory
                tokens = CheckedBuffer(UnsafeMutableBufferPointer(start: base, count: count))
                let scratch = (memory + scratchOffset).bindMemory(to: UInt32.self, capacity: 2 * capacity + 1)
                sentenceStarts = UnsafeMutableBufferPointer(start: scratch, count: count + 1)
                lookups = UnsafeMutableBufferPointer(start: scratch + capacity + 1, count: count)
                return
            }
            memory.deallocate()
            capacity = bytes.count + 1
        }
    }

    deinit {
        memory.deallocate()
    }
}
