/// A half-open range of UTF-8 byte offsets into a document's `text`.
///
/// Stages work on UTF-8 bytes because that is how Swift stores strings and scanning bytes is fast. The output
/// contract speaks in Unicode scalar offsets; the writers convert when they serialise (see ``OffsetConverter``).
public struct TextRange: Hashable, Sendable, Comparable {
    /// The first byte of the range.
    public var start: Int
    /// One past the last byte of the range.
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    /// The number of bytes in the range.
    public var count: Int { end - start }

    public var isEmpty: Bool { start == end }

    /// The range as a Swift range.
    public var range: Range<Int> { start..<end }

    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension String {
    /// The substring of `self` that a ``TextRange`` of UTF-8 offsets covers.
    ///
    /// Offsets that split a multi-byte scalar are rounded to scalar boundaries by the standard library.
    public subscript(utf8 range: TextRange) -> Substring {
        let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
        let upper = utf8.index(lower, offsetBy: range.count)
        return self[lower..<upper]
    }
}
