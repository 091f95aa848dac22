import Foundation

/// Removes whole lines: news page furniture (``NewsBoilerplate``) and lines matching the user's
/// `drop_lines` patterns, while keeping (or, on request, removing) the headline.
struct LineFilter: Sendable {
    var boilerplate: BoilerplateMode
    var keepTitle: Bool
    var patterns: [LinePattern]

    var isActive: Bool { boilerplate != .none || !patterns.isEmpty }

    /// The text without the dropped lines, or `nil` when no line was dropped.
    ///
    /// Lines are byte ranges of the text; a line becomes a `String` only for the `drop_lines` patterns, the
    /// headline check, and lines that ``FurnitureScreen`` cannot clear.
    func filter(_ text: String, tracksAlignment: Bool) -> Rewrite? {
        guard isActive else { return nil }
        var text = text
        // The state lives inside the closure: variables it captured from outside cost an exclusivity check
        // on each access.
        let rewriter = text.withUTF8 { buffer -> TextRewriter? in
            // Made at the first change: most texts keep every line and need no copy.
            var rewriter: TextRewriter? = nil
            var titleSeen = boilerplate == .none
            // Whether the last kept line of this paragraph stopped mid-sentence: then the next line finishes
            // that sentence ("... payable" / "March 1.") and is never furniture.
            var sentenceIsOpen = false
            var lineStart = 0
            while lineStart < buffer.count {
                let base = buffer.baseAddress!
                // A blank line between paragraphs (half of all lines) is kept and ends any open sentence.
                if base[lineStart] == 0x0A {
                    sentenceIsOpen = false
                    lineStart += 1
                    continue
                }
                var lineEnd = buffer.count
                if let newline = memchr(base + lineStart, 0x0A, buffer.count - lineStart) {
                    lineEnd = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base
                }
                let next = lineEnd < buffer.count ? lineEnd + 1 : lineEnd
                let trimmedRange = LineBytes.trim(buffer, lineStart..<lineEnd)
                var drop = false
                var isTitle = false
                if !trimmedRange.isEmpty {
                    let trimmed = {
                        String(decoding: UnsafeBufferPointer(rebasing: buffer[trimmedRange]), as: UTF8.self)[...]
                    }
                    if !patterns.isEmpty,
                        case let line = String(
                            decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]), as: UTF8.self),
                        patterns.contains(where: { $0.matches(line) })
                    {
                        drop = true
                    } else if boilerplate == .news {
                        if !titleSeen && FurnitureScreen.isSurelyNotDateline(buffer, trimmedRange) {
                            titleSeen = true
                            isTitle = true
                            drop = !keepTitle
                        } else if !titleSeen {
                            let line = trimmed()
                            let words = line.split(whereSeparator: \.separatesWords)
                            if !NewsBoilerplate.isDateline(words) {
                                titleSeen = true
                                isTitle = true
                                drop = !keepTitle
                            } else if !sentenceIsOpen {
                                drop = NewsBoilerplate.furniture(line) != nil
                            }
                        } else if !sentenceIsOpen && !FurnitureScreen.isSurelyText(buffer, trimmedRange) {
                            drop = NewsBoilerplate.furniture(trimmed()) != nil
                        }
                    }
                    if !drop && !isTitle {
                        sentenceIsOpen = !(LineBytes.endsSentence(buffer, trimmedRange) ?? Self.endsSentence(trimmed()))
                    } else {
                        sentenceIsOpen = false
                    }
                } else {
                    sentenceIsOpen = false
                }
                if drop {
                    if rewriter == nil {
                        rewriter = TextRewriter(source: Array(buffer), tracksAlignment: tracksAlignment)
                    }
                    rewriter!.copy(upTo: lineStart)
                    rewriter!.delete(upTo: next)
                } else if isTitle && next < buffer.count && buffer[next] != 0x0A && next == lineEnd + 1 {
                    // The headline is a paragraph of its own.
                    if rewriter == nil {
                        rewriter = TextRewriter(source: Array(buffer), tracksAlignment: tracksAlignment)
                    }
                    rewriter!.copy(upTo: next)
                    rewriter!.insert([0x0A])
                }
                lineStart = next
            }
            return rewriter
        }
        guard var rewriter else { return nil }
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
