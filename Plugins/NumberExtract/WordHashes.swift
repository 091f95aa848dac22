/// Hashes of the function words the scanner compares tokens with: `wordHash` of the word in the comment,
/// written as literals so reading them costs nothing on the hot path (a test checks them against `wordHash`).
enum W {
    static let a: UInt64 = 0x5b3e_c06a_7b63_a5c5  // "a"
    static let an: UInt64 = 0x2329_fdfe_5d88_118f  // "an"
    static let and: UInt64 = 0x62e4_fabe_1b4f_f119  // "and"
    static let or: UInt64 = 0x060a_934e_b204_76d6  // "or"
    static let of: UInt64 = 0x77bf_6893_21a4_0576  // "of"
    static let the: UInt64 = 0xaae9_7c6d_91ee_3325  // "the"
    static let to: UInt64 = 0x88c5_61a3_465a_f2e9  // "to"
    static let from: UInt64 = 0xa5f7_6f3e_51ae_4083  // "from"
    static let between: UInt64 = 0x3158_cfa7_0993_cbe1  // "between"
    static let through: UInt64 = 0x2137_2f92_ee6b_853e  // "through"
    static let thru: UInt64 = 0xdb54_ca09_a3d1_8414  // "thru"
    static let over: UInt64 = 0x94b6_f4d2_40df_6646  // "over"
    static let out: UInt64 = 0xf347_388f_332b_2e43  // "out"
    static let `in`: UInt64 = 0x4173_39cf_3fb7_88e3  // "in"
    static let than: UInt64 = 0xe807_e4ea_9d7b_f3db  // "than"
    static let last: UInt64 = 0x7f5d_7784_bcc6_e3bf  // "last"
    static let another: UInt64 = 0x5717_3250_6e11_1012  // "another"
    static let percent: UInt64 = 0x1e54_b27b_2928_5748  // "percent"
    static let percents: UInt64 = 0xffa9_a561_c162_24dd  // "percents"
    static let percentage: UInt64 = 0x5805_5a01_1f8b_8a07  // "percentage"
    static let pct: UInt64 = 0x535d_652f_4ec3_7b4a  // "pct"
    static let per: UInt64 = 0xb6ee_4d3b_afac_5ee0  // "per"
    static let cent: UInt64 = 0xe358_c9f9_8dc4_e225  // "cent"
    static let points: UInt64 = 0xaae5_a89a_f8d5_02f1  // "points"
    static let point: UInt64 = 0xe9f0_04f6_10ab_f506  // "point"
    static let am: UInt64 = 0x1c01_6e8d_562b_ac29  // "am"
    static let pm: UInt64 = 0x7643_2197_2aae_b698  // "pm"
    static let amDots: UInt64 = 0x124a_18cd_4028_2154  // "a.m."
    static let pmDots: UInt64 = 0xc479_0b5e_3ddc_15f2  // "p.m."
    static let st: UInt64 = 0xe953_2a6c_456f_ae90  // "st"
    static let nd: UInt64 = 0xc9fb_f690_a10d_6474  // "nd"
    static let rd: UInt64 = 0xb956_556f_45ae_ce68  // "rd"
    static let th: UInt64 = 0xa1d1_f3da_a7c2_c6c3  // "th"
    static let s: UInt64 = 0xa153_d665_9e81_bfed  // "s"
    static let version: UInt64 = 0x7c9d_e79b_fbfe_072c  // "version"
    static let versions: UInt64 = 0x74a3_26ae_f2f0_7b35  // "versions"
    static let v: UInt64 = 0x52af_b48d_b416_2d44  // "v"
    static let pound: UInt64 = 0xb91d_2c68_ba21_aaea  // "pound"
    static let pounds: UInt64 = 0x3bab_b0ad_ac09_8c62  // "pounds"
    static let m: UInt64 = 0x1673_ad6d_db69_4b06  // "m"
    static let b: UInt64 = 0xb6d0_f3cc_6134_8e97  // "b"
    static let e: UInt64 = 0xf2ad_de35_457b_75da  // "e"
    static let one: UInt64 = 0xb6ed_3df3_1e24_c186  // "one"
    static let half: UInt64 = 0xd30c_8949_2b4a_aa90  // "half"
    static let dollar: UInt64 = 0x864d_b474_4fbf_7732  // "dollar"
    static let dollars: UInt64 = 0xb1aa_12f7_59ce_c327  // "dollars"
    static let equal: UInt64 = 0x1add_2020_4c3a_46cf  // "equal"
    static let equals: UInt64 = 0x5cd9_07c4_81b2_4b78  // "equals"
    static let equaling: UInt64 = 0x96f9_6ebb_fdd9_8aaa  // "equaling"
    static let equalling: UInt64 = 0xbc3e_4498_7592_2b4e  // "equalling"
    static let more: UInt64 = 0x1542_9342_a880_b0bd  // "more"
    static let less: UInt64 = 0x90f2_a470_0632_22b0  // "less"
    static let fewer: UInt64 = 0xb92b_2a31_464c_7a9a  // "fewer"
    static let greater: UInt64 = 0x0f5c_8273_8fae_d44c  // "greater"
    static let higher: UInt64 = 0x5c65_4dec_2827_6b98  // "higher"
    static let lower: UInt64 = 0x56ad_45a7_f65e_36b1  // "lower"
    static let above: UInt64 = 0xe585_50b7_e406_411e  // "above"
    static let below: UInt64 = 0x5d56_6523_da1f_e191  // "below"
    static let under: UInt64 = 0x41eb_defd_a157_9b6b  // "under"
    static let up: UInt64 = 0xa9ab_a7f6_02fe_bd0b  // "up"
    static let at: UInt64 = 0xb12b_20bf_597b_4989  // "at"
    static let least: UInt64 = 0x1bd4_51e0_c88e_8dbb  // "least"
    static let most: UInt64 = 0x1f79_7c33_fb69_fc1f  // "most"
    static let no: UInt64 = 0x0c71_234e_2d30_cd58  // "no"
    static let not: UInt64 = 0x577a_bf4c_66bd_b96c  // "not"
    static let bigger: UInt64 = 0xa102_7f05_5bec_b3ac  // "bigger"
    static let larger: UInt64 = 0x0676_4117_fff7_5e07  // "larger"
    static let smaller: UInt64 = 0x7cd5_4dc6_56ca_ab24  // "smaller"
    static let excess: UInt64 = 0x887d_41ec_7f20_8fad  // "excess"
    static let upwards: UInt64 = 0x8af2_aa34_bb92_d85b  // "upwards"
    static let plus: UInt64 = 0x6bf3_35b7_c111_85d2  // "plus"

    // Symbols.
    static let dollarSign: UInt64 = 0x6b1b_51db_8a0c_d97e  // "$"
    static let hyphen: UInt64 = 0x7ffe_8313_0ec1_2824  // "-"
    static let enDash: UInt64 = 0x046d_f43b_0137_ec6d  // "\u{2013}"
    static let emDash: UInt64 = 0xdd17_d72b_4d87_3c2e  // "\u{2014}"
    static let minusSign: UInt64 = 0x9b76_7f30_10e0_69b7  // "\u{2212}"
    static let tilde: UInt64 = 0xc1db_6752_73ae_1946  // "~"
    static let slash: UInt64 = 0x7b8b_f4e4_c2e3_37f1  // "/"
    static let colon: UInt64 = 0x0411_4b75_ec3d_cce5  // ":"
    static let comma: UInt64 = 0x9391_05b8_39e3_5d75  // ","
    static let period: UInt64 = 0x6059_ae7b_f49b_db71  // "."
    static let caret: UInt64 = 0x1e6a_318c_7c11_9a96  // "^"
    static let plusSign: UInt64 = 0x91b0_d55d_563b_50bb  // "+"
    static let percentSign: UInt64 = 0x261f_c3ef_bbe6_1fdf  // "%"
    static let lessSign: UInt64 = 0x097f_e1e8_7985_12e4  // "<"
    static let greaterSign: UInt64 = 0xce27_4420_9603_f148  // ">"
    static let equalsSign: UInt64 = 0xd4cb_142b_ae19_81a2  // "="
    static let lessEqual: UInt64 = 0x5d8a_582e_b8db_4b2d  // "\u{2264}"
    static let greaterEqual: UInt64 = 0x0c03_57a1_af49_5137  // "\u{2265}"
    static let openParen: UInt64 = 0xc2ff_2a88_d7b3_98b2  // "("
    static let closeParen: UInt64 = 0x8a1b_fb84_ab62_5c88  // ")"
    static let apostrophe: UInt64 = 0xe20f_254a_bd1c_60a1  // "'"
    static let rightQuote: UInt64 = 0x691f_3213_eeea_8475  // "\u{2019}"
    static let hash: UInt64 = 0x9be7_e864_9513_8f02  // "#"
    static let exclamation: UInt64 = 0xe1e0_3161_3f90_f6d7  // "!"
    static let question: UInt64 = 0x90f1_1600_f7ff_9017  // "?"
    static let semicolon: UInt64 = 0x5cbc_ef27_1393_c7e7  // ";"
    static let quote: UInt64 = 0x7abe_63d3_07c5_5a75  // "\""
    static let rightDoubleQuote: UInt64 = 0xcd22_c4df_eca4_df33  // "\u{201D}"
    static let underscore: UInt64 = 0xdf0c_8360_f43c_493d  // "_"
    static let poundSign: UInt64 = 0xc0f9_d868_44e6_3498  // "£"
    static let k: UInt64 = 0xbd0f_7196_232f_e6e0  // "k"
    static let mm: UInt64 = 0x27b6_aa0b_b3d8_59e4  // "mm"
    static let x10: UInt64 = 0x4f83_f729_e638_5641  // "x10"
    static let l: UInt64 = 0x9d97_9698_579e_2f27  // "l"
    static let may: UInt64 = 0xdf16_7f2f_5240_3228  // "may"
    static let june: UInt64 = 0x49b2_f715_5647_ef18  // "june"
    static let july: UInt64 = 0x3df8_6955_609c_cf9c  // "july"

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
