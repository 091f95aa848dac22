#!/usr/bin/env python3
"""Run a TextPipe pipeline over a partitioned JSONL dataset with a Dask bag.

Each partition of the bag (a list of JSONL lines) is handed to one ``textpipe run PIPELINE --input-format
jsonl -`` process through ``subprocess``; its output lines (the JSONL output contract: ``sentences``,
``entities``, ``numbers``, ``summary`` layers, or an ``error`` field) become the partition's result. The
results go to one output folder of ``part-N.jsonl`` files, which are then read back and checked: every input id
must come back exactly once, with the expected layers or an error.

    python textpipe_dask.py INPUT OUTPUT --textpipe /path/to/textpipe

INPUT is a JSONL file or a folder of JSONL part files (``.gz`` files are read too); each file is one partition
unless --partitions says otherwise. OUTPUT must not exist yet. Exit status: 0 when the check passes, 1 when it
fails, 2 for bad arguments or a pipeline that does not validate.
"""

import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import time

NEWS_LAYERS = "sentences,entities,numbers,summary"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a JSONL file or a folder of JSONL part files")
    parser.add_argument("output", help="the output folder (must not exist)")
    parser.add_argument("--textpipe", default=os.environ.get("TEXTPIPE", "textpipe"),
                        help="the textpipe binary (default: $TEXTPIPE, else textpipe on the PATH)")
    parser.add_argument("--pipeline", default="news",
                        help="a built-in pipeline name or a pipeline YAML file (default: news)")
    parser.add_argument("--partitions", type=int,
                        help="repartition the input into this many partitions (default: one per file)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="textpipe worker threads per partition; Dask already runs partitions in parallel "
                             "(default: 1)")
    parser.add_argument("--expect-layers", default=NEWS_LAYERS,
                        help="comma-separated layers every successful document must carry "
                             "(default: %s)" % NEWS_LAYERS)
    parser.add_argument("--no-errors", action="store_true",
                        help="fail the check if any document carries an error field")
    parser.add_argument("--scheduler", default="threads",
                        help="threads, processes or synchronous; or the address of a dask.distributed "
                             "scheduler such as tcp://127.0.0.1:8786 (needs `pip install distributed`). "
                             "Threads suffice: the work happens in the textpipe processes (default: threads)")
    return parser.parse_args(argv)


def resolve_local_path(path):
    """An absolute path for a file argument, so the command works from any worker's working directory."""
    return os.path.abspath(path) if os.path.exists(path) else path


def validate_pipeline(textpipe, pipeline):
    """Fail early if the binary is missing or the pipeline is wrong, rather than once per partition."""
    try:
        result = subprocess.run([textpipe, "validate", pipeline], capture_output=True, text=True)
    except OSError as error:
        sys.exit("error: cannot run textpipe (%s): %s" % (textpipe, error))
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(2)


def data_location(path):
    """A URL (s3://, file://) as given; a local path made absolute for the workers."""
    return path if "://" in path else os.path.abspath(path)


def input_files(path):
    """One partition per file: the JSONL part files of a folder, or the one file (or URL glob) given."""
    path = data_location(path)
    if os.path.isdir(path):
        files = sorted(glob.glob(os.path.join(path, "*.jsonl")) + glob.glob(os.path.join(path, "*.jsonl.gz")))
        if not files:
            sys.exit("error: no *.jsonl or *.jsonl.gz files in %s" % path)
        return files
    return [path]


def run_textpipe(command):
    """The function each partition goes through: its lines in, one textpipe process, its output lines out."""
    def process_partition(lines):
        payload = "".join(line if line.endswith("\n") else line + "\n" for line in lines if line.strip())
        if not payload:
            return []
        result = subprocess.run(command, input=payload.encode("utf-8"), capture_output=True)
        # 0: all documents done; 1: some documents failed and carry an "error" field (the check counts them).
        if result.returncode not in (0, 1):
            raise RuntimeError("textpipe exited with %d: %s" % (
                result.returncode, result.stderr.decode("utf-8", "replace")[-2000:]))
        return result.stdout.decode("utf-8").splitlines()
    return process_partition


def normalised_id(value):
    """textpipe writes ids as strings; a numeric input id comes back as its JSON text."""
    return value if isinstance(value, str) else json.dumps(value)


def classify(line, expected_layers):
    """(id, status) of one output line: "ok", "error", "missing:<layers>" or "unreadable"."""
    try:
        document = json.loads(line)
    except ValueError:
        return (None, "unreadable")
    identifier = normalised_id(document.get("id"))
    if "error" in document:
        return (identifier, "error")
    missing = [layer for layer in expected_layers if layer not in document]
    return (identifier, "missing:" + ",".join(missing) if missing else "ok")


def check(input_bag, output_folder, expected_layers, allow_errors, scheduler):
    """Reads the written output back and compares it with the input; returns (status counts, problems)."""
    import dask
    import dask.bag as db

    statuses = db.read_text(output_folder.rstrip("/") + "/*.jsonl").map(classify, expected_layers)
    input_ids = input_bag.filter(lambda line: line.strip()).map(lambda line: normalised_id(json.loads(line).get("id")))
    in_counts, out_counts, status_counts = dask.compute(
        input_ids.frequencies(), statuses.pluck(0).frequencies(), statuses.pluck(1).frequencies(),
        scheduler=scheduler)
    in_counts, out_counts = collections.Counter(dict(in_counts)), collections.Counter(dict(out_counts))
    status_counts = dict(status_counts)

    problems = []
    mismatched = [(key, in_counts[key], out_counts[key])
                  for key in set(in_counts) | set(out_counts) if in_counts[key] != out_counts[key]]
    if mismatched:
        examples = ", ".join("%s (in %d, out %d)" % item for item in sorted(mismatched, key=str)[:5])
        problems.append("%d ids do not come back exactly once: %s" % (len(mismatched), examples))
    for status, count in sorted(status_counts.items()):
        if status.startswith("missing:") or status == "unreadable":
            problems.append("%d documents %s" % (count, status.replace("missing:", "lack layers ")))
    if status_counts.get("error") and not allow_errors:
        failed = (statuses.filter(lambda pair: pair[1] == "error").pluck(0)
                  .take(5, npartitions=-1, compute=False, warn=False).compute(scheduler=scheduler))
        problems.append("%d documents carry an error, e.g. %s" % (status_counts["error"], ", ".join(failed)))
    return status_counts, problems


def main(argv):
    arguments = parse_arguments(argv)
    textpipe = resolve_local_path(arguments.textpipe)
    pipeline = resolve_local_path(arguments.pipeline)
    expected_layers = [layer for layer in arguments.expect_layers.split(",") if layer]
    validate_pipeline(textpipe, pipeline)
    output = data_location(arguments.output)
    if "://" not in output:
        if os.path.exists(output):
            sys.exit("error: %s exists already" % output)
        os.makedirs(output)

    started = time.monotonic()
    import dask.bag as db

    scheduler = arguments.scheduler
    client = None
    if "://" in scheduler:
        from dask.distributed import Client
        client = Client(scheduler)
        scheduler = client.get
    ready = time.monotonic()

    # blocksize=None: one partition per file (gzip files cannot be split anyway).
    lines = db.read_text(input_files(arguments.input), blocksize=None)
    if arguments.partitions:
        lines = lines.repartition(npartitions=arguments.partitions)
    command = [textpipe, "run", pipeline, "--input-format", "jsonl", "--jobs", str(arguments.jobs),
               "--no-progress", "-"]
    lines.map_partitions(run_textpipe(command)).to_textfiles(
        output.rstrip("/") + "/part-*.jsonl", last_endline=True, scheduler=scheduler)
    processed = time.monotonic()

    status_counts, problems = check(lines, output, expected_layers,
                                    allow_errors=not arguments.no_errors, scheduler=scheduler)
    checked = time.monotonic()
    if client is not None:
        client.close()

    documents = sum(status_counts.values())
    print("dask: %d documents in %d partitions -> %s (%s)" % (
        documents, lines.npartitions, arguments.output,
        ", ".join("%s %d" % item for item in sorted(status_counts.items()))))
    print("TIMINGS " + json.dumps({
        "engine": "dask", "documents": documents, "partitions": lines.npartitions,
        "startup_s": round(ready - started, 3), "process_s": round(processed - ready, 3),
        "check_s": round(checked - processed, 3)}))
    for problem in problems:
        print("check failed: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
