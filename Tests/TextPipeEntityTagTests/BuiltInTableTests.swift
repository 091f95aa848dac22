import Testing

@testable import TextPipeEntityTag

/// Decoding the built-in table at start-up (the base64 decoder that reads two characters at a time, the walk
/// over the occupancy bitmap) and the cue-word key sets, against simple reference implementations.
@Suite("entity_tag built-in table")
struct BuiltInTableTests {
    /// Base64 in ``BuiltInTable/alphabet``, decoded a character at a time.
    func referenceDecode(_ text: [UInt8]) -> [UInt8] {
        let alphabet = Array(BuiltInTable.alphabet.utf8)
        var bytes: [UInt8] = []
        var i = 0
        while i + 4 <= text.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 6 | UInt32(alphabet.firstIndex(of: text[i + k])!) }
            bytes += [UInt8(word >> 16 & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF)]
            i += 4
        }
        return bytes
    }

    func decode(_ text: [UInt8]) -> [UInt8] { text.withUnsafeBufferPointer { BuiltInTable.decodeBase64($0) } }

    @Test func base64DecodesLikeTheReference() {
        let alphabet = Array(BuiltInTable.alphabet.utf8)
        #expect(alphabet.count == 64 && Set(alphabet).count == 64)
        // Every character in every position of a group, then the start of the table itself.
        var text: [UInt8] = []
        for n in 0..<64 {
            text += [alphabet[n], alphabet[(n * 7) % 64], alphabet[(n * 13 + 5) % 64], alphabet[63 - n]]
        }
        text += BuiltInTable.data.withUTF8Buffer { Array($0.prefix(4000)) }
        #expect(decode(text) == referenceDecode(text))
        #expect(decode([]).isEmpty)
    }

    /// The decoded table against the data read slot by slot, testing each bit of the bitmap, as the first
    /// decoder did.
    @Test func slotsArePlacedLikeTheReference() {
        let bytes = BuiltInTable.data.withUTF8Buffer { referenceDecode(Array($0)) }
        func read<T: FixedWidthInteger>(_ offset: Int, as type: T.Type) -> T {
            var value: T = 0
            for k in 0..<MemoryLayout<T>.size { value |= T(truncatingIfNeeded: bytes[offset + k]) << (8 * k) }
            return value
        }
        let table = Gazetteer.builtIn.table
        let capacity = BuiltInTable.capacity
        #expect(table.slots.count == capacity)
        var record = 12 + capacity / 8
        var filled = 0
        for i in 0..<capacity {
            guard bytes[12 + i / 8] & (1 << UInt8(i % 8)) != 0 else {
                #expect(table.slots[i] == 0)
                continue
            }
            filled += 1
            let key = read(record, as: UInt64.self)
            #expect(table.keys[i] == key)
            #expect(table.slots[i] == (key >> 32) << 32 | UInt64(read(record + 8, as: UInt32.self)))
            #expect(table.numbers[i].population == read(record + 12, as: Int32.self))
            #expect(table.numbers[i].surnameRank == read(record + 16, as: Int32.self))
            #expect(table.numbers[i].firstNameFrequency.bitPattern == read(record + 20, as: UInt32.self))
            record += 24
        }
        // The records end the data, but for the zero bytes that pad it to whole groups of base64.
        #expect(filled == BuiltInTable.count && record <= bytes.count && bytes.count - record < 3)
    }

    /// Both sets of one walk hold the keys of exactly the names with their facts.
    @Test func keySetsOfTwoFactsInOneWalk() {
        let table = Gazetteer.builtIn.table
        let sets = table.keys(withAnyOf: .connector, orAnyOf: .title)
        var expected = [0, 0]
        for i in table.slots.indices where table.slots[i] != 0 {
            let facts = NameFacts(rawValue: UInt32(truncatingIfNeeded: table.slots[i]))
            for (set, wanted) in zip([0, 1], [NameFacts.connector, .title]) {
                let member = !facts.isDisjoint(with: wanted)
                if member { expected[set] += 1 }
                #expect(sets[set].contains(table.keys[i]) == member)
            }
        }
        #expect(sets.map(\.count) == expected)
        #expect(expected[0] > 10 && expected[1] > 50)
    }
}
