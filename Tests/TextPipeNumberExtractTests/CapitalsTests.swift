import Testing

@testable import TextPipeNumberExtract

/// Whether a word is capitalised or in capitals is read from its bytes when a pattern asks; these are the
/// readings the patterns rely on ("May" the month, "M" for millions, "KM" against "km").
@Suite("number_extract: capitals")
struct CapitalsTests {
    @Test func capitalsAreReadFromTheWordsBytes() {
        var text = "The UN said in May that 5M people, U.S. and mmHg readings, KM2 and É42 were on 3 sites."
        let readings: [String: (capitalised: Bool, allCapitals: Bool)] = text.withUTF8 { buffer in
            let scanner = MentionScanner(bytes: buffer, lexicon: .standard, config: ScanConfig())
            var readings: [String: (Bool, Bool)] = [:]
            for k in 0..<scanner.tokens.count {
                let token = scanner.tokens[k]
                let piece = String(decoding: buffer[Int(token.start)..<Int(token.end)], as: UTF8.self)
                readings[piece] = (scanner.capitalised(k), scanner.allCapitals(k))
            }
            return readings
        }
        #expect(readings["The"]! == (true, false))
        #expect(readings["UN"]! == (true, true))
        #expect(readings["said"]! == (false, false))
        #expect(readings["May"]! == (true, false))
        #expect(readings["M"]! == (true, true))
        #expect(readings["U.S."]! == (true, true))
        #expect(readings["mmHg"]! == (false, false))
        #expect(readings["KM2"]! == (true, true))
        // Not ASCII, digits and punctuation are never capitalised.
        #expect(readings["É42"]! == (false, false))
        #expect(readings["5"]! == (false, false))
        #expect(readings["3"]! == (false, false))
        #expect(readings[","]! == (false, false))
    }
}
