import Testing
@testable import TextPipeCore

/// `JSONWriter.writeNumber` writes short decimals from integers; its text must be `format`'s, byte for byte.
@Suite("JSON numbers")
struct JSONNumberTests {
    private func written(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONWriter.maximumNumberLength) { buffer in
            let count = JSONWriter.writeNumber(value, to: buffer.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    @Test(arguments: [
        0, -0.0, 1, -1, 55000, 1e15, -1e15, 9.007_199_254_740_992e15, 1e16, 1.5e300, 0.75, -3.2, 0.1, 0.2, 0.3, 1.1,
        6661.89, 510.75, 0.0001, -0.0001, 0.00015, 0.00001, 123_456_789.5, 999_999_999.9999, 1e9 + 0.5,
        1.23456, 2.0 / 3.0, 0.1 + 0.2, .pi, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ])
    func matchesFormat(_ value: Double) {
        #expect(written(value) == JSONWriter.format(value))
    }

    @Test func decimalsOfEveryLengthMatchFormat() {
        // Every value with up to four decimals around the scales of percentages, prices and measures, and
        // randomly drawn values of every size.
        for scaled in -2_000...20_000 {
            for power in [10.0, 100, 1_000, 10_000] {
                let value = Double(scaled) / power
                #expect(written(value) == JSONWriter.format(value), "\(value)")
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let value = Double.random(in: -1e10...1e10, using: &generator) / Double([1, 10, 1e3, 1e6].randomElement()!)
            #expect(written(value) == JSONWriter.format(value), "\(value)")
        }
    }

    @Test func writerNumbersUseTheSameText() {
        var writer = JSONWriter()
        writer.beginArray()
        for value in [3.5, 55000, 0.0001, 1e-05, .nan] { writer.number(value) }
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[3.5,55000,0.0001,1e-05,null]")
    }
}
