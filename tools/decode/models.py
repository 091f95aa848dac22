"""Character statistics per language, counted from corpus.language_text. Standard library only."""
import collections

import catalogue
import corpus

ASCII_CLASSES = " 0!"  # whitespace, digit, other ASCII (punctuation and controls); letters stand for themselves


def symbol(ch):
    """The symbol a character counts as: ASCII letters lower-cased, ASCII digits/space/punctuation as one
    class each, other whitespace as space, other characters lower-cased where that gives one character."""
    o = ord(ch)
    if o < 128:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            return ch.lower()
        if "0" <= ch <= "9":
            return "0"
        if ch in " \t\n\r\x0b\x0c":
            return " "
        return "!"
    if ch.isspace():
        return " "
    low = ch.lower()
    return low if len(low) == 1 else ch


def count(language, limit=3_000_000):
    """(unigram Counter, bigram Counter of pairs with at least one non-ASCII symbol) for a language."""
    text = corpus.language_text(catalogue.LANGUAGES[language], limit)
    symbols = [symbol(ch) for ch in text]
    unigrams = collections.Counter(symbols)
    bigrams = collections.Counter()
    if language not in catalogue.IDEOGRAPHIC:
        prev = " "
        for s in symbols:
            if s >= "\x80" or prev >= "\x80":
                bigrams[prev + s] += 1
            prev = s
    if language not in catalogue.IDEOGRAPHIC:
        supplement_typography(unigrams, bigrams)
    return unigrams, bigrams


# Signs common in web and news text but rare in message catalogues (prices, quotations, lists). Each gets at least
# one occurrence in 50,000 symbols, half next to spaces and half next to digits or letters, so that a code page
# that reads a byte as one of them is not judged by the catalogues' silence (ISO-8859-15 differs from Latin-1 by
# its euro sign, windows-1252 from both by its quotes and dashes).
TYPOGRAPHY = "€©®°•–—…“”‘’«»„·"


def supplement_typography(unigrams, bigrams):
    total = sum(unigrams.values())
    floor = max(4, total // 50_000)
    for sign in TYPOGRAPHY:
        missing = floor - unigrams.get(sign, 0)
        if missing <= 0:
            continue
        unigrams[sign] += missing
        quarter = max(1, missing // 4)
        neighbour = "0" if sign in "€°" else "a"
        for pair in (" " + sign, sign + " ", neighbour + sign, sign + neighbour):
            bigrams[pair] += quarter


def prune(language, unigrams, bigrams):
    """Drops rare symbols and pairs so the generated tables stay small; their mass is kept as 'other'."""
    total = sum(unigrams.values())
    floor = 3 if language not in catalogue.IDEOGRAPHIC else 2
    kept = {s: c for s, c in unigrams.items() if s < "\x80" or c >= floor}
    limit = 6000 if language in catalogue.IDEOGRAPHIC else 400
    non_ascii = sorted((s for s in kept if s >= "\x80"), key=lambda s: -kept[s])
    for s in non_ascii[limit:]:
        del kept[s]
    other = total - sum(kept.values())
    pairs = {p: c for p, c in bigrams.items() if c >= 2 and p[0] in kept and p[1] in kept}
    return kept, other, pairs
