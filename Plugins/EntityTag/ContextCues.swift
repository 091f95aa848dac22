/// Lower-case words around a name that hint at its type, written by hand for TextPipe.
///
/// Kept as ``KeySet``s so checking a neighbour costs a multiply and a probe, no rehashing. A final class of
/// constants: every ``TaggingPass`` holds a reference, not a few hundred bytes of sets to copy around.
final class ContextCues: Sendable {
    /// Nouns that introduce an organisation: "broadcaster France 2", "the newspaper Kyiv Post".
    let organisationBefore: KeySet
    /// Words after which a name is usually a place: "in Kyiv", "near Abu Dhabi".
    let placeBefore: KeySet
    /// Verbs and nouns after a name that mark a person: "Zelenskyy said", "Smith, 45,".
    let personAfter: KeySet
    /// Words after a name that mark an organisation: "Acme shares", "Leeds beat".
    let organisationAfter: KeySet
    /// "based", "born", "led"... after a hyphen: the head is a name on its own ("Washington-based").
    let hyphenTails: KeySet
    /// Abbreviations whose final period belongs to the name ("Inc.", "Corp.", "Jr.").
    let periodAbbreviations: KeySet
    /// Plural verbs: "Flowers were laid" is no person named Flowers.
    let pluralVerbs: KeySet
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
        func keys(_ words: String) -> KeySet {
            KeySet(words.split(separator: " ").map { NameKey.of(String($0)) })
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
