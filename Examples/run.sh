#!/usr/bin/env bash
# Builds and runs every example against a textpipe binary; exits non-zero on the first failure.
#
#   TEXTPIPE=/path/to/textpipe Examples/run.sh     # default: a fresh release build of this checkout
#   MEASURE=1 Examples/run.sh                      # also print the per-document overhead of each way
#
# Each example package builds in its own .build folder (they are separate SwiftPM packages depending on
# TextPipe by path). The RuntimePlugin example is built without --static-swift-stdlib, and so must the textpipe
# that loads it: two Swift runtimes in one process crash.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

if [[ -z "${TEXTPIPE:-}" ]]; then
    step "building textpipe (release)"
    (cd "$root" && swift build -c release --scratch-path .build-examples --product textpipe)
    TEXTPIPE="$root/.build-examples/release/textpipe"
fi
[[ -x "$TEXTPIPE" ]] || fail "TEXTPIPE=$TEXTPIPE is not an executable"
sample="$root/../shared/data/samples/fnnews-2026-02-05-zelenskyy.txt"
[[ -f "$sample" ]] || sample="$here/CustomStage/input/contact.txt"

# Checks that a JSONL file has `count` documents, none failed, each holding `layer`.
check() {
    python3 - "$@" <<'PY'
import json, sys
path, layer, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
assert len(docs) == count, f"{path}: expected {count} documents, found {len(docs)}"
for doc in docs:
    assert "error" not in doc, f"{path}: {doc['id']} failed: {doc['error']}"
    assert layer in doc, f"{path}: {doc['id']} has no '{layer}' layer (keys: {sorted(doc)})"
print(f"ok: {count} document(s) with '{layer}'")
PY
}

step "1. compiled in: Examples/CustomStage (redact)"
# One scratch folder for CustomStage and the package new-stage makes below: both build the same TextPipe.
scratch="$root/.build-examples-packages"
(cd "$here/CustomStage" && swift build -c release --scratch-path "$scratch" && swift test -c release --scratch-path "$scratch")
redact="$scratch/release/textpipe-redact"
"$redact" stages redact
"$redact" run "$here/CustomStage/pipeline.yaml" "$here/CustomStage/input/contact.txt" > "$work/redact.jsonl"
check "$work/redact.jsonl" redactions 1
python3 - "$work/redact.jsonl" <<'PY'
import json, sys
doc = json.loads(open(sys.argv[1], encoding="utf-8").readline())
assert "@" not in doc["text"] and "555-0147" not in doc["text"], doc["text"]
kinds = [r["kind"] for r in doc["redactions"]]
assert kinds == ["email", "phone", "email", "phone"], kinds
for r in doc["redactions"]:
    placeholder = doc["text"][r["start"]:r["end"]]
    assert placeholder in ("[EMAIL]", "[phone number]"), placeholder
print("ok: redactions point at their placeholders")
PY

step "2. runtime plugin: Examples/RuntimePlugin (reading_time)"
(cd "$here/RuntimePlugin" && swift build -c release)
plugin="$here/RuntimePlugin/.build/release/libReadingTimePlugin.so"
[[ -f "$plugin" ]] || plugin="$here/RuntimePlugin/.build/release/libReadingTimePlugin.dylib"
"$TEXTPIPE" run "$here/RuntimePlugin/pipeline.yaml" "$sample" > "$work/plugin.jsonl"
check "$work/plugin.jsonl" reading_time 1
printf 'stages:\n  - sentence_split\n  - reading_time\n' > "$work/cli.yaml"
printf 'Short text. Two sentences.' | "$TEXTPIPE" run --plugin "$plugin" "$work/cli.yaml" - > "$work/plugin-cli.jsonl"
check "$work/plugin-cli.jsonl" reading_time 1
python3 - "$work/plugin-cli.jsonl" <<'PY'
import json, sys
doc = json.loads(open(sys.argv[1]).readline())
assert doc["reading_time"]["words"] == 4 and doc["reading_time"]["mean_sentence_words"] == 2.0, doc
print("ok: the plugin read the typed sentences layer")
PY
# A bad option is reported at its line, by the plugin, through the host.
printf 'plugins: [%s]\nstages:\n  - reading_time: {words_per_minute: 0}\n' "$plugin" > "$work/bad.yaml"
if "$TEXTPIPE" validate "$work/bad.yaml" 2> "$work/err.txt"; then
    fail "a bad plugin option was accepted"
fi
grep -q "words_per_minute' of 'reading_time' must be at least 1" "$work/err.txt" || fail "unexpected error: $(cat "$work/err.txt")"
echo "ok: plugin option errors are located"

step "3. any language: Examples/ExecPython (exec)"
"$TEXTPIPE" run "$here/ExecPython/pipeline.yaml" "$sample" > "$work/exec.jsonl"
check "$work/exec.jsonl" quotes 1

step "textpipe new-stage"
"$TEXTPIPE" new-stage word_count --path "$work/WordCount" --textpipe-source "$root"
(cd "$work/WordCount" && swift test -c release --scratch-path "$scratch")
echo "ok: the scaffolded package's test passes"

if [[ "${MEASURE:-0}" == "1" ]]; then
    step "per-document overhead on the seed article (release, -j 1)"
    python3 "$here/measure_overhead.py" --textpipe "$TEXTPIPE" --redact "$redact" --plugin "$plugin" --sample "$sample"
fi

step "all examples passed"
