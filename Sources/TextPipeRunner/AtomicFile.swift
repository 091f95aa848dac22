import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written under a temporary name in its destination folder and renamed into place only when
/// complete, so an interrupted run never leaves a file that looks finished but is not.
final class AtomicFile {
    let path: String
    let temporaryPath: String
    private(set) var descriptor: Int32
    private let syncs: Bool
    private let registry: TemporaryFiles

    /// - Parameters:
    ///   - path: The final path.
    ///   - syncs: Flush to disk before renaming. Worth it for one big output; for thousands of per-document
    ///     files the rename alone already protects against a crashed or interrupted process.
    ///   - registry: Where the temporary name is recorded for the signal handler (tests pass their own).
    init(path: String, syncs: Bool, registry: TemporaryFiles = .shared) throws {
        self.path = path
        self.syncs = syncs
        self.registry = registry
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        temporaryPath = folder + "/." + url.lastPathComponent + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw OutputError("cannot create \(temporaryPath): \(String(cString: strerror(errno)))") }
        registry.add(temporaryPath)
    }

    func write(_ bytes: [UInt8]) throws {
        try writeAll(descriptor, bytes, path: path)
    }

    /// Renames the file into place.
    func commit() throws {
        if syncs { fsync(descriptor) }
        close(descriptor)
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError("cannot write \(path): \(reason)")
        }
        registry.remove(temporaryPath)
    }

    /// Deletes the temporary file; the destination is left as it was.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporaryPath)
        registry.remove(temporaryPath)
    }

    /// Writes a whole file atomically.
    static func write(_ bytes: [UInt8], to path: String, syncs: Bool) throws {
        let file = try AtomicFile(path: path, syncs: syncs)
        do {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}

/// Writes every byte, retrying short writes and interrupted calls.
func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0 {
            if errno == EINTR { continue }
            throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        offset += written
    }
}

/// A failure to write output; it ends the run.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The temporary files of this process, so a signal handler can delete them before the process exits.
///
/// Process-wide by nature (a signal interrupts the whole process), so it is the one shared instance here.
final class TemporaryFiles: Sendable {
    static let shared = TemporaryFiles()
    private let paths = LockedValue<Set<String>>([])

    func add(_ path: String) { paths.withLock { _ = $0.insert(path) } }
    func remove(_ path: String) { paths.withLock { _ = $0.remove(path) } }

    /// Deletes every temporary file still open.
    func removeAll() {
        paths.withLock { set in
            for path in set { unlink(path) }
            set.removeAll()
        }
    }
}
