import TextPipeCore

/// The text mojibake repair works on: its scalars, each with the UTF-8 range of the original text it stands
/// for, so that the repaired text's alignment comes out of the same walk.
struct WorkingText {
    private(set) var scalars: [UInt32] = []
    private var sourceStarts: [Int] = []
    private var sourceEnds: [Int] = []
    private var isChanged: [Bool] = []

    init(_ text: String) {
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            scalars.append(scalar.value)
            sourceStarts.append(offset)
            sourceEnds.append(offset + length)
            offset += length
        }
        isChanged = [Bool](repeating: false, count: scalars.count)
    }

    /// Replaces each planned run of scalars with the one it stands for.
    mutating func apply(_ plan: MojibakeRepair.Plan) { apply(plan.edits) }

    /// Replaces each run of scalars `start..<end` with the one scalar it stands for.
    mutating func apply(_ edits: [MojibakeRepair.Plan.Edit]) {
        var scalars: [UInt32] = []
        var starts: [Int] = []
        var ends: [Int] = []
        var changed: [Bool] = []
        scalars.reserveCapacity(self.scalars.count)
        var index = 0
        for edit in edits {
            while index < edit.start {
                scalars.append(self.scalars[index])
                starts.append(sourceStarts[index])
                ends.append(sourceEnds[index])
                changed.append(isChanged[index])
                index += 1
            }
            scalars.append(edit.value)
            starts.append(sourceStarts[edit.start])
            ends.append(sourceEnds[edit.end - 1])
            changed.append(true)
            index = edit.end
        }
        while index < self.scalars.count {
            scalars.append(self.scalars[index])
            starts.append(sourceStarts[index])
            ends.append(sourceEnds[index])
            changed.append(isChanged[index])
            index += 1
        }
        self.scalars = scalars
        sourceStarts = starts
        sourceEnds = ends
        isChanged = changed
    }

    /// Replaces C1 controls with the windows-1252 characters of the same bytes, where it has one.
    mutating func replaceC1Controls(with page: CodePage) -> Bool {
        var replaced = false
        for index in scalars.indices where scalars[index] >= 0x80 && scalars[index] <= 0x9F {
            let meant = page.scalar(for: UInt8(scalars[index]))
            guard meant != scalars[index] else { continue }
            scalars[index] = meant
            isChanged[index] = true
            replaced = true
        }
        return replaced
    }

    /// The repaired text and its map back to `source`.
    func rewrite(source: String, tracksAlignment: Bool) -> Rewrite {
        var rewriter = TextRewriter(source: Array(source.utf8), tracksAlignment: tracksAlignment)
        var buffer: [UInt8] = []
        for index in scalars.indices where isChanged[index] {
            rewriter.copy(upTo: sourceStarts[index])
            buffer.removeAll(keepingCapacity: true)
            if let scalar = Unicode.Scalar(scalars[index]) {
                UTF8.encode(scalar) { buffer.append($0) }
            }
            rewriter.replace(upTo: sourceEnds[index], with: buffer)
        }
        let (text, map) = rewriter.finish()
        return Rewrite(text: text, map: map)
    }
}
