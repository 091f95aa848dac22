import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Deletes partial output files when the process is interrupted (Ctrl-C, kill), then exits with the
/// conventional status (128 + signal number). A broken pipe is reported as a write error instead of
/// killing the process silently.
public enum SignalCleanup {
    private static let sources = LockedValue<[any DispatchSourceSignal]>([])

    /// Installs the handlers; safe to call more than once.
    public static func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            signal(SIGPIPE, SIG_IGN)
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    TemporaryFiles.shared.removeAll()
                    exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
