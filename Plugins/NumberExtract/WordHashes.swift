/// Hashes of the function words the scanner compares tokens with: `wordHash` of the word in the comment,
/// written as literals so reading them costs nothing on the hot path (a test checks them against `wordHash`).
enum W {
    static let a: UInt64 = 0xaf63_dc4c_8601_ec8c  // "a"
    static let an: UInt64 = 0x089c_3807_b545_8406  // "an"
    static let and: UInt64 = 0xe6f7_9719_051f_f286  // "and"
    static let or: UInt64 = 0x08b0_5407_b556_5ca4  // "or"
    static let of: UInt64 = 0x08b0_6007_b556_7108  // "of"
    static let the: UInt64 = 0x56f5_c919_4461_d57c  // "the"
    static let to: UInt64 = 0x08c8_3907_b56a_c0a4  // "to"
    static let from: UInt64 = 0x7f84_5078_d7a5_c0b5  // "from"
    static let between: UInt64 = 0x13f5_793e_33eb_da4f  // "between"
    static let through: UInt64 = 0x79fa_8d97_ac77_625a  // "through"
    static let thru: UInt64 = 0x2540_beef_320d_3904  // "thru"
    static let over: UInt64 = 0xc2a3_8db4_4454_a06f  // "over"
    static let out: UInt64 = 0x19f7_9b19_21bb_cfff  // "out"
    static let `in`: UInt64 = 0x08b7_3807_b55c_4bbe  // "in"
    static let than: UInt64 = 0x256c_c7ef_3232_833a  // "than"
    static let last: UInt64 = 0x0456_d2ad_9058_47d9  // "last"
    static let another: UInt64 = 0xb083_77e5_e235_fd94  // "another"
    static let percent: UInt64 = 0x4253_14f7_20ae_7f7a  // "percent"
    static let percents: UInt64 = 0x61ab_a8ec_8881_dc4b  // "percents"
    static let percentage: UInt64 = 0x1a7d_46f1_1302_3055  // "percentage"
    static let pct: UInt64 = 0x77c3_5c19_5670_8830  // "pct"
    static let per: UInt64 = 0x77bc_7219_566a_8ee4  // "per"
    static let cent: UInt64 = 0xd992_0290_fd6b_234f  // "cent"
    static let points: UInt64 = 0xdd02_ad83_d7cf_88a6  // "points"
    static let point: UInt64 = 0x73fe_ab35_44c3_45b1  // "point"
    static let am: UInt64 = 0x089c_3707_b545_8253  // "am"
    static let pm: UInt64 = 0x08d5_3b07_b575_4e66  // "pm"
    static let amDots: UInt64 = 0x6ab5_4982_79f2_250d  // "a.m."
    static let pmDots: UInt64 = 0xbc90_9a0e_e53b_ff3c  // "p.m."
    static let st: UInt64 = 0x08d9_4207_b579_4322  // "st"
    static let nd: UInt64 = 0x08b3_5007_b558_8baf  // "nd"
    static let rd: UInt64 = 0x08dc_5007_b57b_90c3  // "rd"
    static let th: UInt64 = 0x08c8_3807_b56a_bef1  // "th"
    static let s: UInt64 = 0xaf63_ee4c_8602_0b22  // "s"
    static let version: UInt64 = 0xbb62_c62c_9808_ea37  // "version"
    static let versions: UInt64 = 0x71c1_01c6_5726_118c  // "versions"
    static let v: UInt64 = 0xaf63_eb4c_8602_0609  // "v"
    static let pound: UInt64 = 0xdcaf_9735_8046_55b5  // "pound"
    static let pounds: UInt64 = 0x44b3_b5e8_f783_bf72  // "pounds"
    static let m: UInt64 = 0xaf63_e04c_8601_f358  // "m"
    static let b: UInt64 = 0xaf63_df4c_8601_f1a5  // "b"
    static let e: UInt64 = 0xaf63_d84c_8601_e5c0  // "e"
    static let one: UInt64 = 0x1a08_aa19_21ca_5caf  // "one"
    static let half: UInt64 = 0x2e33_a6cc_7412_3124  // "half"
    static let dollar: UInt64 = 0xc436_1a5b_5c15_e1ff  // "dollar"
    static let dollars: UInt64 = 0x7dd0_553d_792e_40e4  // "dollars"
    static let equal: UInt64 = 0x6a79_33d7_0f43_faaf  // "equal"
    static let equals: UInt64 = 0x2fed_f26e_f083_43d4  // "equals"
    static let equaling: UInt64 = 0xe8c0_150f_04eb_47e9  // "equaling"
    static let equalling: UInt64 = 0x0fb9_a96d_361d_b6e7  // "equalling"
    static let more: UInt64 = 0x0d1b_e7a2_c400_c080  // "more"
    static let less: UInt64 = 0x24dc_7fad_a229_7118  // "less"
    static let fewer: UInt64 = 0x7056_aadf_e71a_9272  // "fewer"
    static let greater: UInt64 = 0x6cd9_6eb7_c3ac_3f19  // "greater"
    static let higher: UInt64 = 0x4dc2_64d8_1b1b_2bce  // "higher"
    static let lower: UInt64 = 0x8c9e_09b7_2e91_3bda  // "lower"
    static let above: UInt64 = 0x3f71_052d_617f_9b2a  // "above"
    static let below: UInt64 = 0xc5d4_635e_7efb_69d2  // "below"
    static let under: UInt64 = 0xa9b4_194e_cfe6_716d  // "under"
    static let up: UInt64 = 0x08c4_3a07_b566_d980  // "up"
    static let at: UInt64 = 0x089c_4e07_b545_a968  // "at"
    static let least: UInt64 = 0x549a_160a_4938_aa56  // "least"
    static let most: UInt64 = 0x0d18_faa2_c3fe_aaf2  // "most"
    static let no: UInt64 = 0x08b3_5907_b558_9afa  // "no"
    static let not: UInt64 = 0x215a_d619_258e_9f4a  // "not"
    static let bigger: UInt64 = 0x87a2_7338_c68f_bfcd  // "bigger"
    static let larger: UInt64 = 0x87ad_3474_36f1_8212  // "larger"
    static let smaller: UInt64 = 0x004c_3dbe_7cbb_b5fb  // "smaller"
    static let excess: UInt64 = 0x6e8b_6e27_5777_d4ca  // "excess"
    static let upwards: UInt64 = 0xfc7e_9ecb_6531_807b  // "upwards"
    static let plus: UInt64 = 0xa5c0_590d_b6f2_68b5  // "plus"

    // Symbols.
    static let dollarSign: UInt64 = 0xaf63_994c_8601_7ab3  // "$"
    static let hyphen: UInt64 = 0xaf63_a04c_8601_8698  // "-"
    static let enDash: UInt64 = 0x5640_551b_8850_a5a4  // "\u{2013}"
    static let emDash: UInt64 = 0x5640_541b_8850_a3f1  // "\u{2014}"
    static let minusSign: UInt64 = 0x565a_861b_8866_0d9f  // "\u{2212}"
    static let tilde: UInt64 = 0xaf63_f34c_8602_13a1  // "~"
    static let slash: UInt64 = 0xaf63_a24c_8601_89fe  // "/"
    static let colon: UInt64 = 0xaf63_b74c_8601_adad  // ":"
    static let comma: UInt64 = 0xaf63_a14c_8601_884b  // ","
    static let period: UInt64 = 0xaf63_a34c_8601_8bb1  // "."
    static let caret: UInt64 = 0xaf64_134c_8602_4a01  // "^"
    static let plusSign: UInt64 = 0xaf63_a64c_8601_90ca  // "+"
    static let percentSign: UInt64 = 0xaf63_984c_8601_7900  // "%"
    static let lessSign: UInt64 = 0xaf63_b14c_8601_a37b  // "<"
    static let greaterSign: UInt64 = 0xaf63_b34c_8601_a6e1  // ">"
    static let equalsSign: UInt64 = 0xaf63_b04c_8601_a1c8  // "="
    static let lessEqual: UInt64 = 0x5658_4e1b_8865_2ba0  // "\u{2264}"
    static let greaterEqual: UInt64 = 0x5658_4f1b_8865_2d53  // "\u{2265}"
    static let openParen: UInt64 = 0xaf63_a54c_8601_8f17  // "("
    static let closeParen: UInt64 = 0xaf63_a44c_8601_8d64  // ")"
    static let apostrophe: UInt64 = 0xaf63_9a4c_8601_7c66  // "'"
    static let rightQuote: UInt64 = 0x5640_4f1b_8850_9b72  // "\u{2019}"
    static let hash: UInt64 = 0xaf63_9e4c_8601_8332  // "#"
    static let exclamation: UInt64 = 0xaf63_9c4c_8601_7fcc  // "!"
    static let question: UInt64 = 0xaf63_b24c_8601_a52e  // "?"
    static let semicolon: UInt64 = 0xaf63_b64c_8601_abfa  // ";"
    static let quote: UInt64 = 0xaf63_9f4c_8601_84e5  // "\""
    static let rightDoubleQuote: UInt64 = 0x5640_4b1b_8850_94a6  // "\u{201D}"
    static let underscore: UInt64 = 0xaf64_124c_8602_484e  // "_"
    static let poundSign: UInt64 = 0x0ac5_7507_b71a_f392  // "£"
    static let k: UInt64 = 0xaf63_e64c_8601_fd8a  // "k"
    static let mm: UInt64 = 0x08a9_5707_b550_430f  // "mm"
    static let x10: UInt64 = 0xbeff_e419_7f56_eb36  // "x10"

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
