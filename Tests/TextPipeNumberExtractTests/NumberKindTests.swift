import Testing
import TextPipeCore

@testable import TextPipeNumberExtract

/// One example per kind of the issue, with the value read.
@Suite("number_extract: every kind")
struct NumberKindTests {
    @Test(arguments: [
        ("55,000", 55000.0), ("1.5 million", 1_500_000), ("fifty-five thousand", 55000), ("a dozen", 12),
        ("-3.2", -3.2), ("1,234.5", 1234.5), ("one hundred and sixty-one", 161), ("3 dozens", 36), ("100k", 100_000),
    ])
    func cardinals(text: String, value: Double) throws {
        let found = try mentions("They counted \(text) yesterday.")
        #expect(found.count == 1)
        #expect(found.first?.text == text)
        #expect(found.first?.kind == .cardinal)
        #expect(found.first?.number == value)
    }

    @Test(arguments: [("fourth", 4.0), ("3rd", 3), ("21st", 21), ("twenty-first", 21), ("hundredth", 100)])
    func ordinals(text: String, value: Double) throws {
        let found = try mentions("It was the \(text) time.")
        #expect(found.first?.kind == .ordinal)
        #expect(found.first?.text == text)
        #expect(found.first?.number == value)
    }

    @Test(arguments: [("25%", 25.0), ("twelve percent", 12), ("3.5 per cent", 3.5), ("18 %", 18)])
    func percents(text: String, value: Double) throws {
        let found = try mentions("Prices rose \(text) last year.")
        #expect(found.first?.kind == .percent)
        #expect(found.first?.text == text)
        #expect(found.first?.number == value)
    }

    @Test(arguments: [
        ("$5 billion", 5e9, "USD"), ("£75m", 75e6, "GBP"), ("€1.2bn", 1.2e9, "EUR"),
        ("420 million Finnish markka", 420e6, "FIM"), ("$94,000", 94000, "USD"), ("US$ 150 million", 150e6, "USD"),
        ("10,000 Swiss francs", 10000, "CHF"), ("GBP 350", 350, "GBP"), ("5 €", 5, "EUR"),
        ("1.5 mln dlrs", 1.5e6, "USD"),
    ])
    func money(text: String, value: Double, currency: String) throws {
        let found = try mentions("The deal was worth \(text) in the end.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .money)
        #expect(found.first?.text == text)
        #expect(found.first?.number == value)
        #expect(found.first?.currency == currency)
    }

    @Test func centsKeepTheirUnit() throws {
        let found = try mentions("Shares fell 34 cents.")
        #expect(found.first?.kind == .money && found.first?.number == 34 && found.first?.unit == "cent")
        let dollars = try mention(
            "thirteen dollars and forty-five cents", in: "It cost thirteen dollars and forty-five cents")
        #expect(dollars?.number == 13.45)
    }

    @Test func ranges() throws {
        let between = try mention("between 100,000 and 140,000", in: "between 100,000 and 140,000 Ukrainian soldiers")
        #expect(between?.kind == .range && between?.low == 100_000 && between?.high == 140_000)
        #expect(between?.counts == "soldiers")
        let dash = try mention("10-15", in: "It takes 10-15 minutes.")
        #expect(dash?.kind == .range && dash?.low == 10 && dash?.high == 15 && dash?.counts == "minutes")
        let from = try mention("from 3 to 5", in: "The team grew from 3 to 5 people.")
        #expect(from?.low == 3 && from?.high == 5 && from?.counts == "people")
        let upTo = try mention("up to 300", in: "It holds up to 300 passengers.")
        #expect(upTo?.kind == .range && upTo?.low == nil && upTo?.high == 300 && upTo?.counts == "passengers")
        let moreThan = try mention("more than thirty", in: "He is more than thirty years old.")
        #expect(moreThan?.low == 30 && moreThan?.high == nil)
        let both = try mention("above 1000 and below 1500", in: "The number is above 1000 and below 1500")
        #expect(both?.low == 1000 && both?.high == 1500)
        let withUnit = try mention("eight to 10 feet", in: "walls eight to 10 feet tall")
        #expect(withUnit?.low == 8 && withUnit?.high == 10 && withUnit?.unit == "ft")
    }

    @Test(arguments: [
        ("3/4", 0.75), ("two thirds", 2.0 / 3), ("half", 0.5), ("a fifth", 0.2), ("one-eighth", 0.125),
        ("one out of three", 1.0 / 3), ("½", 0.5),
    ])
    func fractions(text: String, value: Double) throws {
        let found = try mentions("We saw \(text) of them.")
        let first = try #require(found.first)
        #expect(first.kind == .fraction)
        #expect(abs((first.number ?? 0) - value) < 1e-9)
    }

    @Test func mixedNumbers() throws {
        #expect(try mention("one and a half", in: "one and a half")?.number == 1.5)
        #expect(try mention("2  1/4", in: "2  1/4")?.number == 2.25)
        #expect(try mention("3 million and a half", in: "3 million and a half")?.number == 3_500_000)
        #expect(try mention("half a million", in: "half a million people")?.number == 500_000)
    }

    @Test(arguments: [
        ("February 24", "--02-24"), ("Friday, February 6, 2026", "2026-02-06"), ("2026-02-05", "2026-02-05"),
        ("24 February 2026", "2026-02-24"), ("October 2014", "2014-10"), ("Sept. 30", "--09-30"),
        ("2026-02", "2026-02"),
    ])
    func dates(text: String, iso: String) throws {
        let found = try mentions("It happened on \(text) in the city.")
        #expect(found.first?.kind == .date)
        #expect(found.first?.text == text)
        #expect(found.first?.string == iso)
    }

    @Test func dayOnlyNeedsAMonthInContext() throws {
        let withMonth = try mentions("Talks began in February. On the 3rd they met.")
        #expect(withMonth.contains { $0.text == "the 3rd" && $0.kind == .date && $0.string == "---03" })
        let withoutMonth = try mentions("He came in on the 3rd lap.")
        #expect(withoutMonth.first?.kind == .ordinal)
    }

    @Test func yearsAndDecades() throws {
        #expect(try mention("2022", in: "the war began in 2022.")?.kind == .year)
        let decade = try mention("the 1990s", in: "Back in the 1990s it was different.")
        #expect(decade?.kind == .year && decade?.low == 1990 && decade?.high == 1999)
        // A four-digit number that counts something is a cardinal.
        #expect(try mention("1500", in: "About 1500 people came.")?.kind == .cardinal)
    }

    @Test(arguments: [("11:19:44", "11:19:44"), ("3 p.m.", "15:00"), ("6pm", "18:00"), ("10:30 a.m.", "10:30")])
    func times(text: String, iso: String) throws {
        let found = try mentions("We met at \(text) today.")
        #expect(found.first?.kind == .time)
        #expect(found.first?.text == text)
        #expect(found.first?.string == iso)
    }

    @Test(arguments: [
        ("40 km", 40.0, "km"), ("20 kg", 20, "kg"), ("30 °C", 30, "°C"), ("a 31-year-old", 31, "year"),
        ("2.4 billion gallons", 2.4e9, "gal"), ("six-mile", 6, "mi"), ("660 square meters", 660, "m²"),
        ("98.6 degrees fahrenheit", 98.6, "°F"), ("ten years old", 10, "year"),
    ])
    func quantities(text: String, value: Double, unit: String) throws {
        let found = try mentions("It was \(text) there.")
        let quantity = try #require(found.first { $0.kind == .quantity })
        #expect(text.hasSuffix(quantity.text))
        #expect(quantity.number == value)
        #expect(quantity.unit == unit)
    }

    @Test func quantityCountsWhatItMeasures() throws {
        #expect(try mention("20 kg", in: "Police found 20 kg of cocaine.")?.counts == "cocaine")
    }

    @Test func countedNouns() throws {
        #expect(try mention("55,000", in: "55,000 Ukrainian soldiers")?.counts == "soldiers")
        #expect(try mention("three", in: "three young children")?.counts == "children")
        #expect(try mention("one", in: "just one country agreed")?.counts == "country")
        #expect(try mention("12", in: "12 of them")?.counts == nil)
    }
}
