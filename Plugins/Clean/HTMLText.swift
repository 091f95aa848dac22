import Foundation

/// Turns an HTML page into its text: tags removed, scripts, styles and page furniture dropped, block
/// elements turned into paragraph breaks, whitespace collapsed as a browser does, character references
/// decoded. Each kept byte of text is copied, so the alignment points into the page's own bytes.
struct HTMLText {
    /// Whether a text is HTML: it starts with a doctype or `<html>`, or has at least two tags of common
    /// HTML elements.
    ///
    /// Plain text with a `<` in it (Reuters tickers, `<BAC>`) is common in news, so the scan jumps from `<` to
    /// `<` with `memchr` and reads a tag only when its name is one of ``HTMLElements/common``.
    static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var start = 0
        while start < count
            && (base[start] <= 0x20 || base[start] == 0xEF || base[start] == 0xBB || base[start] == 0xBF)
        {
            start += 1
        }
        for prefix in documentStarts where matchesLowercased(bytes, at: start, prefix) { return true }
        var tags = 0
        var index = start
        while index < count, let found = memchr(base + index, 0x3C, count - index) {
            index = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            if namesCommonElement(bytes, at: index), let tag = Tag.parse(bytes, at: index) {
                tags += 1
                if tags >= 2 { return true }
                index = tag.end
            } else {
                index += 1
            }
        }
        return false
    }

    /// Whether the name after the `<` at `start` (and an optional `/`), read as ``Tag/parse(_:at:)`` reads
    /// it, is one of ``HTMLElements/common``.
    private static func namesCommonElement(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start + 1
        if index < bytes.count && bytes[index] == 0x2F { index += 1 }
        let nameStart = index
        guard index < bytes.count, Tag.isLetter(bytes[index]) else { return false }
        while index < bytes.count && (Tag.isLetter(bytes[index]) || Tag.isDigit(bytes[index]) || bytes[index] == 0x2D) {
            index += 1
        }
        return commonNames.contains(bytes, nameStart..<index)
    }

    private static let commonNames = FoldedWordSet(HTMLElements.common)
    private static let documentStarts = ["<!doctype", "<html", "<?xml"].map { Array($0.utf8) }

    /// The text of an HTML page. Elements whose class names furniture are dropped, unless that would lose
    /// most of the page's text (a wrapper named "page-ad-margins" around the whole article, say).
    static func extract(_ text: String, tracksAlignment: Bool) -> Rewrite {
        let bytes = Array(text.utf8)
        let focused = extract(bytes, tracksAlignment: tracksAlignment, dropsNamedFurniture: true)
        let whole = extract(bytes, tracksAlignment: tracksAlignment, dropsNamedFurniture: false)
        return focused.text.utf8.count * 3 >= whole.text.utf8.count ? focused : whole
    }

    private static func extract(_ bytes: [UInt8], tracksAlignment: Bool, dropsNamedFurniture: Bool) -> Rewrite {
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        var pendingBreak = 0  // 0: none, 1: line break, 2: paragraph break
        var pendingSpace = false
        var preformatted = 0
        var dropping: (name: String, depth: Int)?
        var index = 0

        /// Writes what separates the text so far from the text that follows.
        func separate(_ rewriter: inout TextRewriter) {
            if !rewriter.output.isEmpty {
                if pendingBreak == 2 {
                    rewriter.insert([0x0A, 0x0A])
                } else if pendingBreak == 1 {
                    rewriter.insert([0x0A])
                } else if pendingSpace {
                    rewriter.insert([0x20])
                }
            }
            pendingBreak = 0
            pendingSpace = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C {
                if hasPrefix(bytes, at: index, "<!--") {
                    let end = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                    rewriter.delete(upTo: end)
                    index = end
                    continue
                }
                if index + 1 < bytes.count && (bytes[index + 1] == 0x21 || bytes[index + 1] == 0x3F) {
                    let end = (find(bytes, ">", from: index).map { $0 + 1 }) ?? bytes.count
                    rewriter.delete(upTo: end)
                    index = end
                    continue
                }
                if let tag = Tag.parse(bytes, at: index) {
                    var end = tag.end
                    if let current = dropping {
                        if !tag.isClosing && HTMLElements.rawText.contains(tag.name) {
                            // A script inside dropped furniture: its "<div" strings are not tags.
                            end = endOfRawText(bytes, name: tag.name, from: tag.end)
                        } else if tag.name == current.name && !tag.isSelfClosing {
                            let depth = current.depth + (tag.isClosing ? -1 : 1)
                            dropping = depth == 0 ? nil : (current.name, depth)
                        }
                    } else if !tag.isClosing && HTMLElements.rawText.contains(tag.name) {
                        end = endOfRawText(bytes, name: tag.name, from: tag.end)
                        if !HTMLElements.dropped.contains(tag.name) { pendingSpace = true }
                    } else if !tag.isClosing && !tag.isSelfClosing && !HTMLElements.void.contains(tag.name)
                        && (HTMLElements.dropped.contains(tag.name)
                            || (dropsNamedFurniture && HTMLElements.droppableContainers.contains(tag.name)
                                && tag.marksFurniture(in: bytes)))
                    {
                        dropping = (tag.name, 1)
                        pendingBreak = 2
                    } else if tag.name == "br" {
                        pendingBreak = max(pendingBreak, 1)
                    } else if HTMLElements.block.contains(tag.name) {
                        pendingBreak = 2
                        if tag.name == "pre" { preformatted = max(0, preformatted + (tag.isClosing ? -1 : 1)) }
                    } else if HTMLElements.cell.contains(tag.name) {
                        pendingSpace = true
                    }
                    rewriter.delete(upTo: end)
                    index = end
                    continue
                }
            }
            if dropping != nil {
                var end = index + 1
                while end < bytes.count && bytes[end] != 0x3C { end += 1 }
                rewriter.delete(upTo: end)
                index = end
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                if preformatted > 0 {
                    separate(&rewriter)
                    rewriter.copy(upTo: index + 1)
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count
                    && (bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0A || bytes[end] == 0x0D
                        || bytes[end] == 0x0C)
                {
                    end += 1
                }
                pendingSpace = true
                rewriter.delete(upTo: end)
                index = end
                continue
            }
            if byte == 0x26, let (end, value) = HTMLEntities.reference(in: bytes, at: index) {
                if value == [0xC2, 0xA0] {
                    // "&nbsp;" in a page is layout glue: a space like any other.
                    pendingSpace = true
                    rewriter.delete(upTo: end)
                    index = end
                    continue
                }
                separate(&rewriter)
                rewriter.replace(upTo: end, with: value)
                index = end
                continue
            }
            separate(&rewriter)
            var end = index + 1
            while end < bytes.count {
                let next = bytes[end]
                if next == 0x3C || next == 0x26 || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D
                    || next == 0x0C
                {
                    break
                }
                end += 1
            }
            rewriter.copy(upTo: end)
            index = end
        }
        rewriter.delete(upTo: bytes.count)
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }

    /// Where the raw text of a `<script>`-like element ends: after its end tag, or at the end of the page.
    private static func endOfRawText(_ bytes: [UInt8], name: String, from start: Int) -> Int {
        let closing = Array("</\(name)".utf8)
        var index = start
        while index + closing.count <= bytes.count {
            if bytes[index] == 0x3C && matchesLowercased(bytes, at: index, closing) {
                return find(bytes, ">", from: index).map { $0 + 1 } ?? bytes.count
            }
            index += 1
        }
        return bytes.count
    }

    static func hasPrefix<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int, _ prefix: String) -> Bool
    where Bytes.Index == Int {
        matchesLowercased(bytes, at: index, Array(prefix.utf8))
    }

    /// Whether `bytes` at `index` spell `lowercased`, ignoring ASCII case.
    private static func matchesLowercased<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at index: Int, _ lowercased: [UInt8]
    ) -> Bool where Bytes.Index == Int {
        guard index + lowercased.count <= bytes.count else { return false }
        for offset in 0..<lowercased.count {
            var byte = bytes[index + offset]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != lowercased[offset] { return false }
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && Array(bytes[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    /// One start or end tag.
    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        /// The offset just after the tag's `>`.
        var end: Int
        /// Where the attributes are: between the name and the `>`.
        var attributes: Range<Int> = 0..<0

        /// Whether the tag's `class` or `id` names page furniture, or the element is hidden.
        func marksFurniture(in bytes: [UInt8]) -> Bool {
            guard !attributes.isEmpty else { return false }
            var text = String(decoding: bytes[attributes], as: UTF8.self).lowercased()
            text = text.replacingOccurrences(of: "\n", with: " ")
            if text.contains("aria-hidden=\"true\"") || text.contains("display:none") || text.contains("display: none")
            {
                return true
            }
            for attribute in ["class=", "id="] {
                var search = text[...]
                while let found = search.range(of: attribute) {
                    // Only a whole attribute name: " class=", not "data-class=".
                    let before =
                        found.lowerBound == search.startIndex ? " " : search[search.index(before: found.lowerBound)]
                    search = search[found.upperBound...]
                    guard before == " " || before == "\t" else { continue }
                    guard let quote = search.first, quote == "\"" || quote == "'" else { continue }
                    let value = search.dropFirst().prefix { $0 != quote }
                    let parts = value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
                    if parts.contains(where: HTMLElements.contentNames.contains) { return false }
                    if parts.contains(where: HTMLElements.furnitureNames.contains) { return true }
                }
            }
            return false
        }

        /// Reads a tag at `bytes[start]` (a `<`); `nil` when what follows is not a tag name.
        static func parse<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at start: Int) -> Tag?
        where Bytes.Index == Int {
            var index = start + 1
            var isClosing = false
            if index < bytes.count && bytes[index] == 0x2F {
                isClosing = true
                index += 1
            }
            let nameStart = index
            guard index < bytes.count, isLetter(bytes[index]) else { return nil }
            while index < bytes.count && (isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == 0x2D) {
                index += 1
            }
            let name = String(
                decoding: bytes[nameStart..<index].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 },
                as: UTF8.self)
            guard index < bytes.count else { return nil }
            let after = bytes[index]
            guard after == 0x3E || after == 0x2F || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D
            else { return nil }
            let attributesStart = index
            var quote: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x3E {
                    let selfClosing = bytes[index - 1] == 0x2F || HTMLElements.void.contains(name)
                    return Tag(
                        name: name, isClosing: isClosing, isSelfClosing: selfClosing, end: index + 1,
                        attributes: attributesStart..<index)
                } else if byte == 0x3C && index > nameStart + 1 && quote == 0 {
                    return nil  // "a < b <c": not a tag after all
                }
                index += 1
            }
            return nil
        }

        static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    }
}
