/// Elements in memory someone else owns (a stage's per-document raw allocation), read and written by index
/// with the bounds check an array makes: code that looks around an element by index must stop the program on a
/// wrong index rather than read past the elements.
///
/// For per-document scratch of trivial elements: allocating an `Array` of a stage's own element type looks the
/// storage's generic metadata up in the runtime on every document, which costs more than short documents' work.
/// Valid only while the owner of the memory lives.
public struct CheckedBuffer<Element> {
    @usableFromInline let buffer: UnsafeMutableBufferPointer<Element>

    @inlinable public init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        self.buffer = buffer
    }

    @inlinable public var count: Int { buffer.count }

    /// Addressors rather than `get`/`set`: `tokens[t].key` reads the field, not a copy of the element.
    @inlinable public subscript(index: Int) -> Element {
        @inline(__always) unsafeAddress {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: buffer.count), "index out of range")
            return UnsafePointer(buffer.baseAddress! + index)
        }
        @inline(__always) nonmutating unsafeMutableAddress {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: buffer.count), "index out of range")
            return buffer.baseAddress! + index
        }
    }

    /// Lends the unchecked buffer to a loop that keeps its own indices in range.
    @inlinable @inline(__always)
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) -> R) -> R {
        body(UnsafeBufferPointer(buffer))
    }

    /// Lends the unchecked buffer to a loop that writes elements and keeps its own indices in range.
    @inlinable @inline(__always)
    public func withUnsafeMutableBufferPointer<R>(_ body: (UnsafeMutableBufferPointer<Element>) -> R) -> R {
        body(buffer)
    }
}
