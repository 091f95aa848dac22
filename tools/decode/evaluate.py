"""A Python model of the decode stage's legacy-encoding detector, for tuning its constants quickly against a
manifest (../shared/data/decode/manifest.tsv). Not used at run time.

  python3 tools/decode/evaluate.py [DATA_DIR] [--only-failures]
"""
import math
import os
import pickle
import sys

import catalogue
import common_sets
import models

CACHE = "/tmp/textpipe-decode-models.pkl"
INVALID = -15.0
K = 8.0
SAMPLE = 8192


def load():
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as f:
            return pickle.load(f)
    table = {}
    for language in catalogue.LANGUAGES:
        unigrams, bigrams = models.count(language)
        kept, other, pairs = models.prune(language, unigrams, bigrams)
        table[language] = (kept, other, pairs, set(common_sets.common(language)))
    with open(CACHE, "wb") as f:
        pickle.dump(table, f)
    return table


class Model:
    def __init__(self, language, data):
        kept, other, pairs, common = data
        self.language = language
        self.ideographic = language in catalogue.IDEOGRAPHIC
        self.total = sum(kept.values()) + other
        self.kept = kept
        self.pairs = pairs
        self.common = common
        self.unseen = math.log((other + 1) / self.total / (20000 if self.ideographic else 2000))
        self.unseen_common = math.log(0.5 / self.total)
        self.row = {}
        for (a, b), c in pairs.items():
            pass

    def unigram(self, s):
        c = self.kept.get(s)
        if c is not None:
            return math.log((c + 0.5) / self.total)
        if self.ideographic and s in self.common:
            return self.unseen_common
        return self.unseen

    def score(self, text):
        symbols = [models.symbol(ch) for ch in text]
        total = 0.0
        if self.ideographic:
            for s in symbols:
                if s >= "\x80":
                    total += self.unigram(s) if s != "\ufffd" else INVALID
            return total
        prev = " "
        for s in symbols:
            if s == "\ufffd":
                total += INVALID
            elif s >= "\x80" or prev >= "\x80":
                pu = math.exp(self.unigram(s))
                ca = self.kept.get(prev)
                if ca is None:
                    total += math.log(pu)
                else:
                    total += math.log((self.pairs.get(prev + s, 0) + K * pu) / (ca + K))
            prev = s
        return total


def candidates():
    for name, codec, languages, prior in catalogue.SINGLE_BYTE:
        yield name, codec, languages, prior
    for name, codec, language, prior in catalogue.MULTI_BYTE:
        yield name, codec, [language], prior


def detect(raw, modelset):
    results = []
    for name, codec, languages, prior in candidates():
        text = raw[:SAMPLE].decode(codec, "replace")
        best = max((modelset[l].score(text), l) for l in languages)
        text = raw.decode(codec, "replace")
        results.append((best[0] + prior, name, best[1], codec, text))
    results.sort(key=lambda r: -r[0])
    return results


def main():
    data = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "../shared/data/decode"
    table = load()
    modelset = {l: Model(l, d) for l, d in table.items()}
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(data, "manifest.tsv"), encoding="utf-8")]
    rows = [dict(zip(rows[0], r)) for r in rows[1:]]
    ok = total = 0
    for r in rows:
        if r["ref_codec"] in ("", "-") or r["ref_codec"].startswith("utf") or r["ref_codec"] in ("ascii", "iso2022_jp", "iso2022_kr"):
            continue
        raw = open(os.path.join(data, r["path"]), "rb").read()
        ref = raw.decode(r["ref_codec"])
        results = detect(raw, modelset)
        good = results[0][4] == ref
        ok += good
        total += 1
        if not good or "--all" in sys.argv:
            right = next((i for i, x in enumerate(results) if x[4] == ref), None)
            print("%s %s -> %s/%s %.1f | right #%s %s %.1f" % (
                "OK " if good else "BAD", os.path.basename(r["path"])[:50], results[0][1], results[0][2], results[0][0],
                right, results[right][1] + "/" + results[right][2] if right is not None else "-",
                results[right][0] if right is not None else 0))
    print("legacy: %d/%d" % (ok, total))


if __name__ == "__main__":
    main()
