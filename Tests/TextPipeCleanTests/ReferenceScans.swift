import Foundation
import TestSupport

@testable import TextPipeClean

/// The plain versions of the cleaner's fast scans, as they were before they were made fast: the tests compare
/// the fast ones against these on many texts.
enum ReferenceScans {
    /// ``TextScan`` one byte at a time, through a table of byte kinds.
    static func textScan(_ bytes: [UInt8]) -> TextScan {
        var scan = [UInt8]().withUnsafeBufferPointer { TextScan($0) }
        let count = bytes.count
        guard count > 0 else { return scan }
        let first = bytes[0]
        let last = bytes[count - 1]
        if first == 0x20 || first == 0x09 || first == 0x0A || last == 0x20 || last == 0x09 || last == 0x0A {
            scan.hasOuterWhitespace = true
        }
        var lineFeeds = 0  // line feeds since the last byte that is not a space
        for index in 0..<count {
            let byte = bytes[index]
            switch byte {
            case 0x20:
                if index + 1 < count {
                    let next = bytes[index + 1]
                    if next == 0x20 {
                        scan.hasInnerWhitespace = true
                    } else if next == 0x0A {
                        scan.hasTrailingSpace = true
                    }
                }
            case 0x80...0xFF:
                scan.hasNonASCII = true
                lineFeeds = 0
            case 0x26, 0x3C:
                if byte == 0x26 { scan.hasAmpersand = true } else { scan.hasLessThan = true }
                lineFeeds = 0
            case 0x0A:
                if index > 0 {
                    let previous = bytes[index - 1]
                    if previous == 0x09 { scan.hasTrailingSpace = true }
                    if previous == 0x2D { scan.hasHyphenatedBreak = true }
                }
                lineFeeds += 1
                if lineFeeds >= 3 { scan.hasBlankRun = true }
                if lineFeeds == 1 { scan.hasInnerWhitespace = true }
            case 0x09: scan.hasInnerWhitespace = true
            case 0x0D: scan.hasCarriageReturn = true
            case 0x00..<0x20, 0x7F: scan.hasControl = true
            default: lineFeeds = 0
            }
        }
        return scan
    }

    /// ``HTMLText/looksLikeHTML(_:)`` reading every byte and every tag.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        while start < bytes.count
            && (bytes[start] <= 0x20 || bytes[start] == 0xEF || bytes[start] == 0xBB || bytes[start] == 0xBF)
        {
            start += 1
        }
        for prefix in ["<!doctype", "<html", "<?xml"] where HTMLText.hasPrefix(bytes, at: start, prefix) { return true }
        var tags = 0
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x3C, let tag = HTMLText.Tag.parse(bytes, at: index),
                HTMLElements.common.contains(tag.name)
            {
                tags += 1
                if tags >= 2 { return true }
                index = tag.end
            } else {
                index += 1
            }
        }
        return false
    }
}

extension ReferenceScans {
    /// ``NewsBoilerplate/isCopyright(_:)`` through `String` for every line.
    static func isCopyright(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        guard lower.count <= NewsBoilerplate.copyrightLineLimit else { return false }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        return lower.contains("all rights reserved") || lower.contains("unauthorized reproduction")
            || lower.contains("redistribution prohibited") || lower.contains("무단전재")
    }
}

extension ReferenceScans {
    /// ``WhitespaceNormalizer`` in `normalize` mode, stepping through every byte.
    static func normalizeWhitespace(_ bytes: [UInt8], tracksAlignment: Bool) -> Rewrite? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        var changed = false
        var index = 0
        while index < bytes.count && (isSpace(bytes[index]) || bytes[index] == 0x0A) { index += 1 }
        if index > 0 {
            rewriter.delete(upTo: index)
            changed = true
        }
        while index < bytes.count {
            guard isSpace(bytes[index]) || bytes[index] == 0x0A else {
                index += 1
                continue
            }
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
                var indentStart = index
                while indentStart > start && bytes[indentStart - 1] != 0x0A { indentStart -= 1 }
                if indentStart == start + 1 && bytes[start] == 0x0A { continue }
                rewriter.copy(upTo: start)
                rewriter.replace(upTo: indentStart, with: [0x0A])
                changed = true
                continue
            } else {
                continue
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
}

/// Texts glued together from `pieces`, up to `maximumPieces` each.
func mixedTexts(count: Int, pieces: [String], maximumPieces: Int = 40, seed: UInt64) -> [[UInt8]] {
    var generator = SplitMix(state: seed)
    return (0..<count).map { _ in
        Array(
            (0..<Int.random(in: 0...maximumPieces, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined().utf8)
    }
}
