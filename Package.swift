// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Notes and generator scripts that live beside a plugin's sources (README.md, *.py) and are not sources.
func documentationFiles(in folder: String) -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folder).path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return names.filter { $0.hasSuffix(".md") || $0.hasSuffix(".py") || $0.hasSuffix(".txt") }.sorted()
}

/// The built-in stages: one module each under Plugins/, depending on the core and the shared text module only.
let builtInStages: [(module: String, folder: String)] = [
    ("TextPipeDecode", "Decode"),
    ("TextPipeClean", "Clean"),
    ("TextPipeSentenceSplit", "SentenceSplit"),
    ("TextPipeEntityTag", "EntityTag"),
    ("TextPipeNumberExtract", "NumberExtract"),
    ("TextPipeSummarise", "Summarise"),
]

let stageTargets: [Target] = builtInStages.flatMap { stage -> [Target] in
    [
        .target(
            name: stage.module,
            dependencies: ["TextPipeCore", "TextPipeText"],
            path: "Plugins/\(stage.folder)",
            exclude: documentationFiles(in: "Plugins/\(stage.folder)")
        ),
        .testTarget(
            name: "\(stage.module)Tests",
            dependencies: [.target(name: stage.module), "TextPipeCore", "TestSupport"],
            path: "Tests/\(stage.module)Tests"
        ),
    ]
}

let package = Package(
    name: "TextPipe",
    products: [
        .executable(name: "textpipe", targets: ["TextPipeCLI"]),
        .library(name: "TextPipe", targets: ["TextPipe"]),
        .library(name: "TextPipeCore", targets: ["TextPipeCore"]),
        .library(name: "TextPipeCommandLine", targets: ["TextPipeCommandLine"]),
        .library(name: "TextPipePluginABI", targets: ["TextPipePluginABI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "TextPipeYAML", dependencies: ["CLibYAML"]),
        .target(name: "TextPipeCore", dependencies: ["TextPipeYAML"]),
        .target(name: "TextPipeText"),
        .target(name: "TextPipeRunner", dependencies: ["TextPipeCore", "TextPipeYAML", "CTextPipePlugin"]),
        // Runtime plugins: the C ABI header, and the Swift helper that exports any Stage through it.
        .target(name: "CTextPipePlugin", path: "Sources/TextPipePluginABI/C"),
        .target(
            name: "TextPipePluginABI", dependencies: ["TextPipeCore", "TextPipeRunner", "CTextPipePlugin"],
            path: "Sources/TextPipePluginABI/Swift"
        ),
        .target(
            name: "TextPipe",
            dependencies: ["TextPipeCore", "TextPipeRunner"] + builtInStages.map { .target(name: $0.module) }
        ),
        // The command line as a library, so a package with its own stages can ship its own `textpipe`.
        .target(
            name: "TextPipeCommandLine",
            dependencies: ["TextPipe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "TextPipeCLI", dependencies: ["TextPipeCommandLine"]),
        .target(name: "TestSupport", dependencies: ["TextPipeCore"], path: "Tests/TestSupport"),
        .testTarget(name: "TextPipeYAMLTests", dependencies: ["TextPipeYAML"]),
        .testTarget(name: "TextPipeCoreTests", dependencies: ["TextPipeCore", "TestSupport"]),
        .testTarget(name: "TextPipeTextTests", dependencies: ["TextPipeText"]),
        .testTarget(name: "TextPipeRunnerTests", dependencies: ["TextPipeRunner", "TextPipe", "TestSupport"]),
        .testTarget(name: "TextPipeCLITests", dependencies: ["TextPipe", "TextPipeCommandLine", "TextPipeCLI", "TestSupport"]),
        // Stages working together on real documents (decode + clean + sentence_split + ...).
        .testTarget(name: "TextPipeIntegrationTests", dependencies: ["TextPipe", "TestSupport"]),
        .testTarget(
            name: "TextPipePluginTests",
            dependencies: ["TextPipe", "TextPipePluginABI", "TextPipeCommandLine", "CTextPipePlugin", "TestSupport"]
        ),
    ] + stageTargets,
    swiftLanguageModes: [.v6]
)
