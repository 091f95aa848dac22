import Foundation
import TextPipeCore

/// Runs one stage on a string, the way swift-nio's `EmbeddedChannel` runs one handler: one line of setup
/// per test.
///
/// ```swift
/// let document = try runStage(SentenceSplitStage.self, on: "One. Two.")
/// #expect(document.sentenceTexts == ["One.", "Two."])
/// ```
public func runStage<S: Stage>(
    _ type: S.Type, on text: String, options: S.Options = S.Options(), id: String = "test"
) throws -> Document {
    var document = Document(id: id, text: text)
    try S(options: options, context: StageContext()).process(&document)
    return document
}

/// Runs one stage on raw bytes (for decode).
public func runStage<S: Stage>(
    _ type: S.Type, onBytes bytes: [UInt8], options: S.Options = S.Options(), id: String = "test"
) throws -> Document {
    var document = Document(id: id, bytes: bytes, source: DocumentSource(path: id))
    try S(options: options, context: StageContext()).process(&document)
    return document
}

/// Runs several stages in order on a document.
public func runStages(_ stages: [any Stage], on document: Document) throws -> Document {
    var document = document
    for stage in stages { try stage.process(&document) }
    return document
}

extension Document {
    /// The text of each sentence.
    public var sentenceTexts: [String] {
        (self[SentencesLayer.self] ?? []).map { String(text[utf8: $0]) }
    }

    /// The text of a range of this document.
    public func slice(_ range: TextRange) -> String { String(text[utf8: range]) }
}

/// The evaluation data shared by the team (`../shared/data` beside the repository), which nobody here wrote.
public enum SharedData {
    /// The root of the shared data: `$TEXTPIPE_SHARED_DATA`, or `../shared/data` next to the repository.
    public static var root: URL {
        if let override = ProcessInfo.processInfo.environment["TEXTPIPE_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }

    /// The repository this test support file lives in.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A file under the shared data folder.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The bytes of a shared data file.
    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }

    /// The seed article's raw bytes.
    public static var seedArticlePath: String { "samples/fnnews-2026-02-05-zelenskyy.txt" }

    /// The seed article as text.
    public static func seedArticle() throws -> String {
        String(decoding: try bytes(seedArticlePath), as: UTF8.self)
    }
}
