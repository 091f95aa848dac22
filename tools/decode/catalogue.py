"""The encodings the decode stage knows: output name, Python codec that defines the reference mapping, and the
languages whose text is plausibly written in it. Shared by generate.py and evaluate.py."""

# Language code -> locale folders under /usr/share/locale whose catalogues train its model.
LANGUAGES = {
    "ru": ["ru"], "bg": ["bg"], "uk": ["uk"], "sr": ["sr"], "mk": ["mk"], "be": ["be"],
    "cs": ["cs"], "sk": ["sk"], "pl": ["pl"], "hu": ["hu"], "hr": ["hr"], "sl": ["sl"], "ro": ["ro"],
    "lt": ["lt"], "lv": ["lv"], "et": ["et"],
    "fr": ["fr"], "es": ["es"], "de": ["de"], "pt": ["pt", "pt_BR"], "it": ["it"], "sv": ["sv"], "da": ["da"],
    "fi": ["fi"], "ga": ["ga"], "nl": ["nl"], "ca": ["ca"], "is": ["is"],
    "eo": ["eo"], "mt": ["mt"], "tr": ["tr"], "vi": ["vi"],
    "el": ["el"], "he": ["he"], "ar": ["ar"], "fa": ["fa"], "th": ["th"],
    "ja": ["ja"], "zh-hans": ["zh_CN"], "zh-hant": ["zh_TW", "zh_HK"], "ko": ["ko"],
}

# Languages modelled by single characters only (large alphabets); the rest use character bigrams.
IDEOGRAPHIC = {"ja", "zh-hans", "zh-hant", "ko"}

CENTRAL = ["cs", "sk", "pl", "hu", "hr", "sl", "ro"]
CYRILLIC = ["ru", "bg", "uk", "sr", "mk", "be"]
WESTERN = ["fr", "es", "de", "pt", "it", "sv", "da", "fi", "ga", "nl", "ca", "is"]
BALTIC = ["lt", "lv", "et"]

# (output name, Python codec, languages, prior). The prior breaks near-ties: the more common code page of a
# family wins when the text gives no evidence either way.
SINGLE_BYTE = [
    ("windows-1252", "cp1252", WESTERN, 0.0),
    ("iso-8859-1", "latin_1", WESTERN, -0.5),
    ("iso-8859-15", "iso8859_15", WESTERN, -1.0),
    ("macintosh", "mac_roman", WESTERN, -3.0),
    ("windows-1250", "cp1250", CENTRAL, 0.0),
    ("iso-8859-2", "iso8859_2", CENTRAL, -0.3),
    ("iso-8859-16", "iso8859_16", ["ro", "pl", "hu", "hr", "sl"], -2.0),
    ("x-mac-ce", "mac_latin2", CENTRAL, -3.0),
    ("ibm852", "cp852", CENTRAL, -2.0),
    ("windows-1251", "cp1251", CYRILLIC, 0.0),
    ("koi8-r", "koi8_r", ["ru", "bg"], -0.5),
    ("koi8-u", "koi8_u", ["uk", "ru"], -1.0),
    ("iso-8859-5", "iso8859_5", CYRILLIC, -0.5),
    ("ibm866", "cp866", ["ru", "uk", "bg", "be"], -1.0),
    ("ibm855", "cp855", ["ru", "bg", "sr", "mk", "uk"], -1.5),
    ("x-mac-cyrillic", "mac_cyrillic", ["ru", "bg", "uk"], -1.5),
    ("windows-1253", "cp1253", ["el"], 0.0),
    ("iso-8859-7", "iso8859_7", ["el"], -0.3),
    ("windows-1254", "cp1254", ["tr"], 0.0),
    ("iso-8859-9", "iso8859_9", ["tr"], -0.3),
    ("iso-8859-3", "iso8859_3", ["eo", "mt", "tr"], -2.0),
    ("windows-1255", "cp1255", ["he"], 0.0),
    ("iso-8859-8", "iso8859_8", ["he"], -0.3),
    ("windows-1256", "cp1256", ["ar", "fa"], 0.0),
    ("iso-8859-6", "iso8859_6", ["ar"], -0.3),
    ("windows-1257", "cp1257", BALTIC, 0.0),
    ("iso-8859-4", "iso8859_4", BALTIC, -1.0),
    ("iso-8859-13", "iso8859_13", BALTIC + ["pl", "hr", "sl"], -1.0),
    ("iso-8859-10", "iso8859_10", ["lv", "lt", "et", "is", "da", "sv", "fi"], -2.0),
    ("iso-8859-14", "iso8859_14", ["ga"], -3.0),
    ("windows-1258", "cp1258", ["vi"], -1.0),
    ("windows-874", "cp874", ["th"], 0.0),
    ("tis-620", "tis_620", ["th"], -0.2),
    ("iso-8859-11", "iso8859_11", ["th"], -0.4),
]

# Multi-byte encodings: (output name, Python codec, language, prior, table kind).
MULTI_BYTE = [
    ("shift_jis", "shift_jis", "ja", 0.0),
    ("windows-31j", "cp932", "ja", -0.5),
    ("euc-jp", "euc_jp", "ja", 0.0),
    ("euc-kr", "euc_kr", "ko", 0.0),
    ("cp949", "cp949", "ko", -0.5),
    ("johab", "johab", "ko", -1.0),
    ("gb2312", "gb2312", "zh-hans", 0.0),
    ("gbk", "gbk", "zh-hans", -0.5),
    ("big5", "big5", "zh-hant", 0.0),
]
