/// Hashes of the function words the scanner compares tokens with: `wordHash` of the word in the comment,
/// written as literals so reading them costs nothing on the hot path (a test checks them against `wordHash`).
enum W {
    static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    static let an: UInt64 = 0x089c3807b5458406  // "an"
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let or: UInt64 = 0x08b05407b5565ca4  // "or"
    static let of: UInt64 = 0x08b06007b5567108  // "of"
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    static let between: UInt64 = 0x13f5793e33ebda4f  // "between"
    static let through: UInt64 = 0x79fa8d97ac77625a  // "through"
    static let thru: UInt64 = 0x2540beef320d3904  // "thru"
    static let over: UInt64 = 0xc2a38db44454a06f  // "over"
    static let out: UInt64 = 0x19f79b1921bbcfff  // "out"
    static let `in`: UInt64 = 0x08b73807b55c4bbe  // "in"
    static let than: UInt64 = 0x256cc7ef3232833a  // "than"
    static let last: UInt64 = 0x0456d2ad905847d9  // "last"
    static let another: UInt64 = 0xb08377e5e235fd94  // "another"
    static let percent: UInt64 = 0x425314f720ae7f7a  // "percent"
    static let percents: UInt64 = 0x61aba8ec8881dc4b  // "percents"
    static let percentage: UInt64 = 0x1a7d46f113023055  // "percentage"
    static let pct: UInt64 = 0x77c35c1956708830  // "pct"
    static let per: UInt64 = 0x77bc7219566a8ee4  // "per"
    static let cent: UInt64 = 0xd9920290fd6b234f  // "cent"
    static let points: UInt64 = 0xdd02ad83d7cf88a6  // "points"
    static let point: UInt64 = 0x73feab3544c345b1  // "point"
    static let am: UInt64 = 0x089c3707b5458253  // "am"
    static let pm: UInt64 = 0x08d53b07b5754e66  // "pm"
    static let amDots: UInt64 = 0x6ab5498279f2250d  // "a.m."
    static let pmDots: UInt64 = 0xbc909a0ee53bff3c  // "p.m."
    static let st: UInt64 = 0x08d94207b5794322  // "st"
    static let nd: UInt64 = 0x08b35007b5588baf  // "nd"
    static let rd: UInt64 = 0x08dc5007b57b90c3  // "rd"
    static let th: UInt64 = 0x08c83807b56abef1  // "th"
    static let s: UInt64 = 0xaf63ee4c86020b22  // "s"
    static let version: UInt64 = 0xbb62c62c9808ea37  // "version"
    static let versions: UInt64 = 0x71c101c65726118c  // "versions"
    static let v: UInt64 = 0xaf63eb4c86020609  // "v"
    static let pound: UInt64 = 0xdcaf9735804655b5  // "pound"
    static let pounds: UInt64 = 0x44b3b5e8f783bf72  // "pounds"
    static let m: UInt64 = 0xaf63e04c8601f358  // "m"
    static let b: UInt64 = 0xaf63df4c8601f1a5  // "b"
    static let e: UInt64 = 0xaf63d84c8601e5c0  // "e"
    static let one: UInt64 = 0x1a08aa1921ca5caf  // "one"
    static let half: UInt64 = 0x2e33a6cc74123124  // "half"
    static let dollar: UInt64 = 0xc4361a5b5c15e1ff  // "dollar"
    static let dollars: UInt64 = 0x7dd0553d792e40e4  // "dollars"
    static let equal: UInt64 = 0x6a7933d70f43faaf  // "equal"
    static let equals: UInt64 = 0x2fedf26ef08343d4  // "equals"
    static let equaling: UInt64 = 0xe8c0150f04eb47e9  // "equaling"
    static let equalling: UInt64 = 0x0fb9a96d361db6e7  // "equalling"
    static let more: UInt64 = 0x0d1be7a2c400c080  // "more"
    static let less: UInt64 = 0x24dc7fada2297118  // "less"
    static let fewer: UInt64 = 0x7056aadfe71a9272  // "fewer"
    static let greater: UInt64 = 0x6cd96eb7c3ac3f19  // "greater"
    static let higher: UInt64 = 0x4dc264d81b1b2bce  // "higher"
    static let lower: UInt64 = 0x8c9e09b72e913bda  // "lower"
    static let above: UInt64 = 0x3f71052d617f9b2a  // "above"
    static let below: UInt64 = 0xc5d4635e7efb69d2  // "below"
    static let under: UInt64 = 0xa9b4194ecfe6716d  // "under"
    static let up: UInt64 = 0x08c43a07b566d980  // "up"
    static let at: UInt64 = 0x089c4e07b545a968  // "at"
    static let least: UInt64 = 0x549a160a4938aa56  // "least"
    static let most: UInt64 = 0x0d18faa2c3feaaf2  // "most"
    static let no: UInt64 = 0x08b35907b5589afa  // "no"
    static let not: UInt64 = 0x215ad619258e9f4a  // "not"
    static let bigger: UInt64 = 0x87a27338c68fbfcd  // "bigger"
    static let larger: UInt64 = 0x87ad347436f18212  // "larger"
    static let smaller: UInt64 = 0x004c3dbe7cbbb5fb  // "smaller"
    static let excess: UInt64 = 0x6e8b6e275777d4ca  // "excess"
    static let upwards: UInt64 = 0xfc7e9ecb6531807b  // "upwards"
    static let plus: UInt64 = 0xa5c0590db6f268b5  // "plus"

    // Symbols.
    static let dollarSign: UInt64 = 0xaf63994c86017ab3  // "$"
    static let hyphen: UInt64 = 0xaf63a04c86018698  // "-"
    static let enDash: UInt64 = 0x5640551b8850a5a4  // "\u{2013}"
    static let emDash: UInt64 = 0x5640541b8850a3f1  // "\u{2014}"
    static let minusSign: UInt64 = 0x565a861b88660d9f  // "\u{2212}"
    static let tilde: UInt64 = 0xaf63f34c860213a1  // "~"
    static let slash: UInt64 = 0xaf63a24c860189fe  // "/"
    static let colon: UInt64 = 0xaf63b74c8601adad  // ":"
    static let comma: UInt64 = 0xaf63a14c8601884b  // ","
    static let period: UInt64 = 0xaf63a34c86018bb1  // "."
    static let caret: UInt64 = 0xaf64134c86024a01  // "^"
    static let plusSign: UInt64 = 0xaf63a64c860190ca  // "+"
    static let percentSign: UInt64 = 0xaf63984c86017900  // "%"
    static let lessSign: UInt64 = 0xaf63b14c8601a37b  // "<"
    static let greaterSign: UInt64 = 0xaf63b34c8601a6e1  // ">"
    static let equalsSign: UInt64 = 0xaf63b04c8601a1c8  // "="
    static let lessEqual: UInt64 = 0x56584e1b88652ba0  // "\u{2264}"
    static let greaterEqual: UInt64 = 0x56584f1b88652d53  // "\u{2265}"
    static let openParen: UInt64 = 0xaf63a54c86018f17  // "("
    static let closeParen: UInt64 = 0xaf63a44c86018d64  // ")"
    static let apostrophe: UInt64 = 0xaf639a4c86017c66  // "'"
    static let rightQuote: UInt64 = 0x56404f1b88509b72  // "\u{2019}"
    static let hash: UInt64 = 0xaf639e4c86018332  // "#"
    static let exclamation: UInt64 = 0xaf639c4c86017fcc  // "!"
    static let question: UInt64 = 0xaf63b24c8601a52e  // "?"
    static let semicolon: UInt64 = 0xaf63b64c8601abfa  // ";"
    static let quote: UInt64 = 0xaf639f4c860184e5  // "\""
    static let rightDoubleQuote: UInt64 = 0x56404b1b885094a6  // "\u{201D}"
    static let underscore: UInt64 = 0xaf64124c8602484e  // "_"
    static let poundSign: UInt64 = 0x0ac57507b71af392  // "£"
    static let k: UInt64 = 0xaf63e64c8601fd8a  // "k"
    static let mm: UInt64 = 0x08a95707b550430f  // "mm"
    static let x10: UInt64 = 0xbeffe4197f56eb36  // "x10"

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
