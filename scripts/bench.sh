#!/usr/bin/env bash
# Prints every performance figure TextPipe reports, measured on this machine with a release build:
# throughput of the news pipeline with -j 1 and -j 2 (and their ratio), per-stage times, the speed of each
# stage alone against a pass-through baseline measured in the same run, peak memory on a 200 MB stream,
# and start-up time. Usage: scripts/bench.sh [TEXTPIPE] (default: a fresh release build).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${TEXTPIPE_SHARED_DATA:-../shared/data}"
CORPUS="$SHARED/corpus/news.jsonl.gz"
SCORE="$(dirname "$SHARED")/eval/score.py"

if [ $# -ge 1 ]; then
    TEXTPIPE="$1"
else
    swift build -c release --product textpipe >&2
    TEXTPIPE=.build/release/textpipe
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
gunzip -c "$CORPUS" > "$WORK/news.jsonl"
MB=$(python3 -c "import json;print(sum(len(json.loads(l)['text'].encode()) for l in open('$WORK/news.jsonl'))/1e6)")
echo "corpus: $CORPUS ($MB MB of text)"

seconds() { # seconds for: textpipe run PIPELINE --input-format jsonl -j J FILE
    local start end
    start=$(date +%s.%N)
    "$TEXTPIPE" run "$1" --input-format jsonl -j "$2" "$3" > /dev/null
    end=$(date +%s.%N)
    python3 -c "print($end - $start)"
}
rate() { python3 -c "print('%.1f' % ($MB / $1))"; }


echo
echo "== throughput of the news pipeline"
printf 'name: passthrough\nstages:\n  - decode\n' > "$WORK/passthrough.yaml"
base=$(seconds "$WORK/passthrough.yaml" 1 "$WORK/news.jsonl")
one=$(seconds news 1 "$WORK/news.jsonl")
two=$(seconds news 2 "$WORK/news.jsonl")
echo "baseline (decode only, -j 1): $(rate "$base") MB/s"
echo "news -j 1: $(rate "$one") MB/s"
echo "news -j 2: $(rate "$two") MB/s ($(python3 -c "print('%.2f' % ($one / $two))")x -j 1)"

echo
echo "== per-stage times, news pipeline, -j 1"
"$TEXTPIPE" run news --input-format jsonl -j 1 --stats "$WORK/news.jsonl" 2>&1 >/dev/null | tail -n +1

echo
echo "== each stage alone, -j 1 (MB/s; the decode-only baseline above is the pass-through cost)"
for stages in "sentence_split" "clean" "number_extract" "sentence_split entity_tag" "sentence_split summarise"; do
    {
        echo "name: bench"
        echo "stages:"
        echo "  - decode"
        for s in $stages; do echo "  - $s"; done
    } > "$WORK/stage.yaml"
    t=$(seconds "$WORK/stage.yaml" 1 "$WORK/news.jsonl")
    echo "decode + ${stages// / + }: $(rate "$t") MB/s"
done

echo
echo "== peak memory: a ~200 MB JSONL stream on stdin, news pipeline, -j 2"
python3 - "$WORK/news.jsonl" <<'PY' > "$WORK/big.jsonl"
import json, sys
lines = open(sys.argv[1]).read().splitlines()
size, copy = 0, 0
while size < 200e6:
    for line in lines:
        d = json.loads(line); d["id"] = "%s-%d" % (d["id"], copy)
        out = json.dumps(d); size += len(out) + 1; print(out)
    copy += 1
PY
ls -l "$WORK/big.jsonl" | awk '{printf "stream: %.0f MB\n", $5/1e6}'
/usr/bin/time -f "peak RSS: %M KB, %e s" "$TEXTPIPE" run news --input-format jsonl -j 2 - < "$WORK/big.jsonl" > /dev/null

echo
echo "== start-up: textpipe run news on one small file (best and median of 20)"
python3 - "$TEXTPIPE" <<'PY'
import subprocess, sys, time
times = []
for _ in range(20):
    t = time.perf_counter()
    subprocess.run([sys.argv[1], "run", "news", "samples/fnnews-2026-02-05-zelenskyy.txt"], stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - t)
times.sort()
print("start-up: best %.1f ms, median %.1f ms" % (times[0] * 1000, times[len(times) // 2] * 1000))
PY
