import Testing
import TextPipeCore

@testable import TextPipeEntityTag

/// The open-addressing key sets and maps of the cue lists and the document memory.
@Suite("entity_tag key sets")
struct KeySetTests {
    @Test func setFindsWhatWasInsertedAndGrows() {
        var set = KeySet()
        #expect(!set.contains(42) && set.isEmpty)
        let keys = (0..<500).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for key in keys { set.insert(key) }
        set.insert(keys[7])
        #expect(set.count == 500)
        #expect(keys.allSatisfy { set.contains($0) })
        #expect(!set.contains(NameKey.of("Kyiv")))
    }

    @Test func setKeepsTheZeroKey() {
        var set = KeySet()
        #expect(!set.contains(0))
        set.insert(0)
        #expect(set.contains(0) && set.count == 1)
        #expect(!set.contains(1 << 40))  // passes the filter (same top bits as 0), finds no slots
    }

    @Test func documentTableWithOnlyTheZeroKey() {
        DocumentKeyTables.with(bounds: (1, 1, 0)) { tables in
            let (map, set) = (tables.first, tables.second)
            map[0] = .location
            #expect(map[0] == .location && map[1 << 40] == nil)
            #expect(!set.contains(0) && !tables.third.contains(0))
            set.insert(0)
            #expect(set.contains(0) && set[0] == nil)
            #expect(!set.contains(1 << 40))  // passes the filter (same top bits as 0), finds no key
        }
    }

    @Test func documentTableKeepsTheLastLabelUpToItsBound() {
        DocumentKeyTables.with(bounds: (102, 500, 3)) { tables in
            let map = tables.first
            #expect(map[NameKey.of("NATO")] == nil)
            map[NameKey.of("NATO")] = .location
            map[NameKey.of("NATO")] = .organization
            map[0] = .person
            for n in 0..<100 { map[NameKey.of("Name\(n)")] = .miscellaneous }
            #expect(map[NameKey.of("NATO")] == .organization)
            #expect(map[0] == .person)
            #expect(map[NameKey.of("Name99")] == .miscellaneous)
            #expect(map[NameKey.of("Name100")] == nil)
            // The tables of one allocation do not overlap.
            let set = tables.second
            let keys = (1...500).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
            for key in keys { set.insert(key) }
            set.insert(keys[7])
            #expect(keys.allSatisfy { set.contains($0) } && !set.contains(NameKey.of("NATO")))
            #expect(map[NameKey.of("NATO")] == .organization && !tables.third.contains(keys[0]))
        }
    }

    @Test func tableKeysWithAFact() {
        let connectors = Gazetteer.builtIn.table.keys(withAnyOf: .connector)
        #expect(connectors.contains(NameKey.of("of")) && connectors.contains(NameKey.of("van")))
        #expect(!connectors.contains(NameKey.of("Kyiv")))
    }
}
