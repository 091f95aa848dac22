import Testing
import TextPipeCore

@testable import TextPipeSentenceSplit

/// The fast paths of the scanner (word tables, SWAR word keys and byte tests, the vector candidate search, cuts
/// inserted out of order) checked against plain byte-by-byte versions.
@Suite("scanner internals")
struct ScannerInternalsTests {
    @Test func wordTableFindsWhatWasInsertedAndNothingElse() {
        var table = WordTable<Int>()
        let words = (0..<500).map { "w\($0)x" }
        for (value, word) in words.enumerated() { table.insert(WordKey(word)!, value) }
        #expect(table.count == 500)
        for (value, word) in words.enumerated() { #expect(table[WordKey(word)!] == value) }
        #expect(table[WordKey("w500x")!] == nil)
        #expect(table[WordKey("nothing")!] == nil)
        table.insert(WordKey("w7x")!, -1)
        #expect(table[WordKey("w7x")!] == -1)
        #expect(table.count == 500)
    }

    @Test func wordKeysIgnoreASCIICaseOnly() {
        #expect(WordKey("Mr") == WordKey("mR"))
        #expect(WordKey("ÉTÉ") != WordKey("été"))  // only ASCII letters are folded
        #expect(WordKey("") == nil)
        #expect(WordKey(String(repeating: "a", count: 17)) == nil)
        #expect(WordKey(String(repeating: "a", count: 16)) != nil)
    }

    /// Keys built with two loads (far from the end of the text) equal keys built byte by byte (near the end).
    @Test func wordKeysFromLoadsMatchKeysFromBytes() {
        let word = Array("AbC[z@`{Z\u{e9}Q.1-Xy".utf8)  // letters next to the bytes around 'A'-'Z' and 'a'-'z'
        let padded = word + Array(repeating: UInt8(ascii: " "), count: 32)
        for length in 1...16 {
            padded.withUnsafeBufferPointer { far in
                word.withUnsafeBufferPointer { near in
                    let fast = WordKey(far, 0..<length)
                    let slow = WordKey(near, (word.count - length)..<word.count)
                    let reference = WordKey(near, 0..<length)
                    #expect(fast == reference)
                    #expect(fast?.low == reference?.low && fast?.high == reference?.high)
                    if length == word.count { #expect(slow == reference) }
                }
            }
        }
    }

    @Test func lowercasingEightBytesMatchesEachByte() {
        for first in 0...255 {
            let bytes: [UInt8] = [UInt8(first), 0x41, 0x5A, 0x40, 0x5B, 0x61, 0xC1, UInt8(255 - first)]
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
                .withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(WordKey.lowercased(word) == expected)
        }
    }

    @Test func spaceOrNonASCIIFlagsExactlyTheBytesToStopAt() {
        for value in 0...255 {
            let b = UInt8(value)
            let word = UInt64(b) << 24 | 0x6161_6161_0000_6161  // the byte among letters and a NUL
            let flags = ScanText.spaceOrNonASCII(word)
            #expect((flags >> 31) & 1 == (b <= 0x20 || b >= 0x80 ? 1 : 0))
            #expect((flags >> 23) & 1 == 1)  // the NUL
            #expect(flags & ~(UInt64(0x80) << 24 | UInt64(0x80) << 16) == 0)
        }
    }

    /// The vector search stops at every byte the scanner handles.
    @Test func candidatesCoverEveryInterestingByte() {
        for value in 0...255 {
            let b = UInt8(value)
            var v = SIMD16<UInt8>(repeating: UInt8(ascii: "a"))
            v[9] = b
            let (low, high) = Scan.candidates(v)
            #expect(low == 0)
            let flagged = (high >> 8) & 0xFF == 0xFF
            if Scan.isInteresting(b) { #expect(flagged) }
            #expect(high & ~(UInt64(0xFF) << 8) == 0)
        }
    }

    @Test func chunkStartMatchesAByteByByteWalk() throws {
        let rules = RuleTables(try LanguageRules(resource: EnglishRules.text))
        let pieces = ["word", " ", "\t", "\u{a0}", "\u{2003}", "é", "“", "x.y", "\n", "\u{1}", "longerword"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let text = (0..<12).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let scan = ScanText(bytes: buffer, rules: rules)
                for p in 0...buffer.count {
                    for floor in [0, p / 2] {
                        var expected = p
                        while expected > floor && scan.spaceLength(before: expected) == 0 { expected -= 1 }
                        #expect(scan.chunkStart(before: p, floor: floor) == expected, "\(text) \(p) \(floor)")
                    }
                }
            }
        }
    }

    /// Cuts found out of order split the piece they fall in; a cut that is there already changes nothing.
    @Test func cutsBeforeTheLastOneSplitPieces() throws {
        let rules = RuleTables(try LanguageRules(resource: EnglishRules.text))
        let bytes = Array("aaaa bbbb cccc dddd eeee".utf8)
        let spans = bytes.withUnsafeBufferPointer { buffer -> [TextRange] in
            var scan = Scan(bytes: buffer, rules: rules, newline: .paragraph)
            scan.cut(at: 10)
            scan.cut(at: 20)
            scan.cut(at: 5)
            scan.cut(at: 10)
            scan.cut(at: 0)
            scan.cut(at: 15)
            return scan.takeSpans()
        }
        #expect(spans.map(\.range) == [0..<4, 5..<9, 10..<14, 15..<19, 20..<24])
    }
}
