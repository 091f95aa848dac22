"""The frequently used ideographs and syllables of each East Asian language, read off the structure of its
national character set standard (the first level of JIS X 0208 and GB 2312, Big5's frequent block, the KS X 1001
Hangul syllables). An unseen character from this set is likelier than one outside it."""


def _decode_range(codec, leads, trails):
    chars = []
    for lead in leads:
        for trail in trails:
            try:
                chars.append(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def common(language):
    if language == "ja":
        kana = [chr(c) for c in range(0x3041, 0x30FF)]
        return kana + _decode_range("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))
    if language == "zh-hans":
        return _decode_range("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    if language == "zh-hant":
        return _decode_range("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    if language == "ko":
        return _decode_range("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
    return []
