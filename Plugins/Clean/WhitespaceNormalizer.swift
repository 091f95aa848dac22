import Foundation
import TextPipeCore

/// Spaces and blank lines: trims line ends and the ends of the text, keeps at most one blank line between
/// paragraphs, and in `collapse` mode also turns runs of spaces and tabs into one space and the line breaks
/// inside a paragraph into spaces. Paragraph breaks (a blank line) always survive.
struct WhitespaceNormalizer: Sendable {
    var mode: WhitespaceMode

    func isNeeded(_ scan: TextScan) -> Bool {
        switch mode {
        case .keep: return false
        case .normalize: return scan.hasTrailingSpace || scan.hasBlankRun || scan.hasOuterWhitespace
        case .collapse:
            return scan.hasTrailingSpace || scan.hasBlankRun || scan.hasOuterWhitespace || scan.hasInnerWhitespace
        }
    }

    /// The normalised text, or `nil` when nothing changed.
    func normalize(_ text: String, scan: TextScan, tracksAlignment: Bool) -> Rewrite? {
        guard mode != .keep else { return nil }
        if mode == .normalize && scan.onlyOuterWhitespace { return trimEnds(text, tracksAlignment: tracksAlignment) }
        let bytes = Array(text.utf8)
        if mode == .normalize { return normalizeLineEnds(bytes, tracksAlignment: tracksAlignment) }
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        var changed = false
        var index = 0
        let collapse = mode == .collapse
        // Leading whitespace of the text.
        while index < bytes.count && isSpace(bytes[index]) || (index < bytes.count && bytes[index] == 0x0A) {
            index += 1
        }
        if index > 0 {
            rewriter.delete(upTo: index)
            changed = true
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard isSpace(byte) || byte == 0x0A else {
                index += 1
                continue
            }
            // A run of whitespace: how many line feeds, and what it must become.
            let start = index
            var lineFeeds = 0
            while index < bytes.count && (isSpace(bytes[index]) || bytes[index] == 0x0A) {
                if bytes[index] == 0x0A { lineFeeds += 1 }
                index += 1
            }
            let replacement: [UInt8]
            if index == bytes.count {
                replacement = []
            } else if lineFeeds >= 2 {
                replacement = [0x0A, 0x0A]
            } else if lineFeeds == 1 {
                if collapse {
                    replacement = [0x20]
                } else {
                    guard let indentStart = Self.indentationStart(afterRun: start..<index, in: bytes) else { continue }
                    rewriter.copy(upTo: start)
                    rewriter.replace(upTo: indentStart, with: [0x0A])
                    changed = true
                    continue
                }
            } else {
                if !collapse || (index - start == 1 && bytes[start] == 0x20) { continue }
                replacement = [0x20]
            }
            if replacement.count == index - start && bytes[start..<index].elementsEqual(replacement) { continue }
            rewriter.copy(upTo: start)
            rewriter.replace(upTo: index, with: replacement)
            changed = true
        }
        guard changed else { return nil }
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }

    /// A run of whitespace holding one line feed keeps the indentation of the next line and drops the spaces
    /// that ended this one: where that indentation starts, or `nil` when the run is already just the line feed
    /// and the indentation.
    static func indentationStart<Bytes: RandomAccessCollection<UInt8>>(afterRun run: Range<Int>, in bytes: Bytes)
        -> Int? where Bytes.Index == Int
    {
        var indentStart = run.upperBound
        while indentStart > run.lowerBound && bytes[indentStart - 1] != 0x0A { indentStart -= 1 }
        if indentStart == run.lowerBound + 1 && bytes[run.lowerBound] == 0x0A { return nil }
        return indentStart
    }

    /// `normalize` mode: only a run of whitespace that holds a line feed, and the run at the end of the text,
    /// can change, so `memchr` finds the line feeds and the spaces between words are never looked at. Each run
    /// becomes what the general loop of ``normalize(_:scan:tracksAlignment:)`` makes of it.
    func normalizeLineEnds(_ bytes: [UInt8], tracksAlignment: Bool) -> Rewrite? {
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        let changed = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            let count = buffer.count
            var changed = false
            var index = 0
            while index < count && (isSpace(base[index]) || base[index] == 0x0A) { index += 1 }
            if index > 0 {
                rewriter.delete(upTo: index)
                changed = true
            }
            while index < count {
                // The next run with a line feed, or else the spaces that end the text; it starts after the
                // last byte before it that is not a space (the byte at `index` is not whitespace).
                let found = memchr(base + index, 0x0A, count - index)
                var start = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
                while start > index && isSpace(base[start - 1]) { start -= 1 }
                if found == nil && start == count { break }
                var end = start
                var lineFeeds = 0
                while end < count && (isSpace(base[end]) || base[end] == 0x0A) {
                    if base[end] == 0x0A { lineFeeds += 1 }
                    end += 1
                }
                index = end
                if end == count {
                    rewriter.copy(upTo: start)
                    rewriter.replace(upTo: end, with: [UInt8]())
                    changed = true
                } else if lineFeeds >= 2 {
                    if end - start == 2 && base[start] == 0x0A && base[start + 1] == 0x0A { continue }
                    rewriter.copy(upTo: start)
                    rewriter.replace(upTo: end, with: [0x0A, 0x0A])
                    changed = true
                } else {
                    guard let indentStart = Self.indentationStart(afterRun: start..<end, in: buffer) else { continue }
                    rewriter.copy(upTo: start)
                    rewriter.replace(upTo: indentStart, with: [0x0A])
                    changed = true
                }
            }
            return changed
        }
        guard changed else { return nil }
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }

    /// Only the ends of the text need trimming: one copy of what is between.
    private func trimEnds(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        let utf8 = text.utf8
        let isWhitespace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
        guard let first = utf8.firstIndex(where: { !isWhitespace($0) }) else {
            return text.isEmpty ? nil : Rewrite(text: "", map: tracksAlignment ? Self.deletion(utf8.count) : nil)
        }
        let last = utf8.lastIndex(where: { !isWhitespace($0) })!
        let end = utf8.index(after: last)
        guard first != utf8.startIndex || end != utf8.endIndex else { return nil }
        let trimmed = String(text[first..<end])
        var map: OffsetMap?
        if tracksAlignment {
            var builder = OffsetMap.Builder()
            builder.delete(utf8.distance(from: utf8.startIndex, to: first))
            builder.copy(trimmed.utf8.count)
            builder.delete(utf8.distance(from: end, to: utf8.endIndex))
            map = builder.build()
        }
        return Rewrite(text: trimmed, map: map)
    }

    private static func deletion(_ count: Int) -> OffsetMap {
        var builder = OffsetMap.Builder()
        builder.delete(count)
        return builder.build()
    }

    /// Spaces that are not line breaks. No-break spaces are left alone: a writer put them there on purpose.
    @inline(__always)
    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
