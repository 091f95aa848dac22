import TextPipeCore

/// Finds and labels the names of one document. Immutable and shared by every thread; each call works in a
/// ``TaggingPass`` of its own.
struct EntityTagger: Sendable {
    let table: NameTable
    /// The most tokens in one gazetteer name.
    let longestName: Int
    let cues = ContextCues.shared
    /// Use the document memory (``EntityTagOptions/memory``).
    let useMemory: Bool
    /// The labels to keep.
    let labels: Set<Entity.Label>

    init(gazetteer: Gazetteer, useMemory: Bool, labels: Set<Entity.Label>) {
        table = gazetteer.table
        longestName = gazetteer.longestName
        self.useMemory = useMemory
        self.labels = labels
    }

    /// The entities of a text, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - text: The document text.
    ///   - sentences: The sentences layer; without it, each line is taken as a sentence.
    func entities(in text: String, sentences: [TextRange]?) -> [Entity] {
        var copy = text
        return copy.withUTF8 { bytes in
            var pass = TaggingPass(tagger: self, bytes: bytes)
            pass.markSentences(sentences)
            pass.findMentions()
            if useMemory { pass.applyMemory() }
            pass.applyFallbacks()
            return pass.mentions.compactMap { mention in
                guard let label = mention.label, labels.contains(label) else { return nil }
                let slice = UnsafeBufferPointer(rebasing: bytes[mention.start..<mention.stop])
                return Entity(
                    range: TextRange(start: mention.start, end: mention.stop),
                    text: String(decoding: slice, as: UTF8.self), label: label, reason: mention.reason)
            }
        }
    }
}
