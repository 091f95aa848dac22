import TextPipeCore

/// Builds a rewritten UTF-8 text from a source text front to back, and, when asked, the ``OffsetMap`` from the
/// new text back to the source.
///
/// Every step says what happened to the next source bytes: copied, replaced by other bytes, or deleted; or it
/// inserts bytes that stand for no source bytes. A phase of the cleaner walks its input once and describes
/// each change this way, so the text and its alignment can never disagree.
struct TextRewriter {
    let source: [UInt8]
    private(set) var output: [UInt8] = []
    /// How far into `source` the rewrite has got.
    private(set) var position = 0
    private var map: OffsetMap.Builder?

    init(source: [UInt8], tracksAlignment: Bool) {
        self.source = source
        self.map = tracksAlignment ? OffsetMap.Builder() : nil
        output.reserveCapacity(source.count)
    }

    /// Copies the source bytes up to `end` unchanged.
    mutating func copy(upTo end: Int) {
        guard end > position else { return }
        output.append(contentsOf: source[position..<end])
        map?.copy(end - position)
        position = end
    }

    /// Replaces the source bytes up to `end` with `bytes`.
    mutating func replace<Bytes: Collection<UInt8>>(upTo end: Int, with bytes: Bytes) {
        output.append(contentsOf: bytes)
        map?.replace(targetCount: bytes.count, sourceCount: end - position)
        position = end
    }

    /// Replaces the source bytes up to `end` with a string.
    mutating func replace(upTo end: Int, with text: String) {
        replace(upTo: end, with: Array(text.utf8))
    }

    /// Drops the source bytes up to `end`.
    mutating func delete(upTo end: Int) {
        guard end > position else { return }
        map?.delete(end - position)
        position = end
    }

    /// Adds bytes that stand for no source bytes.
    mutating func insert<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        guard !bytes.isEmpty else { return }
        output.append(contentsOf: bytes)
        map?.insert(bytes.count)
    }

    /// The last byte written, if any.
    var lastOutputByte: UInt8? { output.last }

    /// Copies what is left and returns the new text and, if tracked, its map.
    mutating func finish() -> (text: String, map: OffsetMap?) {
        copy(upTo: source.count)
        return (String(decoding: output, as: UTF8.self), map?.build())
    }
}

/// The result of one cleaning phase that changed the text.
struct Rewrite {
    var text: String
    /// From `text` back to the phase's input; `nil` when alignment is not tracked.
    var map: OffsetMap?
}
