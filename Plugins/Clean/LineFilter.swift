import Foundation

/// Removes whole lines: news page furniture (``NewsBoilerplate``) and lines matching the user's
/// `drop_lines` patterns, while keeping (or, on request, removing) the headline.
struct LineFilter: Sendable {
    var boilerplate: BoilerplateMode
    var keepTitle: Bool
    var patterns: [LinePattern]

    var isActive: Bool { boilerplate != .none || !patterns.isEmpty }

    /// The text without the dropped lines, or `nil` when no line was dropped.
    func filter(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        guard isActive else { return nil }
        let bytes = Array(text.utf8)
        var rewriter = TextRewriter(source: bytes, tracksAlignment: tracksAlignment)
        var changed = false
        var titleSeen = boilerplate == .none
        // Whether the last kept line of this paragraph stopped mid-sentence: then the next line finishes
        // that sentence ("... payable" / "March 1.") and is never furniture.
        var sentenceIsOpen = false
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
            let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            let trimmed = line.trimmingCharacters(in: .whitespaces)[...]
            var drop = false
            var isTitle = false
            if !trimmed.isEmpty {
                if patterns.contains(where: { $0.matches(line) }) {
                    drop = true
                } else if boilerplate == .news {
                    let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
                    if !titleSeen && !NewsBoilerplate.isDateline(words) {
                        titleSeen = true
                        isTitle = true
                        drop = !keepTitle
                    } else if !sentenceIsOpen {
                        drop = NewsBoilerplate.furniture(trimmed) != nil
                    }
                }
                sentenceIsOpen = !drop && !isTitle && !Self.endsSentence(trimmed)
            } else {
                sentenceIsOpen = false
            }
            if drop {
                rewriter.copy(upTo: lineStart)
                rewriter.delete(upTo: next)
                changed = true
            } else if isTitle && next < bytes.count && bytes[next] != 0x0A && next == lineEnd + 1 {
                // The headline is a paragraph of its own.
                rewriter.copy(upTo: next)
                rewriter.insert([0x0A])
                changed = true
            }
            lineStart = next
        }
        guard changed else { return nil }
        let (newText, map) = rewriter.finish()
        return Rewrite(text: newText, map: map)
    }
}

extension LineFilter {
    /// Whether a line ends where a sentence may end.
    static func endsSentence(_ line: Substring) -> Bool {
        guard let last = line.last else { return true }
        return ".!?:;\"”’')]»…".contains(last)
    }
}

/// One `drop_lines` pattern, compiled once when the stage is created. `NSRegularExpression` is immutable and
/// Sendable, so one compiled pattern serves every thread.
struct LinePattern: Sendable {
    let source: String
    private let expression: NSRegularExpression

    init(_ source: String) throws {
        self.source = source
        self.expression = try NSRegularExpression(pattern: source)
    }

    func matches(_ line: String) -> Bool {
        expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }
}
