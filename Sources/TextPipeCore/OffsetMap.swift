/// A monotone map from UTF-8 offsets of a rewritten text to offsets of the text (or bytes) it was made from.
///
/// Stages that rewrite text (decode, clean) describe what they did as a sequence of runs: bytes copied one for
/// one, and spans replaced by other spans (an entity `&amp;` by `&`, a dropped caption by nothing, a
/// windows-1252 byte by a two-byte UTF-8 sequence). Offsets inside a copied run map exactly; offsets inside a
/// replaced run snap outward to its edges, so a mapped range always covers what produced it.
public struct OffsetMap: Sendable, Equatable {
    /// One run of the map. Runs are consecutive in both texts.
    public struct Run: Sendable, Equatable {
        public var target: Range<Int>
        public var source: Range<Int>
        public var isCopy: Bool
    }

    /// The runs, consecutive and covering both texts.
    public private(set) var runs: [Run]

    /// A map where every offset maps to itself.
    public static func identity(count: Int) -> OffsetMap {
        var builder = Builder()
        builder.copy(count)
        return builder.build()
    }

    init(runs: [Run]) { self.runs = runs }

    /// The length of the rewritten text the map covers.
    public var targetCount: Int { runs.last?.target.upperBound ?? 0 }
    /// The length of the original text the map covers.
    public var sourceCount: Int { runs.last?.source.upperBound ?? 0 }

    /// Maps a range of the rewritten text to the range of the original that produced it.
    public func sourceRange(of range: TextRange) -> TextRange {
        let start = sourceOffset(of: range.start, isEnd: false)
        let end = max(start, sourceOffset(of: range.end, isEnd: true))
        return TextRange(start: start, end: end)
    }

    /// Maps one offset. A start offset snaps to the start of a replaced run, an end offset to its end.
    public func sourceOffset(of offset: Int, isEnd: Bool) -> Int {
        guard !runs.isEmpty else { return offset }
        let offset = max(0, offset)
        if offset >= targetCount && !isEnd { return sourceCount }
        // The last run whose target starts at or before `offset`, skipping runs with no target text.
        var low = 0
        var high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].target.lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        var index = low
        if isEnd {
            // An end offset on a run boundary belongs to the run that ends there.
            while index > 0 && (runs[index].target.lowerBound == offset) { index -= 1 }
            while index > 0 && runs[index].target.isEmpty { index -= 1 }
        } else {
            while index + 1 < runs.count && runs[index].target.upperBound <= offset { index += 1 }
        }
        let run = runs[index]
        if run.isCopy { return run.source.lowerBound + (offset - run.target.lowerBound) }
        if offset <= run.target.lowerBound { return run.source.lowerBound }
        if offset >= run.target.upperBound { return run.source.upperBound }
        return isEnd ? run.source.upperBound : run.source.lowerBound
    }

    /// The map from this map's target straight to `next`'s source, where `next` maps this map's source onward.
    public func followed(by next: OffsetMap) -> OffsetMap {
        var builder = Builder()
        for run in runs {
            if run.isCopy && !run.target.isEmpty {
                // Split the copied run wherever `next` changes character, so copies stay exact.
                var position = run.source.lowerBound
                while position < run.source.upperBound {
                    let piece = next.run(containing: position)
                    let pieceEnd = min(run.source.upperBound, piece.target.upperBound)
                    let length = pieceEnd - position
                    if piece.isCopy {
                        // Bytes `next` dropped before this piece stay dropped; the piece itself copies exactly.
                        builder.deleteThrough(sourceEnd: piece.source.lowerBound + (position - piece.target.lowerBound))
                        builder.copy(length)
                    } else {
                        builder.replace(targetCount: length, sourceEnd: next.sourceOffset(of: pieceEnd, isEnd: true))
                    }
                    position = pieceEnd
                }
            } else {
                builder.replace(
                    targetCount: run.target.count, sourceEnd: next.sourceOffset(of: run.source.upperBound, isEnd: true))
            }
        }
        // Whatever `next` dropped after the end of its output is dropped here too.
        builder.deleteThrough(sourceEnd: next.sourceCount)
        return builder.build()
    }

    private func run(containing offset: Int) -> Run {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].target.lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        while low + 1 < runs.count && runs[low].target.upperBound <= offset { low += 1 }
        return runs[low]
    }

    /// Builds a map run by run, from the start of both texts.
    public struct Builder: Sendable {
        private var runs: [Run] = []
        private var target = 0
        private var source = 0

        public init() {}

        /// `count` bytes copied unchanged.
        public mutating func copy(_ count: Int) {
            append(targetCount: count, sourceCount: count, isCopy: true)
        }

        /// `targetCount` bytes of output that stand for `sourceCount` bytes of input.
        public mutating func replace(targetCount: Int, sourceCount: Int) {
            append(targetCount: targetCount, sourceCount: sourceCount, isCopy: false)
        }

        /// Input bytes dropped from the output.
        public mutating func delete(_ sourceCount: Int) {
            replace(targetCount: 0, sourceCount: sourceCount)
        }

        /// Output bytes that stand for no input.
        public mutating func insert(_ targetCount: Int) {
            replace(targetCount: targetCount, sourceCount: 0)
        }

        mutating func deleteThrough(sourceEnd: Int) {
            if sourceEnd > source { delete(sourceEnd - source) }
        }

        mutating func replace(targetCount: Int, sourceEnd: Int) {
            append(targetCount: targetCount, sourceCount: max(0, sourceEnd - source), isCopy: false)
        }

        private mutating func append(targetCount: Int, sourceCount: Int, isCopy: Bool) {
            guard targetCount > 0 || sourceCount > 0 else { return }
            if let last = runs.last, last.isCopy == isCopy, isCopy || last.target.isEmpty == (targetCount == 0) {
                if isCopy || targetCount == 0 || sourceCount == 0 {
                    runs[runs.count - 1].target = last.target.lowerBound..<(target + targetCount)
                    runs[runs.count - 1].source = last.source.lowerBound..<(source + sourceCount)
                    target += targetCount
                    source += sourceCount
                    return
                }
            }
            runs.append(Run(target: target..<(target + targetCount), source: source..<(source + sourceCount), isCopy: isCopy))
            target += targetCount
            source += sourceCount
        }

        public func build() -> OffsetMap { OffsetMap(runs: runs) }
    }
}
