import TestSupport
import Testing
import TextPipeCore

@testable import TextPipeDecode

/// Detection on real files of the shared decode set (../shared/data/decode, charset-detection test files of
/// chardet, uchardet and charset_normalizer): each family decodes to text containing a phrase read off the file
/// with Python's codec named in its manifest.
@Suite struct LegacyEncodingTests {
    static let files: [(path: String, encoding: String, phrase: String)] = [
        ("decode/files/chardet__windows-1251-russian__aif.ru.health.xml", "windows-1251", "АиФ Здоровье"),
        ("decode/files/chardet__KOI8-R__kapranoff.ru.xml", "koi8-r", "пулюм-пулюм"),
        ("decode/files/chardet__iso-8859-5-bulgarian__bpm.cult.bg.xml", "iso-8859-5", "Баладата за Джак и Роуз"),
        ("decode/files/chardet__IBM866__music.peeps.ru.xml", "ibm866", "Музыка на PeePs.ru: реце"),
        ("decode/files/chardet__IBM855__money.rin.ru.xml", "ibm855", "Экономика и финансы"),
        ("decode/files/chardet__MacCyrillic__greek.ru.xml", "x-mac-cyrillic", "Почти все о греческом на"),
        ("decode/files/chardet__windows-1250-hungarian__bbc.co.uk.hu.pressreview.xml", "windows-1250", "két fő kérdés"),
        ("decode/files/chardet__iso-8859-2-polish___ude_1.txt", "iso-8859-2", "ły tydzień kładą się spa"),
        ("decode/files/uchardet__es__windows-1252.txt", "windows-1252", "2212 €/m2, según datos"),
        ("decode/files/chardet__iso-8859-7-greek__naftemporiki.gr.fin.xml", "iso-8859-7", "Η ΝΑΥΤΕΜΠΟΡΙΚΗ : ΟΙΚΟΝΟΜ"),
        ("decode/files/chardet__windows-1255-hebrew__info.org.il.xml", "windows-1255", "נסיון ליצור RSS בעברית"),
        ("decode/files/charset_normalizer__sample-arabic-1.txt", "windows-1256", "بالموازاة مع ذلك وللإشار"),
        ("decode/files/chardet__iso-8859-9-turkish__divxplanet.com.xml", "iso-8859-9", "Türkçe 1 CD altyazısı"),
        ("decode/files/chardet__TIS-620__opentle.org.xml", "tis-620", "ซอฟแวร์โอเพนซอร์สจะสดใส"),
        ("decode/files/chardet__SHIFT_JIS__andore.com.xml", "shift_jis", "登 大遊＠筑波大学情報学類の SoftEther"),
        ("decode/files/chardet__EUC-JP__bphrs.net.xml", "euc-jp", "ある家庭の食卓事情"),
        ("decode/files/uchardet__ja__iso-2022-jp.txt", "iso-2022-jp", "（旧称 ISO 2022）は、"),
        ("decode/files/chardet__EUC-KR__critique.or.kr.xml", "euc-kr", "다섯 번째 각성:  타인의 고통"),
        ("decode/files/chardet__iso-2022-kr___ude_iso2.txt", "iso-2022-kr", "북조선 사람들은 흔히 자국을 조선(朝鮮)이나"),
        ("decode/files/chardet__GB2312__cappuccinos.3322.org.xml", "gb2312", "日子如流沙 在指缝间轻盈 我们一如流沙 在尘世间"),
        ("decode/files/chardet__Big5__oui-design.com.xml", "big5", "西班牙馬德里3大博物館聯手改造"),
    ]

    /// Code pages that give the same text on a file: naming either is right.
    static let equivalents: [String: Set<String>] = [
        "iso-8859-9": ["iso-8859-9", "windows-1254"], "tis-620": ["tis-620", "iso-8859-11", "windows-874"],
        "windows-1252": ["windows-1252", "iso-8859-15"], "gb2312": ["gb2312", "gbk"],
        "iso-8859-7": ["iso-8859-7", "windows-1253"],
    ]

    @Test(arguments: files)
    func detectsFamily(_ file: (path: String, encoding: String, phrase: String)) throws {
        let document = try runStage(DecodeStage.self, onBytes: SharedData.bytes(file.path))
        #expect(document.text.contains(file.phrase), "\(file.path) decoded as \(document.source.encoding ?? "?")")
        #expect(!document.text.contains("\u{FFFD}"))
        #expect((Self.equivalents[file.encoding] ?? [file.encoding]).contains(document.source.encoding ?? ""))
        #expect((document.source.confidence ?? 0) > 0)
        #expect(document.bytes == nil)
    }

    @Test func forcedEncodingOverridesDetection() throws {
        // "Привет, мир" in windows-1251 (Python's cp1251 codec), read as KOI8-R on purpose.
        let bytes: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0]
        let forced = try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(encoding: "koi8-r"))
        #expect(forced.source.encoding == "koi8-r")
        #expect(forced.text == "оПХБЕР, ЛХП")
        let right = try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(encoding: "cp1251"))
        #expect(right.text == "Привет, мир")
        #expect(right.source.encoding == "windows-1251")
    }

    @Test func superSetWidensWhenNeeded() throws {
        // 0x87 0x40 is "①" in Windows-31J (CP932) but undefined in plain Shift_JIS; "日本" is 0x93FA 0x967B.
        let bytes: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x87, 0x40]
        let document = try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(encoding: "shift_jis"))
        #expect(document.text == "日本\u{FFFD}@")
        let decoder = ByteDecoder(forced: nil, fallback: "windows-1252", failOnInvalid: false)
        let widened = bytes.withUnsafeBufferPointer { decoder.decodeAs("windows-31j", $0, tracksAlignment: false) }
        #expect(widened.replacements == 0)
    }

    @Test func gb18030FourByteSequences() throws {
        // Python's gb18030 codec: U+00A5 is 0x81308436, U+0E01 is 0x8132CE39, U+1F600 is 0x9439FC36.
        let bytes: [UInt8] = [0x81, 0x30, 0x84, 0x36, 0x81, 0x32, 0xCE, 0x39, 0x94, 0x39, 0xFC, 0x36]
        let document = try runStage(DecodeStage.self, onBytes: bytes, options: DecodeOptions(encoding: "gb18030"))
        #expect(document.text == "\u{A5}\u{E01}\u{1F600}")
    }
}
