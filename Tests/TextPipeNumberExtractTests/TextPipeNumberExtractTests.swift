import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeNumberExtract

/// The mentions of a text, with the default options unless given.
func mentions(_ text: String, options: NumberExtractOptions = NumberExtractOptions()) throws -> [NumberMention] {
    try runStage(NumberExtractStage.self, on: text, options: options)[NumbersLayer.self] ?? []
}

/// The one mention whose text is `text`.
func mention(_ text: String, in source: String) throws -> NumberMention? {
    try mentions(source).first { $0.text == text }
}

extension NumberMention {
    var number: Double? {
        if case .number(let value)? = value { return value }
        return nil
    }

    var string: String? {
        if case .text(let value)? = value { return value }
        return nil
    }
}

@Suite("number_extract: the seed article")
struct SeedArticleTests {
    @Test func seedArticleNumbers() throws {
        let found = try mentions(try SharedData.seedArticle())
        let soldiers = found.filter { $0.text == "55,000" }
        #expect(soldiers.count == 2)
        #expect(soldiers.allSatisfy { $0.kind == .cardinal && $0.number == 55000 && $0.counts == "soldiers" })

        let range = found.first { $0.kind == .range }
        #expect(range?.text == "between 100,000 and 140,000")
        #expect(range?.low == 100_000 && range?.high == 140_000 && range?.counts == "soldiers")

        let fourth = found.first { $0.text == "fourth" }
        #expect(fourth?.kind == .ordinal && fourth?.number == 4)

        let february = found.first { $0.text == "February 24" }
        #expect(february?.kind == .date && february?.string == "--02-24")
        let dateline = found.first { $0.text == "Friday, February 6, 2026" }
        #expect(dateline?.kind == .date && dateline?.string == "2026-02-06")

        let year = found.first { $0.text == "2022" }
        #expect(year?.kind == .year && year?.number == 2022)

        #expect(found.filter { $0.text == "2026-02-05" && $0.kind == .date && $0.string == "2026-02-05" }.count == 2)
        #expect(found.filter { $0.text == "11:19:44" && $0.kind == .time && $0.string == "11:19:44" }.count == 2)

        let third = found.first { $0.text == "the 3rd" }
        #expect(third?.kind == .date && third?.string == "---03")
        let fourthDay = found.first { $0.text == "the 4th" }
        #expect(fourthDay?.kind == .date && fourthDay?.string == "---04")

        let two = found.first { $0.text == "two" }
        #expect(two?.kind == .cardinal && two?.number == 2 && two?.counts == "countries")
    }

    @Test func offsetsAreUTF8BytesOfTheText() throws {
        let text = "Russia’s 55,000 soldiers"
        let found = try mentions(text)
        #expect(found.count == 1)
        #expect(String(text[utf8: found[0].range]) == "55,000")
    }
}
