/// A one-line progress report on standard error: documents, throughput and, when the input size is known,
/// the time left. Shown only on a terminal.
struct ProgressLine {
    let enabled: Bool
    let totalBytes: Int?

    func show(_ state: TextPipe.Runner.Progress) {
        guard enabled else { return }
        let megabytes = Double(state.bytes) / 1e6
        let rate = megabytes / max(state.seconds, 1e-6)
        var line = "\(state.documents) documents"
        if state.failed > 0 { line += " (\(state.failed) failed)" }
        line += ", \(Int(megabytes * 10) / 10) MB, \(Int(rate * 10) / 10) MB/s"
        if let totalBytes, totalBytes > 0, rate > 0 {
            let remaining = max(0, Double(totalBytes - state.bytes) / 1e6 / rate)
            line += ", ETA \(Int(remaining.rounded())) s"
        }
        StandardError.write("\r\u{1B}[K" + line)
    }

    func clear() {
        guard enabled else { return }
        StandardError.write("\r\u{1B}[K")
    }
}

import TextPipe
