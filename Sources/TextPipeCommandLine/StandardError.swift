#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to standard error, unbuffered, for diagnostics and the progress line.
enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            _ = fwrite(bytes.baseAddress, 1, bytes.count, stderr)
        }
        fflush(stderr)
    }

    static func line(_ text: String) { write(text + "\n") }

    /// Whether standard error is a terminal (so a progress line makes sense).
    static var isTerminal: Bool { isatty(2) == 1 }
}
