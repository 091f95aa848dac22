/// The small English word lists the summariser needs, written for this project.
///
/// Parsed once into flat sets of ``WordHash`` hashes, so looking a token up costs one hash of its lower-cased bytes
/// and a table load.
enum SummaryWordLists {
    /// Function words and reporting verbs that say nothing about what a sentence is about; they are left out of
    /// the word profiles that similarity and centrality are computed from. Held as ``TermKey``s.
    static let stopWords = termKeys(
        """
        a about above after again against all also am among an and any are around as at be because been before
        being below between both but by can could did do does doing down during each few for from further had has
        have having he her here hers herself him himself his how i if in into is it its itself just me more most
        my myself no nor not now of off on once only onto or other our ours out over own same she should since so
        some such than that the their theirs them themselves then there these they this those through to too under
        until up upon very was we were what when where which while who whom why will with without would you your
        yours yourself yourselves said says say saying told tell one two new year years last first time like get
        got may might must shall us mr mrs ms dr also just even still yet much many well back way own
        """)

    /// Words that, opening a sentence, point back to something said before: the sentence does not stand alone.
    static let anaphoricOpeners = keys(
        """
        he she they it his her their its this these those him them such
        """)

    /// Connectives that, opening a sentence, continue an argument begun in an earlier one.
    static let continuingOpeners = keys(
        """
        but and however also meanwhile yet so still then instead moreover furthermore nevertheless besides although
        though because or nor otherwise likewise similarly therefore thus hence additionally indeed
        """)

    /// News agencies and picture desks whose name closes a photo caption ("... in Kyiv. AP/Newsis").
    static let pictureCredits = keys(
        """
        ap afp reuters getty newsis yonhap epa xinhua pa ansa kyodo tass bloomberg shutterstock alamy
        """)

    /// Job titles of a byline ("Reporter Yoon Jae-jun", "By Jane Doe, Science Correspondent").
    static let bylineTitles = keys(
        """
        reporter reporters correspondent correspondents editor writer columnist
        """)

    private static func termKeys(_ list: String) -> WordHashSet {
        WordHashSet(termKeysOf: list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    private static func keys(_ list: String) -> WordHashSet {
        WordHashSet(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
