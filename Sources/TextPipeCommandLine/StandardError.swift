#if canImport(Glibc)
    import Glibc
    private let writeBytes = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let writeBytes = Darwin.write
#endif

/// Writes to standard error, unbuffered, for diagnostics and the progress line.
enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = writeBytes(2, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    static func line(_ text: String) { write(text + "\n") }

    /// Whether standard error is a terminal (so a progress line makes sense).
    static var isTerminal: Bool { isatty(2) == 1 }
}
