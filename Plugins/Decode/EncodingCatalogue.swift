/// The encodings the stage can decode, by canonical name, and the other names users may write for them.
enum EncodingCatalogue {
    /// Unicode encodings handled without tables.
    static let unicodeNames = ["utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "ascii"]
    /// Seven-bit stateful encodings.
    static let iso2022Names = ["iso-2022-jp", "iso-2022-kr"]
    /// GB18030 decodes with the GBK table plus its four-byte ranges.
    static let extraNames = ["gb18030"]

    /// Every canonical name.
    static let allNames: [String] =
        unicodeNames + singleByteEntries.map(\.name) + multiByteEntries.map(\.name) + iso2022Names + extraNames

    /// Other spellings, mapped to canonical names.
    static let aliases: [String: String] = [
        "utf8": "utf-8", "utf-16": "utf-16le", "utf16": "utf-16le", "utf-32": "utf-32le", "us-ascii": "ascii",
        "latin1": "iso-8859-1", "latin-1": "iso-8859-1", "latin2": "iso-8859-2", "cp1252": "windows-1252",
        "cp1250": "windows-1250", "cp1251": "windows-1251", "cp1253": "windows-1253", "cp1254": "windows-1254",
        "cp1255": "windows-1255", "cp1256": "windows-1256", "cp1257": "windows-1257", "cp1258": "windows-1258",
        "cp866": "ibm866", "cp855": "ibm855", "cp852": "ibm852", "mac-roman": "macintosh", "mac_roman": "macintosh",
        "mac-cyrillic": "x-mac-cyrillic", "mac_cyrillic": "x-mac-cyrillic", "mac-latin2": "x-mac-ce",
        "mac_latin2": "x-mac-ce", "koi8r": "koi8-r", "koi8u": "koi8-u", "tis620": "tis-620", "cp874": "windows-874",
        "sjis": "shift_jis", "shift-jis": "shift_jis", "cp932": "windows-31j", "ms932": "windows-31j",
        "eucjp": "euc-jp", "euc_jp": "euc-jp", "euckr": "euc-kr", "euc_kr": "euc-kr", "uhc": "cp949",
        "windows-949": "cp949", "cp936": "gbk", "windows-936": "gbk", "big5-tw": "big5", "cp950": "big5",
        "iso2022_jp": "iso-2022-jp", "iso2022_kr": "iso-2022-kr", "iso-2022-jp-1": "iso-2022-jp",
    ]

    /// The canonical name for a user-written name, or `nil` when the stage does not know it.
    static func canonicalName(_ name: String) -> String? {
        var key = name.lowercased()
        if key.hasPrefix("iso8859") { key = "iso-8859" + key.dropFirst(7).replacingUnderscores() }
        if key.hasPrefix("iso_8859") { key = "iso-8859" + key.dropFirst(8).replacingUnderscores() }
        if key.hasPrefix("iso-8859_") { key = "iso-8859-" + key.dropFirst(9) }
        if key.hasPrefix("iso-8859") && !key.hasPrefix("iso-8859-") { key = "iso-8859-" + key.dropFirst(8) }
        if allNames.contains(key) { return key }
        return aliases[key] ?? aliases[key.replacingUnderscores()]
    }

    /// The error message for an unknown encoding name.
    static func unknownMessage(_ name: String) -> String {
        "unknown encoding '\(name)' (known: \(allNames.joined(separator: ", ")))"
    }
}

extension StringProtocol {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
