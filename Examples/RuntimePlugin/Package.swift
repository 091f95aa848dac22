// swift-tools-version:6.0
import PackageDescription

// A runtime plugin: a shared library any `textpipe` loads with `plugins: [path]` in a pipeline or
// `textpipe run --plugin PATH`. The stage is an ordinary Swift Stage; TextPipePluginABI exports it through a
// small C ABI, so the plugin and the textpipe that loads it do not need to share Swift types.
let package = Package(
    name: "RuntimePlugin",
    products: [
        .library(name: "ReadingTimePlugin", type: .dynamic, targets: ["ReadingTimePlugin"])
    ],
    dependencies: [
        .package(name: "TextPipe", path: "../..")
    ],
    targets: [
        .target(
            name: "ReadingTimePlugin",
            dependencies: [.product(name: "TextPipePluginABI", package: "TextPipe")]
        )
    ],
    swiftLanguageModes: [.v6]
)
