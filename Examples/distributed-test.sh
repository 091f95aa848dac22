#!/usr/bin/env bash
# Runs the Spark and Dask examples (Examples/spark, Examples/dask) on a 2-partition sample of the news corpus
# and checks that every document comes back exactly once with its layers; prints their timings next to a direct
# `textpipe run` of the same sample.
#
#   Examples/distributed-test.sh [SHARED_DATA_DIR]      (default: ../shared/data beside the repository)
#
# Environment:
#   TEXTPIPE        the textpipe binary (default: .build/release/textpipe in the repository)
#   PIPELINE        a built-in pipeline name or a YAML file (default: news)
#   EXPECT_LAYERS   layers every document must carry (default: sentences,entities,numbers,summary for news,
#                   else sentences)
#   DOCS            documents in the sample (default: 200; use a few thousand for steadier per-document figures)
#   TEXTPIPE_SCALE_VENV  the virtual environment to create or reuse (default: ${TMPDIR:-/tmp}/textpipe-scale-venv)
#   SPARK_STANDALONE=1   also start a standalone Spark master and worker on 127.0.0.1 and run the Spark example
#                   on them (ports SPARK_MASTER_PORT, default 7077, and SPARK_WORKER_PORT, default 7078)
#
# Exit status: 0 when both examples pass, or when the package registry cannot be reached (the examples are then
# skipped, with a message saying so); 1 for any other failure. Safe to run again: the venv is reused.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
data=${1:-$root/../shared/data}
textpipe=${TEXTPIPE:-$root/.build/release/textpipe}
pipeline=${PIPELINE:-news}
docs=${DOCS:-200}
venv=${TEXTPIPE_SCALE_VENV:-${TMPDIR:-/tmp}/textpipe-scale-venv}
# Versions measured with; pyspark 4 needs Java 17 or later.
requirements=(pyspark==4.3.0 dask==2026.8.0)

if [[ $pipeline == news ]]; then layers=${EXPECT_LAYERS:-sentences,entities,numbers,summary}
else layers=${EXPECT_LAYERS:-sentences}; fi
[[ -f $pipeline ]] && pipeline=$(cd "$(dirname "$pipeline")" && pwd)/$(basename "$pipeline")

fail() { echo "distributed-test: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# --- prerequisites ------------------------------------------------------------------------------------------
[[ -x $textpipe ]] || fail "no textpipe binary at $textpipe (build one with: swift build -c release --product textpipe; or set TEXTPIPE)"
textpipe=$(cd "$(dirname "$textpipe")" && pwd)/$(basename "$textpipe")
corpus=$data/corpus/news.jsonl.gz
[[ -f $corpus ]] || fail "no corpus at $corpus (pass the shared data folder as the first argument)"
java -version >/dev/null 2>&1 || fail "no java on the PATH: Spark 4 needs Java 17 or later"
"$textpipe" validate "$pipeline" || fail "the pipeline $pipeline does not validate"

# --- the virtual environment (reused when it already holds these versions) -----------------------------------
stamp=$venv/.textpipe-requirements
if [[ -f $stamp && "$(cat "$stamp")" == "${requirements[*]}" ]] &&
   "$venv/bin/python" -c 'import pyspark, dask.bag' 2>/dev/null; then
    echo "distributed-test: reusing $venv"
else
    echo "distributed-test: installing ${requirements[*]} into $venv"
    python3 -m venv --clear "$venv" || fail "cannot create a venv at $venv (is python3-venv installed?)"
    piplog=$venv/pip-install.log
    if ! "$venv/bin/pip" install --disable-pip-version-check --retries 2 --timeout 30 "${requirements[@]}" \
            >"$piplog" 2>&1; then
        if grep -qiE 'NewConnectionError|Failed to establish a new connection|Temporary failure in name resolution|Name or service not known|ConnectTimeout|Network is unreachable|Connection refused|ProxyError|ReadTimeoutError|SSLError' "$piplog"; then
            tail -n 3 "$piplog" >&2
            echo "distributed-test: skipped: package registry unreachable (pip could not connect; see $piplog)"
            exit 0
        fi
        tail -n 20 "$piplog" >&2
        fail "pip install failed (see $piplog)"
    fi
    echo "${requirements[*]}" >"$stamp"
fi
python=$venv/bin/python

# --- the sample: DOCS documents spread over the corpus, in two part files ------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/textpipe-distributed.XXXXXX")
sparkdaemons=()
cleanup() {
    local daemon pid tries
    for daemon in "${sparkdaemons[@]}"; do
        pid=$(cat "$SPARK_PID_DIR/spark-$SPARK_IDENT_STRING-$daemon-1.pid" 2>/dev/null)
        "$SPARK_HOME/sbin/spark-daemon.sh" stop "$daemon" 1 >/dev/null 2>&1
        # Wait for it to exit, so that a second run finds its ports free.
        for ((tries = 0; tries < 60; tries++)); do
            [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
    done
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/input"
"$python" - "$corpus" "$docs" "$work" <<'EOF' || fail "cannot make the sample"
import gzip, sys
corpus, wanted, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with gzip.open(corpus, "rt", encoding="utf-8") as lines:
    documents = [line for line in lines if line.strip()]
step = max(1, len(documents) // wanted)
sample = documents[::step][:wanted]
half = (len(sample) + 1) // 2
for index, part in enumerate([sample[:half], sample[half:]]):
    with open("%s/input/part-%05d.jsonl" % (work, index), "w", encoding="utf-8") as out:
        out.writelines(part)
with open(work + "/sample.jsonl", "w", encoding="utf-8") as out:
    out.writelines(sample)
with open(work + "/one.jsonl", "w", encoding="utf-8") as out:
    out.write(sample[0])
print("distributed-test: sample of %d documents (every %dth of %d) in 2 parts" % (len(sample), step, len(documents)))
EOF
docs=$(wc -l <"$work/sample.jsonl")

# --- a direct run of the same sample, for comparison ---------------------------------------------------------
t0=$(now)
"$textpipe" run "$pipeline" --input-format jsonl --jobs 2 --no-progress - <"$work/one.jsonl" >/dev/null
t1=$(now)
"$textpipe" run "$pipeline" --input-format jsonl --jobs 2 --no-progress - <"$work/sample.jsonl" >"$work/direct.jsonl"
status=$?
t2=$(now)
(( status <= 1 )) || fail "direct textpipe run failed with exit status $status"
[[ $(wc -l <"$work/direct.jsonl") -eq $docs ]] || fail "the direct run wrote $(wc -l <"$work/direct.jsonl") documents, not $docs"
direct="{\"startup_s\": $(elapsed "$t0" "$t1"), \"total_s\": $(elapsed "$t1" "$t2")}"

# --- the examples ----------------------------------------------------------------------------------------------
export SPARK_LOCAL_IP=127.0.0.1           # bind Spark to the loopback interface only
export PYSPARK_PYTHON=$python             # Spark's Python workers use the venv too
export SPARK_HOME
SPARK_HOME=$("$python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')
results=()
failures=0
run_example() {  # NAME COMMAND...: runs one example, keeps its TIMINGS line with the wall time added
    local name=$1; shift
    local start end
    start=$(now)
    "$@" >"$work/$name.out" 2>"$work/$name.err"
    local status=$?
    end=$(now)
    cat "$work/$name.out"
    if (( status != 0 )); then
        echo "distributed-test: $name FAILED (exit status $status); its last messages:" >&2
        grep -v '^\s*$' "$work/$name.err" | tail -n 25 >&2
        failures=$((failures + 1))
        return
    fi
    local timings
    timings=$(sed -n 's/^TIMINGS //p' "$work/$name.out")
    results+=("$name $(elapsed "$start" "$end") $timings")
}
common=(--textpipe "$textpipe" --pipeline "$pipeline" --expect-layers "$layers" --no-errors)
run_example "spark-local[2]" "$python" "$root/Examples/spark/textpipe_spark.py" "$work/input" "$work/spark-out" \
    --master 'local[2]' "${common[@]}"
run_example "dask-threads" "$python" "$root/Examples/dask/textpipe_dask.py" "$work/input" "$work/dask-out" \
    "${common[@]}"

if [[ ${SPARK_STANDALONE:-0} == 1 ]]; then
    # The pip wheel has no start-master.sh/start-worker.sh: start both classes through spark-daemon.sh.
    export SPARK_LOG_DIR=$work/spark-logs SPARK_PID_DIR=$work/spark-pids SPARK_IDENT_STRING=textpipe-test
    master=spark://127.0.0.1:${SPARK_MASTER_PORT:-7077}
    "$SPARK_HOME/sbin/spark-daemon.sh" start org.apache.spark.deploy.master.Master 1 \
        --host 127.0.0.1 --port "${SPARK_MASTER_PORT:-7077}" --webui-port 0 >/dev/null &&
        sparkdaemons+=(org.apache.spark.deploy.master.Master)
    "$SPARK_HOME/sbin/spark-daemon.sh" start org.apache.spark.deploy.worker.Worker 1 \
        --host 127.0.0.1 --port "${SPARK_WORKER_PORT:-7078}" --webui-port 0 --cores 2 --memory 2g \
        --work-dir "$work/spark-work" "$master" >/dev/null &&
        sparkdaemons+=(org.apache.spark.deploy.worker.Worker)
    run_example "spark-standalone" "$SPARK_HOME/bin/spark-submit" --master "$master" \
        "$root/Examples/spark/textpipe_spark.py" "$work/input" "$work/spark-standalone-out" "${common[@]}"
fi

# --- the figures -------------------------------------------------------------------------------------------
"$python" - "$docs" "$direct" "${results[@]}" <<'EOF'
import json, sys
docs, direct = int(sys.argv[1]), json.loads(sys.argv[2])
direct_work = direct["total_s"] - direct["startup_s"]
print("\nTimings for %d documents (seconds; per 1,000 documents = processing time scaled):" % docs)
print("%-18s %8s %9s %9s %8s %10s %14s" % ("", "wall", "start-up", "process", "check", "per 1,000", "extra/1,000"))
print("%-18s %8.2f %9.2f %9.2f %8s %10.2f %14s" % (
    "textpipe run -j 2", direct["total_s"], direct["startup_s"], direct_work, "-", direct_work / docs * 1000, "-"))
for result in sys.argv[3:]:
    name, wall, timings = result.split(" ", 2)
    timings = json.loads(timings)
    wall = float(wall)
    print("%-18s %8.2f %9.2f %9.2f %8.2f %10.2f %14.2f" % (
        name, wall, timings["startup_s"], timings["process_s"], timings["check_s"],
        timings["process_s"] / docs * 1000, (timings["process_s"] - direct_work) / docs * 1000))
print("wall: the whole command; start-up: textpipe on one document, or the engine's context or client;"
      "\nprocess: piping the sample through textpipe and writing it; extra/1,000: process time over the direct run's."
      "\nA small sample's process time is mostly fixed per-job costs; use DOCS=5000 for per-document figures.")
EOF

if (( failures > 0 )); then
    echo "distributed: $(( ${#results[@]} )) passed, $failures failed"
    exit 1
fi
echo "distributed: ${#results[@]} passed, 0 failed"
