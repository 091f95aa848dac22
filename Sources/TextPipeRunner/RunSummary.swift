/// What a run did: counts, sizes and where the time went.
public struct RunSummary: Sendable {
    /// Time spent in one stage, summed over documents and workers.
    public struct StageTime: Sendable {
        public var stage: String
        public var seconds: Double
        /// Documents the stage processed.
        public var documents: Int
        /// Text bytes the stage saw.
        public var bytes: Int
    }

    public var documents = 0
    public var failed = 0
    /// Documents skipped because their output was already up to date (`--resume`).
    public var skipped = 0
    /// Input size in bytes (raw bytes for files, text bytes for JSONL records).
    public var bytes = 0
    public var seconds = 0.0
    public var stages: [StageTime] = []

    /// Stage statistics as printed by `--stats`.
    public var report: String {
        var lines: [String] = []
        let megabytes = Double(bytes) / 1e6
        lines.append(
            "\(documents) documents (\(failed) failed\(skipped > 0 ? ", \(skipped) skipped" : "")), "
                + "\(format(megabytes, 2)) MB in \(format(seconds, 2)) s: "
                + "\(format(Double(documents) / max(seconds, 1e-9), 0)) docs/s, \(format(megabytes / max(seconds, 1e-9), 1)) MB/s")
        let width = max(5, stages.map(\.stage.count).max() ?? 0)
        lines.append(pad("stage", width) + "    seconds     docs/s       MB/s   share")
        let total = stages.reduce(0) { $0 + $1.seconds }
        for stage in stages {
            let mb = Double(stage.bytes) / 1e6
            lines.append(
                pad(stage.stage, width) + lpad(format(stage.seconds, 3), 11)
                    + lpad(format(Double(stage.documents) / max(stage.seconds, 1e-9), 0), 11)
                    + lpad(format(mb / max(stage.seconds, 1e-9), 1), 11)
                    + lpad(format(100 * stage.seconds / max(total, 1e-9), 1) + "%", 8))
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        let fraction = text.split(separator: ".").last?.count ?? 0
        if fraction < digits { text += String(repeating: "0", count: digits - fraction) }
        return text
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    private func lpad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
}
