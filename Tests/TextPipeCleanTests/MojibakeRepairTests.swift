import Testing
import TextPipeCore

@testable import TextPipeClean

/// Cases from ftfy's test data (rspeer/python-ftfy, Apache-2.0), as given in the shared clean data set, plus
/// a few of our own.
@Suite("mojibake repair")
struct MojibakeRepairTests {
    @Test(arguments: [
        ("The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.", "The Mona Lisa doesn\u{2019}t have eyebrows."),
        ("HÃ´tel de Police", "Hôtel de Police"),
        ("RUF MICH ZURÃœCK", "RUF MICH ZURÜCK"),
        ("РґРѕСЂРѕРіРµ Р\u{98}Р·-РїРѕРґ #С„СѓС‚Р±РѕР»", "дороге Из-под #футбол"),
        ("MĂĄm dost tĹ\u{99}etĂ\u{AD}ho tisĂ\u{AD}ciletĂ\u{AD}", "Mám dost třetího tisíciletí"),
        ("a bigger-than-expected Г‚ВЈ5.8bn rights issue", "a bigger-than-expected £5.8bn rights issue"),
        ("wei√ü", "weiß"),
        ("–ü–æ–¥–≥–æ—Ç–æ–≤–∫–∞ –∫ —é–±–∏–ª–µ—é", "Подготовка к юбилею"),
        ("Merci de t‚Äö√†√∂¬¨¬©l‚Äö√†√∂¬¨¬©charger", "Merci de télécharger"),
        ("hihi RT username: â\u{98}ºí\u{A0}½í¸\u{98}", "hihi RT username: ☺😘"),
        ("voilÃ  le travail", "voilà le travail"),
        ("voilÃ le travail", "voilà le travail"),
        ("com especial atenÃ§Ã£o Ã s crianÃ§as", "com especial atenção às crianças"),
        ("×‘×”×•×“×¢×”", "בהודעה"),
        ("æ—¥æœ¬èªž", "日本語"),
        ("à¸ à¸²à¸©à¸²à¹„à¸—à¸¢", "ภาษาไทย"),
        ("Ningboï¼ŒChina", "Ningbo，China"),
        (
            "The ICR has been upgraded to â€œbb+â€? from â€œbbâ€?",
            "The ICR has been upgraded to \u{201C}bb+\u{FFFD} from \u{201C}bb\u{FFFD}"
        ),
    ])
    func repairs(original: String, fixed: String) throws {
        #expect(try clean(original) == fixed)
    }

    @Test(arguments: [
        "Η ¨ανατροφή¨ δυστυχώς από τους προπονητές",
        "higher values (“+” and “×” curves) in the superficial region",
        "Join ZZAJÉ’s Official Fan List",
        "L’épisode 8 est trop fou ouahh",
        "OK??:(   `¬´    ):",
        "∆°",
        "ESSE CARA AI QUEM É¿",
        "SELKÄ\u{A0}EDELLÄ\u{A0}MAAHAN via @YouTube",
        "Offering 5×£35 pin ups",
        "a radius of 10 Å—",
        "MÄ£ÄM ÌÑÌ Q £ÄGÌ GÄLÄW ÑÍCH SÖÄ£ ÑÝÄ",
        "Campeonatos > III Divisão - Série F > Jornadas Classificação",
        "Привет, как дела? Всё хорошо, спасибо.",
        "Ünïcödé wörks fïnë: naïve café, Ærøskøbing, straße.",
    ])
    func leavesRealTextAlone(text: String) throws {
        #expect(try clean(text) == text)
    }

    @Test func c1ControlsBecomeWindows1252Punctuation() throws {
        #expect(try clean("beaucoup parlé\u{85} Tu sais") == "beaucoup parlé… Tu sais")
        #expect(try clean("\u{93}quoted\u{94}") == "\u{201C}quoted\u{201D}")
        // 0x81 has no windows-1252 character: it stays.
        #expect(try clean("intentional \u{81}") == "intentional \u{81}")
    }

    @Test func mixedLatin1AndWindows1252() throws {
        let text = "Ecuadorâ\u{80}\u{99}s â\u{80}\u{98}purely political decisionâ\u{80}\u{99}\u{85}"
        #expect(try clean(text) == "Ecuador\u{2019}s \u{2018}purely political decision\u{2019}…")
    }

    @Test func hopelessGarbleIsLeftAlone() throws {
        let text = "ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â"
        #expect(try clean(text) == text)
    }

    @Test func canBeTurnedOff() throws {
        #expect(try clean("HÃ´tel") { $0.fixMojibake = false } == "HÃ´tel")
    }

    @Test func repairKeepsAlignment() throws {
        let original = "Le HÃ´tel de Police"
        let document = try cleanTracked(original)
        #expect(document.text == "Le Hôtel de Police")
        let range = document.text.utf8Range(of: "Hôtel")
        #expect(sourceText(of: range, in: document, original: original) == "HÃ´tel")
    }
}

extension String {
    /// The UTF-8 range of the first occurrence of `needle`.
    func utf8Range(of needle: String) -> TextRange {
        let found = range(of: needle)!
        let start = utf8.distance(from: startIndex, to: found.lowerBound)
        return TextRange(start: start, end: start + needle.utf8.count)
    }
}
