import Foundation
let detector = EncodingDetector.shared
let args = Array(CommandLine.arguments.dropFirst())
if args.first == "--decode" {
    let out = args[1]
    let decoder = ByteDecoder(forced: nil, fallback: "windows-1252", failOnInvalid: false)
    for path in args.dropFirst(2) {
        let data = Array(FileManager.default.contents(atPath: path)!)
        let name = String(path.split(separator: "/").last!)
        do {
            let result = try data.withUnsafeBufferPointer { try decoder.decode($0, tracksAlignment: false) }
            try result.text.write(toFile: out + "/" + name, atomically: false, encoding: .utf8)
            print(name, result.encoding, String(format: "%.2f", result.confidence))
        } catch {
            print(name, "ERROR", error)
        }
    }
} else {
    for path in args {
        let data = Array(FileManager.default.contents(atPath: path)!)
        data.withUnsafeBufferPointer { buf in
            let list = detector.rank(buf).ranking
            print(path.split(separator: "/").last!, detector.detect(buf).confidence, list.prefix(8).map { "\($0.encoding)/\($0.language) \(String(format: "%.1f", $0.score))" }.joined(separator: " | "))
        }
    }
}
