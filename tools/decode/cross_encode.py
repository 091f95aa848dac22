"""Re-encodes the texts of the decode set into the other code pages of their family and checks that a
detector harness decodes them back (a rough test of generalisation; see README.md). Paths are local to the
machine: build the driver first with tools/decode/harness/build.sh (it writes /tmp/dh/dh)."""
import os, subprocess, collections
os.makedirs("/tmp/synth", exist_ok=True)
os.makedirs("/tmp/dh/out", exist_ok=True)
root = "/work/shared/data/decode"
rows = [l.rstrip("\n").split("\t") for l in open(root + "/manifest.tsv")]
rows = [dict(zip(rows[0], r)) for r in rows[1:] if len(r) > 6 and r[6] not in ("", "-")]
families = {
 "cyr": ["cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "cp855", "mac_cyrillic"],
 "ce": ["cp1250", "iso8859_2", "iso8859_16", "mac_latin2", "cp852", "iso8859_13"],
 "we": ["cp1252", "latin_1", "iso8859_15", "mac_roman"],
 "el": ["cp1253", "iso8859_7"], "he": ["cp1255", "iso8859_8"], "ar": ["cp1256", "iso8859_6"],
 "tr": ["cp1254", "iso8859_9"], "ja": ["shift_jis", "euc_jp", "iso2022_jp", "cp932"],
 "ko": ["euc_kr", "johab", "iso2022_kr", "cp949"], "zh": ["gb2312", "gbk", "gb18030"], "tw": ["big5"], "th": ["tis_620", "cp874"],
 "bal": ["cp1257", "iso8859_13", "iso8859_4"],
}
fam_of = {}
for f, cs in families.items():
    for c in cs: fam_of.setdefault(c.replace("-", "_"), f)
alias = {"cp1251":"cp1251","koi8-r":"koi8_r","iso8859-5":"iso8859_5","cp866":"cp866","cp855":"cp855","mac_cyrillic":"mac_cyrillic",
 "cp1250":"cp1250","iso8859-2":"iso8859_2","iso8859-16":"iso8859_16","mac_latin2":"mac_latin2","cp852":"cp852","iso8859-13":"iso8859_13",
 "cp1252":"cp1252","iso8859-1":"latin_1","iso8859-15":"iso8859_15","cp1253":"cp1253","iso8859-7":"iso8859_7","cp1255":"cp1255","iso8859-8":"iso8859_8",
 "cp1256":"cp1256","iso8859-6":"iso8859_6","cp1254":"cp1254","iso8859-9":"iso8859_9","shift_jis":"shift_jis","euc_jp":"euc_jp","cp932":"cp932",
 "euc_kr":"euc_kr","cp949":"cp949","johab":"johab","gb2312":"gb2312","big5":"big5","tis_620":"tis_620","iso8859-4":"iso8859_4"}
cases = []
for r in rows:
    c = alias.get(r["true_encoding"])
    if not c or c not in fam_of: continue
    text = open(root + "/" + r["path"], "rb").read().decode(r["ref_codec"])
    for target in families[fam_of[c]]:
        if target == c: continue
        try: data = text.encode(target)
        except UnicodeEncodeError: continue
        if data == text.encode(c): continue
        name = "%s__as__%s" % (os.path.basename(r["path"]), target)
        open("/tmp/synth/" + name, "wb").write(data)
        cases.append((name, target, text))
res = subprocess.run(["/tmp/dh/dh", "--decode", "/tmp/dh/out"] + ["/tmp/synth/" + n for n, _, _ in cases], capture_output=True, text=True).stdout
info = {l.split()[0]: l.split()[1:] for l in res.splitlines()}
ok = 0; bad = collections.Counter(); tot = collections.Counter()
for name, target, text in cases:
    t = open("/tmp/dh/out/" + name, encoding="utf-8", newline="").read()
    tot[target] += 1
    if t == text: ok += 1
    else:
        bad[target] += 1
        print("BAD", name[:70], info.get(name))
print("synthetic ok %d/%d" % (ok, len(cases)))
print({k: "%d/%d" % (tot[k]-bad[k], tot[k]) for k in tot})
