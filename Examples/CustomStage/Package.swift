// swift-tools-version:6.0
import PackageDescription

// A custom stage compiled into your own `textpipe`: the library holds the stage, the executable is the TextPipe
// command line with the built-in stages plus this one.
let package = Package(
    name: "CustomStage",
    products: [
        .executable(name: "textpipe-redact", targets: ["TextPipeRedact"]),
        .library(name: "Redact", targets: ["Redact"]),
    ],
    dependencies: [
        // Your own package would use .package(url: "https://.../TextPipe", from: "...") instead.
        .package(name: "TextPipe", path: "../..")
    ],
    targets: [
        .target(name: "Redact", dependencies: [.product(name: "TextPipe", package: "TextPipe")]),
        .executableTarget(
            name: "TextPipeRedact",
            dependencies: ["Redact", .product(name: "TextPipeCommandLine", package: "TextPipe")]
        ),
        .testTarget(name: "RedactTests", dependencies: ["Redact"]),
    ],
    swiftLanguageModes: [.v6]
)
