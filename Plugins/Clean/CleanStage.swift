import TextPipeCore

/// Repairs and normalises text: mojibake, HTML, character references, line breaks, control characters,
/// Unicode normalisation, whitespace, and (on request) news page furniture and user-chosen lines.
///
/// Every phase runs only when the one scan of the text's bytes says it can change something, so plain ASCII
/// text costs one pass. Each phase that rewrites the text records how, and the stage hands the composed map
/// to ``Document/replaceText(_:mappedBy:)``, so spans found later map back to the original bytes.
public struct CleanStage: Stage {
    public static let descriptor = StageDescriptor(
        name: "clean", summary: "Repairs mojibake, strips HTML and page furniture, normalises whitespace.",
        requires: [.text])

    public let options: CleanOptions
    private let mojibake = MojibakeRepair()
    private let characters: CharacterRepair
    private let normalizer: UnicodeNormalizer
    private let whitespace: WhitespaceNormalizer
    private let lines: LineFilter

    public init(options: CleanOptions, context: StageContext) throws {
        try options.validate()
        self.options = options
        characters = CharacterRepair(
            fixLineBreaks: options.fixLineBreaks, removeControls: options.removeControls,
            straightenQuotes: options.straightenQuotes)
        normalizer = UnicodeNormalizer(form: options.normalize)
        whitespace = WhitespaceNormalizer(mode: options.whitespace)
        var patterns: [LinePattern] = []
        for (index, source) in options.dropLines.enumerated() {
            do {
                patterns.append(try LinePattern(source))
            } catch {
                throw OptionError(key: "drop_lines", "item \(index + 1) is not a valid regular expression: \(source)")
            }
        }
        lines = LineFilter(boilerplate: options.boilerplate, keepTitle: options.keepTitle, patterns: patterns)
    }

    public func process(_ document: inout Document) throws {
        guard document.layers.isEmpty else {
            throw StageError(
                "clean must run before any stage that adds layers (found: \(document.layers.all.map(\.name).joined(separator: ", "))): "
                    + "it rewrites the text, so their offsets would no longer fit")
        }
        var run = CleanRun(text: document.text, tracksAlignment: document.tracksAlignment)
        clean(&run)
        guard run.isChanged else { return }
        let map = run.map
        document.replaceText(run.text, mappedBy: map ?? .identity(count: run.text.utf8.count))
    }

    /// The phases, in order; each one looks at the scan first.
    private func clean(_ run: inout CleanRun) {
        var scan = run.scan()
        let quick =
            !scan.hasNonASCII && !scan.hasAmpersand && !scan.hasLessThan && !scan.hasCarriageReturn
            && !scan.hasControl && !lines.isActive && !(options.dehyphenate && scan.hasHyphenatedBreak)
        if quick {
            if whitespace.isNeeded(scan) {
                run.apply(whitespace.normalize(run.text, scan: scan, tracksAlignment: run.tracks))
            }
            return
        }
        if scan.hasLessThan && options.html != .never
            && (options.html == .always || run.withBytes(HTMLText.looksLikeHTML))
        {
            run.apply(HTMLText.extract(run.text, tracksAlignment: run.tracks))
        } else if scan.hasAmpersand && options.entities {
            run.apply(HTMLEntities.decode(run.text, tracksAlignment: run.tracks))
        }
        if options.fixMojibake && scan.hasNonASCII {
            run.apply(mojibake.repair(run.text, tracksAlignment: run.tracks))
        }
        run.apply(characters.repair(run.text, scan: scan, tracksAlignment: run.tracks))
        if scan.hasNonASCII { run.apply(normalizer.normalize(run.text, tracksAlignment: run.tracks)) }
        if options.dehyphenate { run.apply(Dehyphenation.join(run.text, tracksAlignment: run.tracks)) }
        run.apply(lines.filter(run.text, tracksAlignment: run.tracks))
        if run.isChanged { scan = run.scan() }
        if whitespace.isNeeded(scan) {
            run.apply(whitespace.normalize(run.text, scan: scan, tracksAlignment: run.tracks))
        }
    }
}

/// The text as it goes through the phases, with the map from the current text back to the stage's input.
private struct CleanRun {
    var text: String
    let tracks: Bool
    private(set) var map: OffsetMap?
    private(set) var isChanged = false

    init(text: String, tracksAlignment: Bool) {
        self.text = text
        self.tracks = tracksAlignment
    }

    func scan() -> TextScan { withBytes(TextScan.init) }

    /// Calls `body` with the text's UTF-8 bytes (a native string's own storage: no copy).
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var copy = text
        return copy.withUTF8(body)
    }

    /// `step` followed by `earlier`, covering all of `earlier`'s source: `OffsetMap.followed(by:)` leaves out
    /// text that `earlier` deleted at the very end, so that tail is added back as a deletion here.
    private static func compose(_ step: OffsetMap, then earlier: OffsetMap) -> OffsetMap {
        let composed = step.followed(by: earlier)
        guard composed.sourceCount < earlier.sourceCount else { return composed }
        var builder = OffsetMap.Builder()
        for run in composed.runs {
            if run.isCopy {
                builder.copy(run.target.count)
            } else {
                builder.replace(targetCount: run.target.count, sourceCount: run.source.count)
            }
        }
        builder.delete(earlier.sourceCount - composed.sourceCount)
        return builder.build()
    }

    /// Takes a phase's result, if it changed anything, and composes its map with the maps so far.
    mutating func apply(_ rewrite: Rewrite?) {
        guard let rewrite else { return }
        if tracks, let step = rewrite.map {
            map = map.map { Self.compose(step, then: $0) } ?? step
        }
        text = rewrite.text
        isChanged = true
    }
}
