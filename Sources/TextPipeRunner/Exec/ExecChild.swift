import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One running child of an `exec` stage: lines go to its stdin, answers come from its stdout in the same order,
/// its stderr is the runner's stderr.
///
/// Several threads may send at once; answers are matched to requests by order, so documents are pipelined
/// through one child. When the child dies, answers garbage or overruns its timeout, it is killed and every
/// request in flight fails with the reason; the owner then starts a new child for later documents.
final class ExecChild: @unchecked Sendable {
    // @unchecked: `queue`, `headSince` and `failure` are only touched with `condition` locked; writes to `input`
    // happen with `writeLock` held; the other stored properties are constants.
    let label: String
    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private let timeout: Double

    private let condition = NSCondition()
    private let writeLock = NSLock()
    private var queue: [Request] = []
    /// When the oldest request in flight became the one the child is working on.
    private var headSince = Date()
    private var failure: String?
    /// Whether the child has answered yet; until it has, the head request also gets `startupAllowance`.
    private var hasAnswered = false
    /// Time a fresh child gets to start (an interpreter loading its libraries) on top of the first timeout.
    static let startupAllowance: Double = 10

    private final class Request {
        var answer: Result<[UInt8], ExecChildFailure>?
    }

    /// Starts the command.
    ///
    /// - Throws: ``ExecChildFailure`` when it cannot be started.
    init(command: [String], directory: String, timeout: Double, label: String) throws(ExecChildFailure) {
        self.label = label
        self.timeout = timeout
        var stdinPair: [Int32] = [-1, -1]
        var stdoutPipe: [Int32] = [-1, -1]
        // Sockets, so writes to a dead child fail with EPIPE instead of raising SIGPIPE (MSG_NOSIGNAL), created
        // close-on-exec in one call so children started concurrently never hold each other's ends open.
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &stdinPair) == 0, socketpair(AF_UNIX, type, 0, &stdoutPipe) == 0 else {
            throw ExecChildFailure("cannot create pipes: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        if !directory.isEmpty, let addChdir = spawnChdir { _ = addChdir(&actions, directory) }
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, command[0], &actions, nil, &argv, environ)
        close(stdinPair[1])
        close(stdoutPipe[1])
        guard status == 0 else {
            close(stdinPair[0])
            close(stdoutPipe[0])
            throw ExecChildFailure("cannot start the command: \(String(cString: strerror(status)))")
        }
        self.pid = pid
        self.input = stdinPair[0]
        self.output = stdoutPipe[0]
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
        let reader = Thread { [self] in readAnswers() }
        reader.name = "textpipe exec reader"
        reader.start()
    }

    /// Whether the child has been given up; the owner replaces it.
    var hasFailed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return failure != nil
    }

    /// Sends one line and waits for its answer.
    ///
    /// - Returns: The answer line, `nil` if the child had already failed before the line was sent (so nothing was
    ///   lost and the caller may retry with a new child).
    func exchange(_ line: [UInt8]) -> Result<[UInt8], ExecChildFailure>? {
        let request = Request()
        writeLock.lock()
        condition.lock()
        if failure != nil {
            condition.unlock()
            writeLock.unlock()
            return nil
        }
        queue.append(request)
        if queue.count == 1 { headSince = Date() }
        condition.unlock()
        let written = write(line, deadline: Date().addingTimeInterval(timeout))
        writeLock.unlock()
        if let problem = written { kill(because: problem) }

        condition.lock()
        defer { condition.unlock() }
        while request.answer == nil {
            if queue.first === request {
                let deadline = headSince.addingTimeInterval(timeout + (hasAnswered ? 0 : ExecChild.startupAllowance))
                if Date() >= deadline {
                    killLocked(because: "gave no answer within \(ExecChild.seconds(timeout)); it was killed")
                    break
                }
                _ = condition.wait(until: deadline)
            } else {
                _ = condition.wait(until: Date().addingTimeInterval(timeout))
            }
        }
        return request.answer
    }

    /// Kills the child, failing every request in flight.
    func kill(because reason: String) {
        condition.lock()
        killLocked(because: reason)
        condition.unlock()
    }

    /// Closes the child's stdin so it can finish and exit on its own; used when the stage goes away.
    func finish() {
        writeLock.lock()
        shutdown(input, Int32(SHUT_WR))
        writeLock.unlock()
    }

    private func killLocked(because reason: String) {
        guard failure == nil else { return }
        signalProcess(pid, SIGKILL)
        fail(with: reason)
    }

    /// Marks the child failed and answers every waiting request; call with `condition` locked.
    private func fail(with reason: String) {
        if failure == nil { failure = reason }
        for (position, request) in queue.enumerated() where request.answer == nil {
            let message = position == 0 ? reason : "was restarted while this document waited: it \(reason)"
            request.answer = .failure(ExecChildFailure(message))
        }
        queue.removeAll()
        condition.broadcast()
    }

    /// Writes all of `line` before the deadline; returns a problem or `nil`.
    private func write(_ line: [UInt8], deadline: Date) -> String? {
        var offset = 0
        while offset < line.count {
            let sent = line[offset...].withUnsafeBytes { bytes in
                send(input, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                offset += sent
                continue
            }
            if sent < 0, errno == EINTR { continue }
            guard sent < 0, errno == EAGAIN || errno == EWOULDBLOCK else {
                return "stopped reading its input (\(String(cString: strerror(errno))))"
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                return "did not read its input within \(ExecChild.seconds(timeout)); it was killed"
            }
            var descriptor = pollfd(fd: input, events: Int16(POLLOUT), revents: 0)
            _ = poll(&descriptor, 1, Int32(min(remaining * 1000 + 1, Double(Int32.max))))
        }
        return nil
    }

    /// The reader thread: hands each answer line to the oldest request, then reaps the child at end of output.
    private func readAnswers() {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var start = pending.count
            pending.append(contentsOf: chunk[0..<count])
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                deliver(Array(pending[..<newline]))
                pending.removeSubrange(...newline)
                start = 0
            }
        }
        close(output)
        let exit = reap()
        condition.lock()
        fail(with: exit)
        condition.unlock()
        close(input)
    }

    private func deliver(_ line: [UInt8]) {
        let trimmed = line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
        condition.lock()
        defer { condition.unlock() }
        guard failure == nil else { return }
        guard !queue.isEmpty else {
            let preview = String(decoding: trimmed.prefix(60), as: UTF8.self)
            killLocked(because: "wrote a line nobody asked for (\"\(preview)\"); it was killed")
            return
        }
        let request = queue.removeFirst()
        request.answer = .success(trimmed)
        hasAnswered = true
        headSince = Date()
        condition.broadcast()
    }

    /// Waits for the child to exit (killing it if it closed its output but lingers) and says how it ended.
    private func reap() -> String {
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid { return ExecChild.describe(status) }
            usleep(10_000)
        }
        signalProcess(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return "closed its output; it was killed"
    }

    private static func describe(_ status: Int32) -> String {
        let signal = status & 0x7F
        if signal == 0 { return "exited with status \((status >> 8) & 0xFF) (see its stderr above)" }
        return signal == SIGKILL ? "was killed" : "was killed by signal \(signal) (see its stderr above)"
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

/// Why a request to an `exec` child got no usable answer.
struct ExecChildFailure: Error, Sendable, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// `kill(2)`, out of reach inside `ExecChild`, whose own `kill(because:)` shadows it.
private func signalProcess(_ pid: pid_t, _ signal: Int32) {
    _ = kill(pid, signal)
}

/// glibc's `posix_spawn_file_actions_addchdir_np` (2.29 and later), which Swift's Glibc module does not import
/// because it is a GNU extension; looked up once at run time.
private let spawnChdir: SpawnChdir? = {
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
    return unsafeBitCast(symbol, to: SpawnChdir.self)
}()

private typealias SpawnChdir =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
