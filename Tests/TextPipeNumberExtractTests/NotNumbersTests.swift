import Foundation
import Testing
import TextPipeCore

@testable import TextPipeNumberExtract

/// Things that look like numbers and are not, and the options.
@Suite("number_extract: not numbers, and options")
struct NotNumbersTests {
    @Test(arguments: [
        "Call +1-222-2222/2222 now.", "Call (555) 123-4567 now.", "Call 555-123-4567 now.",
        "The server is at 192.168.1.2 today.", "Upgrade to 2.0.1 soon.", "It runs version 3.11 now.",
        "The COVID-19 rules", "A Boeing 777F landed.", "SCP-173C", "an A320 jet", "the 11a form", "A 3G phone",
        "Which one do you prefer?", "That one is really good", "Show me the second to last.",
    ])
    func skipped(text: String) throws {
        #expect(try mentions(text).isEmpty)
    }

    @Test func listMarkersAreSkipped() throws {
        let found = try mentions("Reasons:\n1. Prices rose 5%.\n2) Wages fell.")
        #expect(found.map(\.text) == ["5%"])
    }

    @Test func commaListsAreSeparateNumbers() throws {
        #expect(try mentions("Exercises nrs. 22,24,26,31.").map(\.text) == ["22", "24", "26", "31"])
    }

    @Test func keepMarksNonNumbers() throws {
        var options = NumberExtractOptions()
        options.keep = [.phone, .ip, .version]
        let found = try mentions("Call +1-222-2222/2222 or 192.168.1.2 on 2.0.1", options: options)
        #expect(found.map(\.marker) == ["phone", "ip", "version"])
    }

    @Test func defaults() {
        let options = NumberExtractOptions()
        #expect(options.kinds == NumberKind.allCases)
        #expect(options.spelledOut && options.dates && options.keep.isEmpty)
        #expect(Set(NumberExtractOptions.help.keys) == ["kinds", "spelled_out", "dates", "keep"])
    }

    @Test func kindsKeepsOnlyThoseKinds() throws {
        var options = NumberExtractOptions()
        options.kinds = [.money]
        let found = try mentions("In 2022, 55 soldiers paid $5 each.", options: options)
        #expect(found.map(\.kind) == [.money])
    }

    @Test func spelledOutOff() throws {
        var options = NumberExtractOptions()
        options.spelledOut = false
        let found = try mentions("two countries and 3 cities", options: options)
        #expect(found.map(\.text) == ["3"])
    }

    @Test func datesOff() throws {
        var options = NumberExtractOptions()
        options.dates = false
        let found = try mentions("On February 24, 2022 at 11:19 things changed.", options: options)
        #expect(!found.contains { $0.kind == .date || $0.kind == .year || $0.kind == .time })
        #expect(found.contains { $0.text == "24" })
    }

    @Test func emptyKindsIsRejected() {
        var options = NumberExtractOptions()
        options.kinds = []
        #expect(throws: OptionError.self) { try options.validate() }
        #expect(throws: OptionError.self) { try NumberExtractStage(options: options, context: StageContext()) }
    }

    @Test func optionsDecodeFromSnakeCase() throws {
        let json = #"{"kinds": ["money", "percent"], "spelled_out": false, "dates": false, "keep": ["phone"]}"#
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let options = try decoder.decode(NumberExtractOptions.self, from: Data(json.utf8))
        #expect(
            options.kinds == [.money, .percent] && !options.spelledOut && !options.dates && options.keep == [.phone])
    }
}
