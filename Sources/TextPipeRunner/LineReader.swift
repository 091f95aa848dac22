#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line in large chunks, so a JSONL stream of any size is read with
/// memory bounded by its longest line.
struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private let chunkSize = 1 << 20

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its terminator (`\n` or `\r\n`), or `nil` at the end of input.
    mutating func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = findNewline() {
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            try fill()
        }
    }

    /// The index of the next newline at or after `start`, found with memchr.
    private func findNewline() -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { pointer -> Int? in
            guard let found = memchr(pointer.baseAddress! + start, 0x0A, pointer.count - start) else { return nil }
            return pointer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + chunkSize)
        var readCount = 0
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        buffer.withUnsafeMutableBufferPointer { pointer in
            repeat {
                readCount = read(descriptor, pointer.baseAddress! + oldCount, chunkSize)
            } while readCount < 0 && errno == EINTR
        }
        guard readCount >= 0 else {
            buffer.removeLast(chunkSize)
            throw InputError("read failed: \(String(cString: strerror(errno)))")
        }
        buffer.removeLast(chunkSize - readCount)
        if readCount == 0 { atEnd = true }
    }
}

/// Reads a whole file descriptor, byte for byte.
func readAll(descriptor: Int32) throws -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            throw InputError("read failed: \(String(cString: strerror(errno)))")
        }
        if count == 0 { return result }
        result.append(contentsOf: chunk[0..<count])
    }
}
