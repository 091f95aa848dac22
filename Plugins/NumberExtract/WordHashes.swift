/// Hashes of the function words the scanner compares tokens with: `wordHash` of the word in the comment,
/// written as literals so reading them costs nothing on the hot path (a test checks them against `wordHash`).
enum W {
    static let a: UInt64 = 0x0247_4214_db2e_0c9e  // "a"
    static let an: UInt64 = 0xcdd8_8b3a_8ec4_1fb0  // "an"
    static let and: UInt64 = 0x5535_eb42_5ac5_7fc8  // "and"
    static let or: UInt64 = 0x28c6_4834_1fb2_50b8  // "or"
    static let of: UInt64 = 0x5488_2914_6052_5598  // "of"
    static let the: UInt64 = 0xc2bc_6015_8d95_d9ae  // "the"
    static let to: UInt64 = 0x2705_d4e0_42f9_805b  // "to"
    static let from: UInt64 = 0x09e7_9173_8415_af82  // "from"
    static let between: UInt64 = 0x6b5d_1314_e419_b1a9  // "between"
    static let through: UInt64 = 0xe4d1_3400_d829_8dbb  // "through"
    static let thru: UInt64 = 0xf636_549c_fcce_ed27  // "thru"
    static let over: UInt64 = 0xd3bb_334f_c415_7fc3  // "over"
    static let out: UInt64 = 0xa2b2_055c_730c_7ad0  // "out"
    static let `in`: UInt64 = 0xc866_09f9_65ae_f30b  // "in"
    static let than: UInt64 = 0x70ec_c0d8_b919_7963  // "than"
    static let last: UInt64 = 0xed22_d069_6006_f19a  // "last"
    static let another: UInt64 = 0x881f_2ccc_c3ee_b846  // "another"
    static let percent: UInt64 = 0x3cdb_13aa_9713_fc2d  // "percent"
    static let percents: UInt64 = 0x5b32_d828_2399_e6d8  // "percents"
    static let percentage: UInt64 = 0xd366_4290_cd6b_11bb  // "percentage"
    static let pct: UInt64 = 0xf55a_aa96_5527_ff11  // "pct"
    static let per: UInt64 = 0x79aa_ca6f_8762_25e8  // "per"
    static let cent: UInt64 = 0x2e91_1a77_7a7c_0f87  // "cent"
    static let points: UInt64 = 0x416b_4386_908a_6201  // "points"
    static let point: UInt64 = 0x85f8_2086_5419_0101  // "point"
    static let am: UInt64 = 0x7c28_b34c_91a7_74c6  // "am"
    static let pm: UInt64 = 0x865f_65a6_83d3_e221  // "pm"
    static let amDots: UInt64 = 0x2a62_2029_de3a_74a3  // "a.m."
    static let pmDots: UInt64 = 0x3498_d283_38cd_c604  // "p.m."
    static let st: UInt64 = 0xdf36_bc70_3204_f050  // "st"
    static let nd: UInt64 = 0xb07a_2911_c76c_4648  // "nd"
    static let rd: UInt64 = 0xc38a_ed73_4231_e59e  // "rd"
    static let th: UInt64 = 0xeb36_ed63_e414_54d8  // "th"
    static let s: UInt64 = 0x0e88_e4e6_27ed_8cc6  // "s"
    static let version: UInt64 = 0x3cab_ff8b_6adf_f6aa  // "version"
    static let versions: UInt64 = 0x9be7_30b0_d4ed_dcad  // "versions"
    static let v: UInt64 = 0x0b21_541d_c730_7c3c  // "v"
    static let pound: UInt64 = 0xeebe_73b9_85c3_523e  // "pound"
    static let pounds: UInt64 = 0xaa31_96b9_c14c_b73e  // "pounds"
    static let m: UInt64 = 0xfa1b_8033_0370_6815  // "m"
    static let b: UInt64 = 0x02f5_923c_eee6_5381  // "b"
    static let e: UInt64 = 0xff8e_0174_7131_80ca  // "e"
    static let one: UInt64 = 0x9e8e_dc5b_56f5_c8d7  // "one"
    static let half: UInt64 = 0x7109_7601_6409_98be  // "half"
    static let dollar: UInt64 = 0x0043_b7c0_82d2_964b  // "dollar"
    static let dollars: UInt64 = 0xf3ac_b7c0_713d_964b  // "dollars"
    static let equal: UInt64 = 0x4e01_f22e_3fbd_0c90  // "equal"
    static let equals: UInt64 = 0x0975_152e_78c9_eb90  // "equals"
    static let equaling: UInt64 = 0x0566_aaea_a9df_66ef  // "equaling"
    static let equalling: UInt64 = 0x22c3_4ae0_dc2d_c206  // "equalling"
    static let more: UInt64 = 0xa386_afb2_4707_5494  // "more"
    static let less: UInt64 = 0x6b84_dbde_8fd3_8e2d  // "less"
    static let fewer: UInt64 = 0x2067_0bf6_1454_de07  // "fewer"
    static let greater: UInt64 = 0xc7bd_e94b_d873_5b6f  // "greater"
    static let higher: UInt64 = 0x9a2f_be4a_c7e4_38f5  // "higher"
    static let lower: UInt64 = 0x2f78_dad5_5746_5d26  // "lower"
    static let above: UInt64 = 0xa7e8_3d04_9bcc_f58e  // "above"
    static let below: UInt64 = 0xc5d9_c16b_0505_63d6  // "below"
    static let under: UInt64 = 0x00d7_c979_ce3a_3397  // "under"
    static let up: UInt64 = 0x9461_7bcb_b361_1f25  // "up"
    static let at: UInt64 = 0xd2f5_199f_4fc3_2b15  // "at"
    static let least: UInt64 = 0x2579_ae15_1458_fbe6  // "least"
    static let most: UInt64 = 0x4a71_70b6_bec5_8b90  // "most"
    static let no: UInt64 = 0x180a_f16e_d35c_9f37  // "no"
    static let not: UInt64 = 0x9ce7_26cf_f81d_4896  // "not"
    static let bigger: UInt64 = 0x59cc_32ce_10b8_3473  // "bigger"
    static let larger: UInt64 = 0xcbb9_9d60_dd48_bc93  // "larger"
    static let smaller: UInt64 = 0x5a2d_3926_0473_d806  // "smaller"
    static let excess: UInt64 = 0x00b2_68b4_2299_a10a  // "excess"
    static let upwards: UInt64 = 0x0eb0_afb5_238d_cb5b  // "upwards"
    static let plus: UInt64 = 0xbe76_98ea_87a0_226d  // "plus"

    // Symbols.
    static let dollarSign: UInt64 = 0xd34b_a747_0233_e68c  // "$"
    static let hyphen: UInt64 = 0xce87_762f_8048_6d49  // "-"
    static let enDash: UInt64 = 0xce09_ff82_0995_24bf  // "\u{2013}"
    static let emDash: UInt64 = 0x9cf1_7cd9_3dc6_a7e4  // "\u{2014}"
    static let minusSign: UInt64 = 0xf063_2d6d_5860_5e50  // "\u{2212}"
    static let tilde: UInt64 = 0x05ae_d2dd_3313_5c54  // "~"
    static let slash: UInt64 = 0xcfe4_167f_bbc0_17b3  // "/"
    static let colon: UInt64 = 0xdcd4_0978_0a1e_87ed  // ":"
    static let comma: UInt64 = 0xcdd9_2607_f1fd_8e34  // ","
    static let period: UInt64 = 0xcf35_c657_ae4c_48ce  // "."
    static let caret: UInt64 = 0x1b78_d7df_9773_2336  // "^"
    static let plusSign: UInt64 = 0xd29d_571f_6c50_9987  // "+"
    static let percentSign: UInt64 = 0xd3f9_f76f_37db_4391  // "%"
    static let lessSign: UInt64 = 0xd8be_2888_be75_f3eb  // "<"
    static let greaterSign: UInt64 = 0xda1a_c8d8_563a_0911  // ">"
    static let equalsSign: UInt64 = 0xd96c_78b0_a01a_3626  // "="
    static let lessEqual: UInt64 = 0x68a6_1551_8b48_556c  // "\u{2264}"
    static let greaterEqual: UInt64 = 0xb8ce_27fc_efef_67c1  // "\u{2265}"
    static let openParen: UInt64 = 0xd092_66a7_565c_1258  // "("
    static let closeParen: UInt64 = 0xd140_b6cf_4838_5efd  // ")"
    static let apostrophe: UInt64 = 0xd556_97c0_dc21_0ca4  // "'"
    static let rightQuote: UInt64 = 0xac79_44da_ebe7_9fe7  // "\u{2019}"
    static let hash: UInt64 = 0xd80f_d860_8c2e_b050  // "#"
    static let exclamation: UInt64 = 0xd6b3_3810_f87f_b9da  // "!"
    static let question: UInt64 = 0xdac9_1900_4402_2dfc  // "?"
    static let semicolon: UInt64 = 0xdd82_59a0_34f7_5868  // ";"
    static let quote: UInt64 = 0xd761_8838_9617_7cc5  // "\""
    static let rightDoubleQuote: UInt64 = 0x6bd8_fa30_110a_210d  // "\u{201D}"
    static let underscore: UInt64 = 0x1c27_2807_8291_401b  // "_"
    static let poundSign: UInt64 = 0x3fde_2766_309c_6ffb  // "£"
    static let k: UInt64 = 0xfe31_6124_975b_fa7c  // "k"
    static let mm: UInt64 = 0x73fc_f16c_7e6e_904a  // "mm"
    static let x10: UInt64 = 0x4634_f241_a901_43ae  // "x10"
    static let l: UInt64 = 0xf96d_300b_1fac_44f8  // "l"
    static let may: UInt64 = 0x4f20_4e82_ecf0_dba4  // "may"
    static let june: UInt64 = 0xecab_198a_8410_c0af  // "june"
    static let july: UInt64 = 0xea50_4f9b_0405_96be  // "july"

    /// Words before an amount in pounds that make it money rather than weight.
    static let moneyCues: Set<UInt64> = Set(
        """
        cost costs costing paid pay pays paying fined fine fines worth price priced prices sold sell sells bought \
        buy spent spend earn earns earned earning raised raise profit profits revenue revenues salary wage wages \
        loan loans debt debts fund funds budget bill bills fee fees tax taxes charge charged deal award awarded \
        compensation damages bonus bid offer offered valued value investment invested
        """.fields(" ").map { wordHash(String($0)) })

    /// Units of time that make "over 3 years" a duration.
    static let timeNouns: Set<UInt64> = Set(
        "years year months month weeks week days day hours hour minutes minute seconds decades centuries"
            .fields(" ").map { wordHash(String($0)) })

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
