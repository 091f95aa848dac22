import TextPipeCore

/// Finds and labels the names of one document. Immutable and shared by every thread; each call works in a
/// ``TaggingPass`` of its own.
struct EntityTagger: Sendable {
    /// The gazetteer and cue tables, shared by reference with every pass.
    let tables: TaggerTables
    /// Use the document memory (``EntityTagOptions/memory``).
    let useMemory: Bool
    /// The labels to keep, one bit per label (see ``bit(_:)``): `Set<Entity.Label>` hashed the label's
    /// string for every entity.
    let labelBits: UInt8

    init(gazetteer: Gazetteer, useMemory: Bool, labels: Set<Entity.Label>) {
        tables = TaggerTables(gazetteer: gazetteer)
        self.useMemory = useMemory
        labelBits = labels.reduce(0) { $0 | Self.bit($1) }
    }

    @inline(__always)
    static func bit(_ label: Entity.Label) -> UInt8 {
        switch label {
        case .person: 1
        case .organization: 2
        case .location: 4
        case .miscellaneous: 8
        }
    }

    /// The entities of a text, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - text: The document text.
    ///   - sentences: The sentences layer; without it, each line is taken as a sentence.
    func entities(in text: String, sentences: [TextRange]?) -> [Entity] {
        var copy = text
        return copy.withUTF8 { bytes in
            var pass = TaggingPass(tables: tables, bytes: bytes, sentences: sentences)
            pass.fillFacts()
            pass.findMentions()
            if useMemory { pass.applyMemory() }
            pass.applyFallbacks()
            var entities: [Entity] = []
            entities.reserveCapacity(pass.mentions.count)
            for mention in pass.mentions {
                guard let label = mention.label, labelBits & Self.bit(label) != 0 else { continue }
                let slice = UnsafeBufferPointer(rebasing: bytes[mention.start..<mention.stop])
                entities.append(
                    Entity(
                        range: TextRange(start: mention.start, end: mention.stop),
                        text: String(decoding: slice, as: UTF8.self), label: label, reason: mention.reason.text))
            }
            return entities
        }
    }
}
