// Number words, ordinals, months and the small word classes the number scanner consults.
// Written for TextPipe by hand from English grammar (no external list copied); see README.md.

/// The word tables of the number scanner, parsed once into a `Lexicon`.
enum NumberWordTable {
    /// `word role value`: `unit` 0-19, `tens` 20-90, `hundred`, `scale` (thousand and up, lakh, crore),
    /// `ordinal` (singular ordinal words), `ordinals` (plural: fraction denominators), `dozen`, `half`,
    /// `quarter`, `point`, `minus`, `scaleabbr` (abbreviated scales after digits: `bn`, `k`).
    static let numbers = """
        zero unit 0
        nought unit 0
        naught unit 0
        nil unit 0
        one unit 1
        two unit 2
        three unit 3
        four unit 4
        five unit 5
        six unit 6
        seven unit 7
        eight unit 8
        nine unit 9
        ten unit 10
        eleven unit 11
        twelve unit 12
        thirteen unit 13
        fourteen unit 14
        fifteen unit 15
        sixteen unit 16
        seventeen unit 17
        eighteen unit 18
        nineteen unit 19
        twenty tens 20
        thirty tens 30
        forty tens 40
        fourty tens 40
        fifty tens 50
        sixty tens 60
        seventy tens 70
        eighty tens 80
        ninety tens 90
        hundred hundred 100
        hundreds hundred 100
        thousand scale 1000
        thousands scale 1000
        million scale 1000000
        millions scale 1000000
        billion scale 1000000000
        billions scale 1000000000
        trillion scale 1000000000000
        trillions scale 1000000000000
        lakh scale 100000
        lakhs scale 100000
        lac scale 100000
        crore scale 10000000
        crores scale 10000000
        first ordinal 1
        second ordinal 2
        third ordinal 3
        fourth ordinal 4
        fifth ordinal 5
        sixth ordinal 6
        seventh ordinal 7
        eighth ordinal 8
        ninth ordinal 9
        nineth ordinal 9
        tenth ordinal 10
        eleventh ordinal 11
        twelfth ordinal 12
        thirteenth ordinal 13
        fourteenth ordinal 14
        fifteenth ordinal 15
        sixteenth ordinal 16
        seventeenth ordinal 17
        eighteenth ordinal 18
        nineteenth ordinal 19
        twentieth ordinal 20
        thirtieth ordinal 30
        fortieth ordinal 40
        fiftieth ordinal 50
        sixtieth ordinal 60
        seventieth ordinal 70
        eightieth ordinal 80
        ninetieth ordinal 90
        hundredth ordinal 100
        thousandth ordinal 1000
        millionth ordinal 1000000
        billionth ordinal 1000000000
        trillionth ordinal 1000000000000
        thirds ordinals 3
        fourths ordinals 4
        fifths ordinals 5
        sixths ordinals 6
        sevenths ordinals 7
        eighths ordinals 8
        ninths ordinals 9
        tenths ordinals 10
        elevenths ordinals 11
        twelfths ordinals 12
        thirteenths ordinals 13
        fourteenths ordinals 14
        fifteenths ordinals 15
        sixteenths ordinals 16
        seventeenths ordinals 17
        eighteenths ordinals 18
        nineteenths ordinals 19
        twentieths ordinals 20
        thirtieths ordinals 30
        fortieths ordinals 40
        fiftieths ordinals 50
        sixtieths ordinals 60
        seventieths ordinals 70
        eightieths ordinals 80
        ninetieths ordinals 90
        firsts ordinals 1
        hundredths ordinals 100
        thousandths ordinals 1000
        millionths ordinals 1000000
        billionths ordinals 1000000000
        trillionths ordinals 1000000000000
        dozen dozen 12
        dozens dozen 12
        dz dozen 12
        dzs dozen 12
        doz dozen 12
        dozs dozen 12
        half half 2
        halves half 2
        quarter quarter 4
        quarters quarter 4
        point point 0
        minus minus 0
        negative minus 0
        k scaleabbr 1000
        mn scaleabbr 1000000
        mln scaleabbr 1000000
        mil scaleabbr 1000000
        mm scaleabbr 1000000
        bn scaleabbr 1000000000
        bln scaleabbr 1000000000
        tn scaleabbr 1000000000000
        trn scaleabbr 1000000000000
        """

    /// `name number`, full names and abbreviations (an abbreviation may be followed by a dot).
    static let months = """
        january 1
        jan 1
        february 2
        feb 2
        march 3
        mar 3
        april 4
        apr 4
        may 5
        june 6
        jun 6
        july 7
        jul 7
        august 8
        aug 8
        september 9
        sep 9
        sept 9
        october 10
        oct 10
        november 11
        nov 11
        december 12
        dec 12
        """

    static let weekdays = """
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
        """

    /// Words after which "one" is a pronoun, not a number ("which one", "the next one").
    static let pronounOne = """
        which that this the each every any no some another next last current previous little first only
        right wrong big small new old other same such latest
        """

    /// Words that end the search for a counted noun ("55,000 of the ...", "two were ...").
    static let countStops = """
        a an the of in on at to for from by with and or but nor than as per via into onto over under
        about around after before during since until up down out off through between among against
        this that these those there here who whom whose which what when where why how
        i you he she it we they me him her us them my your his its our their
        is are was were be been being am have has had do does did will would shall should can could
        may might must not no yes so too very more most less least fewer many much few several some
        any all both each every other another such only just also even still yet already again
        said says say told tells according including includes remain remains became becomes
        percent pct
        """

    /// Words that may stand before a hyphen and a year or number without making it a code ("mid-2022").
    static let hyphenPrefixes = """
        mid pre post late early end start top under over non ex anti all sub about around nearly
        """

    /// Words before a four-digit number that make it a year ("in 1987", "since 2022").
    static let yearCues = """
        in since by until till from of during before after around circa year years fiscal season early
        late mid end spring summer autumn fall winter the
        """

    /// Plural nouns that do not end in "s".
    static let irregularPlurals = """
        people children men women police staff personnel cattle sheep fish feet teeth mice geese data media
        aircraft crew livestock deer offspring folk youth
        """
}
