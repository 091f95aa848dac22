/// Lower-case words around a name that hint at its type, written by hand for TextPipe.
///
/// Kept as key sets so checking a neighbour costs one hash lookup.
struct ContextCues: Sendable {
    /// Nouns that introduce an organisation: "broadcaster France 2", "the newspaper Kyiv Post".
    let organisationBefore: Set<UInt64>
    /// Words after which a name is usually a place: "in Kyiv", "near Abu Dhabi".
    let placeBefore: Set<UInt64>
    /// Verbs and nouns after a name that mark a person: "Zelenskyy said", "Smith, 45,".
    let personAfter: Set<UInt64>
    /// Words after a name that mark an organisation: "Acme shares", "Leeds beat".
    let organisationAfter: Set<UInt64>
    /// "based", "born", "led"... after a hyphen: the head is a name on its own ("Washington-based").
    let hyphenTails: Set<UInt64>
    /// Abbreviations whose final period belongs to the name ("Inc.", "Corp.", "Jr.").
    let periodAbbreviations: Set<UInt64>
    /// Plural verbs: "Flowers were laid" is no person named Flowers.
    let pluralVerbs: Set<UInt64>
    /// Keys of single words the rules compare tokens with.
    let of = NameKey.of("of")
    let `for` = NameKey.of("for")
    let and = NameKey.of("and")
    let the = NameKey.of("the")
    let on = NameKey.of("on")
    let `in` = NameKey.of("in")
    let at = NameKey.of("at")
    let versus = NameKey.of("v")

    static let shared = ContextCues()

    private init() {
        func keys(_ words: String) -> Set<UInt64> {
            Set(words.split(separator: " ").map { NameKey.of(String($0)) })
        }
        organisationBefore = keys(
            "broadcaster broadcasters newspaper newspapers daily weekly channel network agency firm company "
                + "carrier airline lender insurer retailer automaker carmaker maker manufacturer brokerage broker "
                + "outlet magazine tabloid website station institute university club team side party group "
                + "conglomerate bank regulator watchdog publisher operator developer subsidiary unit rival "
                + "supplier distributor exchange fund organisation organization union")
        placeBefore = keys(
            "in near outside at from into toward towards across throughout via to visited entering "
                + "province city town village capital region district port state county")
        personAfter = keys(
            "said says told added asked wrote argued warned noted insisted explained claimed denied admitted "
                + "stressed believes thinks urged")
        organisationAfter = keys(
            "shares stock spokesman spokeswoman chairman shareholders subsidiary executives")
        hyphenTails = keys(
            "based born led backed run owned made bound controlled held dominated funded style speaking "
                + "brokered sponsored friendly occupied allied area era listed")
        periodAbbreviations = keys("inc corp co ltd bros jr sr plc cos")
        pluralVerbs = keys("were are have do remain include seem appear")
    }
}
