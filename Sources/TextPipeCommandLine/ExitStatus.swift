import ArgumentParser

extension ExitCode {
    /// Some documents failed; the others were written.
    static let documentsFailed = ExitCode(1)
    /// The pipeline or the arguments are wrong; nothing ran.
    static let usage = ExitCode(2)
}
