/// The growable byte buffer behind ``JSONWriter``: writers reserve room for at most `n` bytes, write through a
/// pointer and report how many they wrote.
///
/// The storage array is kept longer than the written part (slack), so a write is one capacity comparison and
/// one pointer access instead of the uniqueness, capacity and bounds checks of each `Array.append`.
struct JSONOutputBuffer: Sendable {
    private var storage: [UInt8]
    /// How many bytes of `storage` hold output.
    private(set) var count = 0
    /// Where the value being written began: bytes before it are earlier values of the same buffer (the runner
    /// writes a batch of documents one after another), and the writer's separators look no further back.
    private var valueStart = 0

    init(capacity: Int) {
        // The slack is not zero-filled: every byte is written before `count` covers it, and filling a buffer as
        // large as the document cost as much as writing it. `UInt8` is trivial, so the unset bytes are plain
        // memory that is never read.
        let size = max(capacity, 64)
        storage = [UInt8](unsafeUninitializedCapacity: size) { _, initialized in initialized = size }
    }

    /// The last byte written of the current value.
    var last: UInt8? { count > valueStart ? storage[count - 1] : nil }

    /// Starts a new value after what is written, as if the buffer were empty.
    mutating func startValue() { valueStart = count }

    /// A copy of the written bytes.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// The written bytes, without a copy; the buffer is empty afterwards.
    mutating func take() -> [UInt8] {
        storage.removeLast(storage.count - count)
        count = 0
        valueStart = 0
        return storage.exchangeWithEmpty()
    }

    /// Lets `body` write at most `maximum` bytes at the end; it returns how many it wrote.
    @inline(__always)
    mutating func write(_ maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + maximum > storage.count { grow(toHold: count + maximum) }
        let start = count
        let written = storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
        count = start + written
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        write(1) { target in
            target.pointee = byte
            return 1
        }
    }

    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) {
            _ = done
        } else {
            append(contentsOf: Array(bytes))
        }
    }

    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        write(bytes.count) { target in
            Self.copy(source, count: bytes.count, to: target)
            return bytes.count
        }
    }

    /// Copies `count` bytes; keys and short values are copied with two overlapping loads and stores rather than
    /// a call to `memmove`, which costs more than the copy for a dozen bytes.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        switch count {
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 0..<4:
            for index in 0..<count { target[index] = source[index] }
        default:
            target.update(from: source, count: count)
        }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        // Like `init`, the new slack is left unset; only the written bytes are copied.
        let size = max(needed, storage.count * 2)
        let written = count
        storage = storage.withUnsafeBufferPointer { old in
            [UInt8](unsafeUninitializedCapacity: size) { new, initialized in
                if written > 0 { new.baseAddress!.update(from: old.baseAddress!, count: written) }
                initialized = size
            }
        }
    }
}

extension Array {
    /// The array's contents, leaving it empty (moves the storage out without a copy).
    fileprivate mutating func exchangeWithEmpty() -> [Element] {
        var result: [Element] = []
        swap(&self, &result)
        return result
    }
}
