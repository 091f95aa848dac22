import ArgumentParser
import Foundation

/// `textpipe new-stage NAME [--plugin] [--path DIR]`: writes a Swift package with a working custom stage, a
/// passing test and a pipeline that uses it, like Examples/CustomStage (or Examples/RuntimePlugin with --plugin).
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Create a Swift package with a new custom stage, a test and a pipeline using it.",
        discussion: """
            Without --plugin the package builds its own textpipe (the built-in stages plus yours): `swift build`,
            then `.build/debug/textpipe-NAME run pipeline.yaml FILE`. With --plugin it builds a shared library that
            any textpipe loads: `swift build -c release`, then `textpipe run pipeline.yaml FILE`.
            """
    )

    @Argument(help: "The stage name as written in pipelines, in snake_case (e.g. word_count).")
    var name: String

    @Flag(help: "Make a runtime plugin (a shared library) instead of a package with its own textpipe.")
    var plugin = false

    @Option(help: "The folder to create (default: ./PackageName).")
    var path: String?

    @Option(
        name: .customLong("textpipe-source"),
        help:
            "Where the TextPipe package is: a local path or a git URL (default: the TextPipe checkout around the current folder)."
    )
    var textpipeSource: String?

    func validate() throws {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first),
            name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" })
        else {
            throw ValidationError(
                "the stage name must be snake_case: lower-case letters, digits and _, starting with a letter (e.g. word_count)"
            )
        }
    }

    func run() throws {
        let names = StageNames(name)
        let folder = URL(fileURLWithPath: path ?? names.package)
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw ValidationError("'\(folder.path)' exists and is not empty; pick another --path")
        }
        let dependency = try packageDependency()
        let files =
            plugin
            ? StageTemplates.plugin(names, dependency: dependency)
            : StageTemplates.compiledIn(names, dependency: dependency)
        for (relative, contents) in files {
            let file = folder.appendingPathComponent(relative)
            try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: file, atomically: true, encoding: .utf8)
        }
        print("Created \(folder.path) with the stage '\(name)' (\(names.stageType)).")
        print("Next:")
        print("  cd \(folder.path)")
        print("  swift test")
        if plugin {
            print("  swift build -c release && textpipe run pipeline.yaml some.txt")
        } else {
            print("  swift run textpipe-\(names.executable) run pipeline.yaml some.txt")
        }
    }

    /// The `.package(...)` line that brings in TextPipe.
    private func packageDependency() throws -> String {
        if let source = textpipeSource {
            if source.contains("://") || source.hasPrefix("git@") {
                return ".package(url: \"\(source)\", branch: \"main\")"
            }
            return ".package(name: \"TextPipe\", path: \"\(URL(fileURLWithPath: source).standardized.path)\")"
        }
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardized
        while true {
            let manifest = folder.appendingPathComponent("Package.swift")
            if let text = try? String(contentsOf: manifest, encoding: .utf8), text.contains("name: \"TextPipe\"") {
                return ".package(name: \"TextPipe\", path: \"\(folder.path)\")"
            }
            if folder.path == "/" { break }
            folder.deleteLastPathComponent()
        }
        throw ValidationError(
            "cannot find a TextPipe checkout around the current folder; pass --textpipe-source PATH_OR_URL")
    }
}

/// The spellings of a new stage's name.
struct StageNames {
    /// `word_count`
    let stage: String
    /// `WordCount`
    let package: String
    /// `WordCountStage`
    var stageType: String { package + "Stage" }
    /// `WordCountLayer`
    var layerType: String { package + "Layer" }
    /// `word-count`
    var executable: String { stage.replacingOccurrences(of: "_", with: "-") }

    init(_ stage: String) {
        self.stage = stage
        self.package = stage.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// The files of a new stage package.
enum StageTemplates {
    static func compiledIn(_ names: StageNames, dependency: String) -> [(String, String)] {
        let module = names.package
        return [
            (
                "Package.swift",
                """
                // swift-tools-version:6.0
                import PackageDescription

                // The \(names.stage) stage, and a textpipe with the built-in stages plus it.
                let package = Package(
                    name: "\(module)",
                    products: [
                        .executable(name: "textpipe-\(names.executable)", targets: ["\(module)CLI"]),
                        .library(name: "\(module)", targets: ["\(module)"]),
                    ],
                    dependencies: [
                        \(dependency)
                    ],
                    targets: [
                        .target(name: "\(module)", dependencies: [.product(name: "TextPipe", package: "TextPipe")]),
                        .executableTarget(
                            name: "\(module)CLI",
                            dependencies: ["\(module)", .product(name: "TextPipeCommandLine", package: "TextPipe")]
                        ),
                        .testTarget(name: "\(module)Tests", dependencies: ["\(module)"]),
                    ],
                    swiftLanguageModes: [.v6]
                )

                """
            ),
            ("Sources/\(module)/\(names.stageType).swift", stage(names, importing: "TextPipe")),
            (
                "Sources/\(module)CLI/main.swift",
                """
                import \(module)
                import TextPipe
                import TextPipeCommandLine

                // The textpipe command line with the built-in stages and pipelines plus \(names.stage).
                let registry = try StageRegistry.builtIn.adding(\(names.stageType).self)
                TextPipeCommand.main(loader: PipelineLoader(registry: registry, builtInPipelines: BuiltInPipelines.all))

                """
            ),
            ("Tests/\(module)Tests/\(names.stageType)Tests.swift", test(names, importing: "TextPipe")),
            (
                "pipeline.yaml",
                """
                name: \(names.stage)
                stages:
                  - decode
                  - \(names.stage):
                      min_length: 1

                """
            ),
            ("README.md", readme(names, build: "swift run textpipe-\(names.executable) run pipeline.yaml some.txt")),
            (".gitignore", ".build/\n.swiftpm/\n"),
        ]
    }

    static func plugin(_ names: StageNames, dependency: String) -> [(String, String)] {
        let module = names.package
        return [
            (
                "Package.swift",
                """
                // swift-tools-version:6.0
                import PackageDescription

                // The \(names.stage) stage as a runtime plugin: a shared library any textpipe loads.
                let package = Package(
                    name: "\(module)",
                    products: [
                        .library(name: "\(module)", type: .dynamic, targets: ["\(module)"])
                    ],
                    dependencies: [
                        \(dependency)
                    ],
                    targets: [
                        .target(name: "\(module)", dependencies: [.product(name: "TextPipePluginABI", package: "TextPipe")]),
                        .testTarget(name: "\(module)Tests", dependencies: ["\(module)"]),
                    ],
                    swiftLanguageModes: [.v6]
                )

                """
            ),
            ("Sources/\(module)/\(names.stageType).swift", stage(names, importing: "TextPipePluginABI")),
            (
                "Sources/\(module)/Export.swift",
                """
                import TextPipePluginABI

                // The one C symbol textpipe looks for when it loads this library.
                @_cdecl("textpipe_plugin_entry")
                public func textpipePluginEntry(_ version: UInt32, _ table: UnsafeMutableRawPointer?, _ size: Int) -> Int32 {
                    TextPipePlugin.export([\(names.stageType).self], version, table, size)
                }

                """
            ),
            ("Tests/\(module)Tests/\(names.stageType)Tests.swift", test(names, importing: "TextPipePluginABI")),
            (
                "pipeline.yaml",
                """
                name: \(names.stage)
                plugins:
                  - .build/release/lib\(module).so   # lib\(module).dylib on macOS
                stages:
                  - decode
                  - \(names.stage):
                      min_length: 1

                """
            ),
            ("README.md", readme(names, build: "swift build -c release && textpipe run pipeline.yaml some.txt")),
            (".gitignore", ".build/\n.swiftpm/\n"),
        ]
    }

    private static func stage(_ names: StageNames, importing module: String) -> String {
        """
        import \(module)

        /// `\(names.stage)`: counts the words of each document that have at least `min_length` characters.
        /// Replace the body of `process` with what your stage does.
        public struct \(names.stageType): Stage {
            public static let descriptor = StageDescriptor(
                name: "\(names.stage)",
                summary: "Counts words (layer: \(names.stage)).",
                requires: [.text],
                produces: [\(names.layerType).layerName]
            )

            public struct Options: StageOptions {
                /// `min_length:` in YAML.
                public var minLength = 1

                public init() {}

                public static let help = ["min_length": "Shortest word to count, in characters."]

                public func validate() throws(OptionError) {
                    if minLength < 1 { throw OptionError(key: "min_length", "must be at least 1") }
                }
            }

            private let minLength: Int

            /// Called once per pipeline: load word lists or models here, not in `process`.
            public init(options: Options, context: StageContext) throws {
                minLength = options.minLength
            }

            /// Called for every document, from several threads at once: keep no mutable state.
            public func process(_ document: inout Document) throws {
                let words = document.text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation })
                document[\(names.layerType).self] = WordCount(words: words.filter { $0.count >= minLength }.count)
            }
        }

        /// The `\(names.stage)` layer, read and written as `document[\(names.layerType).self]`.
        public enum \(names.layerType): LayerKey {
            public typealias Value = WordCount
            public static let name = "\(names.stage)"
        }

        /// What the stage adds to each document; written to the output as JSON.
        public struct WordCount: Sendable, Codable, Equatable, LayerValue {
            public var words: Int

            public init(words: Int) { self.words = words }
        }

        """
    }

    private static func test(_ names: StageNames, importing module: String) -> String {
        """
        import Testing
        import \(module)

        import \(names.package)

        @Test func countsWords() throws {
            var document = Document(id: "test", text: "Kyiv, Lviv and Odesa are cities.")
            try \(names.stageType)(options: .init(), context: StageContext()).process(&document)
            #expect(document[\(names.layerType).self] == WordCount(words: 6))
        }

        @Test func honoursMinLength() throws {
            var options = \(names.stageType).Options()
            options.minLength = 4
            var document = Document(id: "test", text: "Kyiv, Lviv and Odesa are cities.")
            try \(names.stageType)(options: options, context: StageContext()).process(&document)
            #expect(document[\(names.layerType).self] == WordCount(words: 4))
        }

        @Test func rejectsBadOptions() {
            var options = \(names.stageType).Options()
            options.minLength = 0
            #expect(throws: OptionError.self) { try options.validate() }
        }

        """
    }

    private static func readme(_ names: StageNames, build: String) -> String {
        """
        # \(names.package)

        A TextPipe stage, `\(names.stage)`, made by `textpipe new-stage`.

        - The stage: `Sources/\(names.package)/\(names.stageType).swift`. Options are the `Options` struct (YAML keys
          are the snake_case property names); the output goes into the `\(names.stage)` layer.
        - Test: `swift test`
        - Run: `\(build)`

        """
    }
}
