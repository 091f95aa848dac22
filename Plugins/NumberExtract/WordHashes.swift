/// Hashes of the function words the scanner compares tokens with (see `wordHash`).
enum W {
    static let a = wordHash("a")
    static let an = wordHash("an")
    static let and = wordHash("and")
    static let or = wordHash("or")
    static let of = wordHash("of")
    static let the = wordHash("the")
    static let to = wordHash("to")
    static let from = wordHash("from")
    static let between = wordHash("between")
    static let through = wordHash("through")
    static let thru = wordHash("thru")
    static let over = wordHash("over")
    static let out = wordHash("out")
    static let `in` = wordHash("in")
    static let than = wordHash("than")
    static let last = wordHash("last")
    static let another = wordHash("another")
    static let percent = wordHash("percent")
    static let percents = wordHash("percents")
    static let percentage = wordHash("percentage")
    static let pct = wordHash("pct")
    static let per = wordHash("per")
    static let cent = wordHash("cent")
    static let points = wordHash("points")
    static let point = wordHash("point")
    static let am = wordHash("am")
    static let pm = wordHash("pm")
    static let amDots = wordHash("a.m.")
    static let pmDots = wordHash("p.m.")
    static let st = wordHash("st")
    static let nd = wordHash("nd")
    static let rd = wordHash("rd")
    static let th = wordHash("th")
    static let s = wordHash("s")
    static let version = wordHash("version")
    static let versions = wordHash("versions")
    static let v = wordHash("v")
    static let pound = wordHash("pound")
    static let pounds = wordHash("pounds")
    static let m = wordHash("m")
    static let b = wordHash("b")
    static let e = wordHash("e")
    static let one = wordHash("one")
    static let half = wordHash("half")
    static let dollar = wordHash("dollar")
    static let dollars = wordHash("dollars")
    static let equal = wordHash("equal")
    static let equals = wordHash("equals")
    static let equaling = wordHash("equaling")
    static let equalling = wordHash("equalling")
    static let more = wordHash("more")
    static let less = wordHash("less")
    static let fewer = wordHash("fewer")
    static let greater = wordHash("greater")
    static let higher = wordHash("higher")
    static let lower = wordHash("lower")
    static let above = wordHash("above")
    static let below = wordHash("below")
    static let under = wordHash("under")
    static let up = wordHash("up")
    static let at = wordHash("at")
    static let least = wordHash("least")
    static let most = wordHash("most")
    static let no = wordHash("no")
    static let not = wordHash("not")
    static let bigger = wordHash("bigger")
    static let larger = wordHash("larger")
    static let smaller = wordHash("smaller")
    static let excess = wordHash("excess")
    static let upwards = wordHash("upwards")
    static let plus = wordHash("plus")

    // Symbols.
    static let dollarSign = wordHash("$")
    static let hyphen = wordHash("-")
    static let enDash = wordHash("\u{2013}")
    static let emDash = wordHash("\u{2014}")
    static let minusSign = wordHash("\u{2212}")
    static let tilde = wordHash("~")
    static let slash = wordHash("/")
    static let colon = wordHash(":")
    static let comma = wordHash(",")
    static let period = wordHash(".")
    static let caret = wordHash("^")
    static let plusSign = wordHash("+")
    static let percentSign = wordHash("%")
    static let lessSign = wordHash("<")
    static let greaterSign = wordHash(">")
    static let equalsSign = wordHash("=")
    static let lessEqual = wordHash("\u{2264}")
    static let greaterEqual = wordHash("\u{2265}")
    static let openParen = wordHash("(")
    static let closeParen = wordHash(")")
    static let apostrophe = wordHash("'")
    static let rightQuote = wordHash("\u{2019}")
    static let hash = wordHash("#")
    static let exclamation = wordHash("!")
    static let question = wordHash("?")
    static let semicolon = wordHash(";")
    static let quote = wordHash("\"")
    static let rightDoubleQuote = wordHash("\u{201D}")
    static let underscore = wordHash("_")
    static let poundSign = wordHash("£")
    static let k = wordHash("k")
    static let mm = wordHash("mm")
    static let x10 = wordHash("x10")

    /// Words before an amount in pounds that make it money rather than weight.
    static let moneyCues: Set<UInt64> = Set(
        """
        cost costs costing paid pay pays paying fined fine fines worth price priced prices sold sell sells bought \
        buy spent spend earn earns earned earning raised raise profit profits revenue revenues salary wage wages \
        loan loans debt debts fund funds budget bill bills fee fees tax taxes charge charged deal award awarded \
        compensation damages bonus bid offer offered valued value investment invested
        """.split(separator: " ").map { wordHash(String($0)) })

    /// Units of time that make "over 3 years" a duration.
    static let timeNouns: Set<UInt64> = Set(
        "years year months month weeks week days day hours hour minutes minute seconds decades centuries"
            .split(separator: " ").map { wordHash(String($0)) })

    /// Unicode vulgar fractions and their values.
    static let vulgarFractions: [UInt64: Double] = {
        let pairs: [(String, Double)] = [
            ("\u{BD}", 0.5), ("\u{BC}", 0.25), ("\u{BE}", 0.75), ("\u{2153}", 1.0 / 3), ("\u{2154}", 2.0 / 3),
            ("\u{2155}", 0.2), ("\u{2156}", 0.4), ("\u{2157}", 0.6), ("\u{2158}", 0.8), ("\u{2159}", 1.0 / 6),
            ("\u{215A}", 5.0 / 6), ("\u{2150}", 1.0 / 7), ("\u{215B}", 0.125), ("\u{215C}", 0.375),
            ("\u{215D}", 0.625), ("\u{215E}", 0.875), ("\u{2151}", 1.0 / 9), ("\u{2152}", 0.1),
        ]
        var table: [UInt64: Double] = [:]
        for (text, value) in pairs { table[wordHash(text)] = value }
        return table
    }()
}
