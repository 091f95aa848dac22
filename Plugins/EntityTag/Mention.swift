import TextPipeCore

/// A name found in one pass: tokens `first..<end`, bytes `start..<stop`, and the label the rules gave it.
/// Plain data, so the tagger copies mentions without reference counting.
struct Mention {
    var first: Int
    var end: Int
    var start: Int
    var stop: Int
    /// `nil` while no rule has decided; the memory pass or the fallback decides then.
    var label: Entity.Label?
    var reason: Reason
    /// How sure the rule is: a strong label is never changed by the memory pass.
    var strength: Strength
    /// The key of the whole name, for the document memory.
    var key: UInt64
    /// A word whose capital proves nothing (first of a sentence, in a headline of capitals): kept only when
    /// the gazetteer or the memory knows it.
    var needsEvidence = false

    enum Strength: Int, Comparable {
        /// The rules did not decide; the memory or the fallback will.
        case unknown
        /// A guess from a single word's gazetteer or shape that the document memory may overrule.
        case weak
        /// A multi-word gazetteer match, a title, a head word, a definition.
        case strong

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
