import TextPipeCore
import TextPipeText

/// The tokens of one document and the per-token scratch space of its pass, in one raw allocation.
///
/// A `[NameToken]` cost about a thousand instructions to allocate (the runtime looks up the array storage's
/// generic metadata each time) and the sentence spans and shapes two more arrays; one `allocate` is a `malloc`.
/// All element types are trivial, so nothing is deinitialised.
final class DocumentTokens {
    /// Every token, in text order, with `sentenceStart` set (see ``SentenceMarks``); facts are not filled in.
    let tokens: CheckedBuffer<NameToken>
    /// The first token of each sentence, and the number of tokens after the last: sentence `k` is tokens
    /// `sentenceStarts[k]..<sentenceStarts[k + 1]`.
    let sentenceStarts: UnsafeMutableBufferPointer<UInt32>
    /// The counts of the tokens before each entry of `sentenceStarts` (``SentenceMarks``).
    let totalsBefore: UnsafeMutableBufferPointer<SentenceTotals>
    /// The words whose facts are looked up together (`TaggingPass.hasCachedFacts(_:)`), in text order: every
    /// word with a capital.
    let lookups: UnsafeMutableBufferPointer<UInt32>
    /// Room for as many indices as `lookups`, for the lookup to note the ones it has not settled.
    let scratch: UnsafeMutableBufferPointer<UInt32>
    private let memory: UnsafeMutableRawPointer

    /// The number of sentences.
    var sentenceCount: Int { sentenceStarts.count - 1 }

    /// Tokenizes `bytes` (``NameTokenizer``) and marks the sentences (``SentenceMarks``): a sentence of the
    /// layer starts at its first token, and without the layer only lines make sentences. Offsets index `bytes`,
    /// which must be shorter than 4 GiB.
    init(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [TextRange]? = nil) {
        precondition(bytes.count < Int(UInt32.max), "entity_tag takes texts under 4 GiB")
        // Room for one token per four bytes (news prose has about one per five and a half); a text with more
        // (a table of digits and marks) is scanned again with room for one token per byte, the most there can be.
        var capacity = bytes.count / 4 + 16
        let sentences = sentences ?? []
        while true {
            // The tokens, the totals (one per token and one more), then three `UInt32` a token (and one more):
            // the starts (one more), the lookups and the scratch.
            let totalsOffset = capacity * MemoryLayout<NameToken>.stride
            let wordsOffset = totalsOffset + (capacity + 1) * MemoryLayout<SentenceTotals>.stride
            let memory = UnsafeMutableRawPointer.allocate(
                byteCount: wordsOffset + (3 * capacity + 1) * MemoryLayout<UInt32>.stride,
                alignment: MemoryLayout<NameToken>.alignment)
            let base = memory.bindMemory(to: NameToken.self, capacity: capacity)
            let totalsRoom = (memory + totalsOffset).bindMemory(to: SentenceTotals.self, capacity: capacity + 1)
            let words = (memory + wordsOffset).bindMemory(to: UInt32.self, capacity: 3 * capacity + 1)
            let startsRoom = words
            let lookupsRoom = words + (capacity + 1)
            let scratchRoom = lookupsRoom + capacity
            let found: (tokens: Int, sentences: Int, lookups: Int)? = sentences.withUnsafeBufferPointer {
                sentences in
                var marks = SentenceMarks(
                    bytes: bytes, sentences: sentences, starts: startsRoom, totals: totalsRoom, lookups: lookupsRoom)
                guard let count = NameTokenizer.scan(bytes, into: base, capacity: capacity, observer: &marks)
                else { return nil }
                marks.finish(tokenCount: count)
                return (count, marks.sentenceCount, marks.lookupCount)
            }
            if let found {
                self.memory = memory
                tokens = CheckedBuffer(UnsafeMutableBufferPointer(start: base, count: found.tokens))
                sentenceStarts = UnsafeMutableBufferPointer(start: startsRoom, count: found.sentences + 1)
                totalsBefore = UnsafeMutableBufferPointer(start: totalsRoom, count: found.sentences + 1)
                lookups = UnsafeMutableBufferPointer(start: lookupsRoom, count: found.lookups)
                scratch = UnsafeMutableBufferPointer(start: scratchRoom, count: found.lookups)
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
