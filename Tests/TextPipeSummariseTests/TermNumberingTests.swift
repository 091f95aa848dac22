import Testing
import TestSupport

@testable import TextPipeSummarise

/// The term table numbers keys in order of first appearance, as a dictionary does, also when it outgrows the
/// storage it was given.
struct TermNumberingTests {
    @Test(arguments: [false, true])
    func numbersAreFirstAppearances(external: Bool) {
        var generator = SplitMix(state: 31)
        // Far more distinct keys than the table was sized for, so it grows several times; key 0 included.
        let keys: [UInt64] = (0..<3000).map { _ in UInt64.random(in: 0..<700, using: &generator) &* 0x1_0000_0001 }
        var reference: [UInt64: Int32] = [:]
        let expected = keys.map { key in
            let number = reference[key] ?? Int32(reference.count)
            reference[key] = number
            return number
        }
        let storage = UnsafeMutableRawPointer.allocate(
            byteCount: TermNumbering.storageBytes(expected: 10), alignment: 16)
        defer { storage.deallocate() }
        var table = external ? TermNumbering(expected: 10, storage: storage) : TermNumbering(expected: 10)
        var numbers = [Int32](repeating: -1, count: keys.count)
        keys.withUnsafeBufferPointer { keys in
            numbers.withUnsafeMutableBufferPointer { numbers in
                // Half one by one, half in one call.
                for index in 0..<1500 { numbers[index] = table.number(for: keys[index]) }
                table.number(keys.baseAddress!, into: numbers.baseAddress!, 1500..<3000)
            }
        }
        #expect(numbers == expected)
        #expect(table.count == reference.count)
    }
}
