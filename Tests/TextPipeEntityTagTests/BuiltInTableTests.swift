import Testing

@testable import TextPipeEntityTag

/// Decoding the built-in table (the base64 decoder that reads two characters at a time, the walk over the
/// occupancy bitmap, the records decoded a slot at a time) and the cue-word key sets, against simple
/// reference implementations.
@Suite("entity_tag built-in table")
struct BuiltInTableTests {
    let alphabet = PackedRecords.alphabet.withUTF8Buffer { Array($0) }

    /// Base64 in ``PackedRecords/alphabet``, decoded a character at a time.
    func referenceDecode(_ text: [UInt8]) -> [UInt8] {
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
        #expect(alphabet.count == 64 && Set(alphabet).count == 64)
        // Every character in every position of a group, then the start of the table itself.
        var text: [UInt8] = []
        for n in 0..<64 {
            text += [alphabet[n], alphabet[(n * 7) % 64], alphabet[(n * 13 + 5) % 64], alphabet[63 - n]]
        }
        text += BuiltInTable.slotData.withUTF8Buffer { Array($0.prefix(4000)) }
        text += BuiltInTable.restData.withUTF8Buffer { Array($0.prefix(4000)) }
        #expect(decode(text) == referenceDecode(text))
        #expect(decode([]).isEmpty)
    }

    /// The decoded table against both blobs read slot by slot, testing each bit of the bitmap: the slots
    /// decoded at start-up, the keys and numbers packed, and the same once unpacked by a change.
    @Test func slotsAndRecordsAreThoseOfTheData() {
        let slotBytes = BuiltInTable.slotData.withUTF8Buffer { referenceDecode(Array($0)) }
        let restBytes = BuiltInTable.restData.withUTF8Buffer { referenceDecode(Array($0)) }
        func read<T: FixedWidthInteger>(_ bytes: [UInt8], _ offset: Int, as type: T.Type) -> T {
            var value: T = 0
            for k in 0..<MemoryLayout<T>.size { value |= T(truncatingIfNeeded: bytes[offset + k]) << (8 * k) }
            return value
        }
        let table = Gazetteer.builtIn.table
        var unpacked = table
        unpacked.update(NameKey.of("Zorblax")) { facts, _ in facts.insert(.user) }
        let capacity = BuiltInTable.capacity
        #expect(table.slots.count == capacity && unpacked.slots.count == capacity)
        var slot = 12 + capacity / 8
        var filled = 0
        for i in 0..<capacity {
            guard slotBytes[12 + i / 8] & (1 << UInt8(i % 8)) != 0 else {
                #expect(table.slots[i] == 0)
                continue
            }
            let rest = 18 * filled
            filled += 1
            let high = read(slotBytes, slot, as: UInt64.self) >> 32
            let key = high << 32 | UInt64(read(restBytes, rest + 12, as: UInt32.self))
            #expect(table.slots[i] == read(slotBytes, slot, as: UInt64.self))
            for version in [table, unpacked] {
                #expect(version.key(at: i) == key)
                let numbers = version.numbers(at: i)
                #expect(numbers.population == read(restBytes, rest, as: Int32.self))
                #expect(numbers.surnameRank == read(restBytes, rest + 4, as: Int32.self))
                #expect(numbers.firstNameFrequency.bitPattern == read(restBytes, rest + 8, as: UInt32.self))
                #expect(numbers.userLabel == 0)
            }
            slot += 8
        }
        // The data end with the records, but for the zero bytes that pad them to whole groups of base64.
        #expect(filled == BuiltInTable.count && slot <= slotBytes.count && slotBytes.count - slot < 3)
        #expect(restBytes.count == 18 * filled)
        #expect(unpacked.count == BuiltInTable.count + 1)
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
                #expect(sets[set].contains(table.key(at: i)) == member)
            }
        }
        #expect(sets.map(\.count) == expected)
        #expect(expected[0] > 10 && expected[1] > 50)
    }
}
