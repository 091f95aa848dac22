#!/usr/bin/env python3
"""Run a TextPipe pipeline over a partitioned JSONL dataset with Spark's ``RDD.pipe``.

Every partition is streamed through one ``textpipe run PIPELINE --input-format jsonl -`` process: Spark writes
the partition's lines (one ``{"id": ..., "text": ...}`` object a line) to its standard input and reads one
output document a line back (the JSONL output contract: ``sentences``, ``entities``, ``numbers``, ``summary``
layers, or an ``error`` field). The results go to one output folder of ``part-NNNNN`` JSONL files, which are
then read back and checked: every input id must come back exactly once, with the expected layers or an error.

Local mode:
    python textpipe_spark.py INPUT OUTPUT --textpipe /path/to/textpipe --master 'local[2]'
On a cluster (the textpipe binary, its Swift runtime and the pipeline file must exist at the same path on
every worker):
    spark-submit --master spark://127.0.0.1:7077 textpipe_spark.py INPUT OUTPUT --textpipe /path/to/textpipe

INPUT is a JSONL file or a folder of JSONL part files (``.gz`` files are read too; a gzip file is one
partition). OUTPUT must not exist yet. Exit status: 0 when the check passes, 1 when it fails, 2 for bad
arguments or a pipeline that does not validate.
"""

import argparse
import json
import os
import shlex
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
                        help="repartition the input into this many partitions (default: as read)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="textpipe worker threads per partition; Spark already runs one partition a core "
                             "(default: 1)")
    parser.add_argument("--expect-layers", default=NEWS_LAYERS,
                        help="comma-separated layers every successful document must carry "
                             "(default: %s)" % NEWS_LAYERS)
    parser.add_argument("--no-errors", action="store_true",
                        help="fail the check if any document carries an error field")
    parser.add_argument("--master", help="Spark master URL, e.g. local[2] or spark://127.0.0.1:7077 "
                                         "(default: the one spark-submit gives, else local[*])")
    return parser.parse_args(argv)


def resolve_local_path(path):
    """An absolute path for a file argument, so the command works from any worker's working directory."""
    return os.path.abspath(path) if os.path.exists(path) else path


def data_location(path):
    """A URL (hdfs://, s3a://, file://) as given; a local path made absolute for the executors."""
    return path if "://" in path else os.path.abspath(path)


def validate_pipeline(textpipe, pipeline):
    """Fail early, on the driver, if the binary is missing or the pipeline is wrong.

    ``RDD.pipe`` only sees the output lines, so a pipeline error on the workers would show up as missing
    documents; ``textpipe validate`` names the problem instead.
    """
    try:
        result = subprocess.run([textpipe, "validate", pipeline], capture_output=True, text=True)
    except OSError as error:
        sys.exit("error: cannot run textpipe (%s): %s" % (textpipe, error))
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(2)


def normalised_id(value):
    """textpipe writes ids as strings; a numeric input id comes back as its JSON text."""
    return value if isinstance(value, str) else json.dumps(value)


def input_id(line):
    return normalised_id(json.loads(line).get("id"))


def classify_output(expected_layers):
    """Maps an output line to (id, status): "ok", "error", "missing:<layers>" or "unreadable"."""
    def classify(line):
        try:
            document = json.loads(line)
        except ValueError:
            return (None, "unreadable")
        identifier = normalised_id(document.get("id"))
        if "error" in document:
            return (identifier, "error")
        missing = [layer for layer in expected_layers if layer not in document]
        return (identifier, "missing:" + ",".join(missing) if missing else "ok")
    return classify


def check(spark_context, input_lines, output_folder, expected_layers, allow_errors):
    """Reads the written output back and compares it with the input; returns a list of problems."""
    statuses = spark_context.textFile(output_folder).map(classify_output(expected_layers)).cache()
    input_counts = input_lines.map(lambda line: (input_id(line), 1)).reduceByKey(lambda a, b: a + b)
    output_counts = statuses.map(lambda pair: (pair[0], 1)).reduceByKey(lambda a, b: a + b)
    # ids whose count differs: missing (0 out), duplicated (more out than in) or unknown (0 in).
    mismatched = (input_counts.fullOuterJoin(output_counts)
                  .filter(lambda pair: (pair[1][0] or 0) != (pair[1][1] or 0)))
    status_counts = statuses.map(lambda pair: pair[1]).countByValue()

    problems = []
    mismatch_count = mismatched.count()
    if mismatch_count:
        examples = ", ".join("%s (in %d, out %d)" % (key, counts[0] or 0, counts[1] or 0)
                             for key, counts in mismatched.take(5))
        problems.append("%d ids do not come back exactly once: %s" % (mismatch_count, examples))
    for status, count in sorted(status_counts.items()):
        if status.startswith("missing:") or status == "unreadable":
            problems.append("%d documents %s" % (count, status.replace("missing:", "lack layers ")))
    if status_counts.get("error") and not allow_errors:
        examples = statuses.filter(lambda pair: pair[1] == "error").keys().take(5)
        problems.append("%d documents carry an error, e.g. %s" % (status_counts["error"], ", ".join(examples)))
    statuses.unpersist()
    return dict(status_counts), problems


def main(argv):
    arguments = parse_arguments(argv)
    textpipe = resolve_local_path(arguments.textpipe)
    pipeline = resolve_local_path(arguments.pipeline)
    expected_layers = [layer for layer in arguments.expect_layers.split(",") if layer]
    validate_pipeline(textpipe, pipeline)

    started = time.monotonic()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("textpipe").config("spark.ui.showConsoleProgress", "false")
    if arguments.master:
        builder = builder.master(arguments.master)
    # Otherwise spark-submit's --master applies; without one, Spark runs in local[*] mode.
    spark = builder.getOrCreate()
    spark_context = spark.sparkContext
    spark_context.setLogLevel("WARN")
    ready = time.monotonic()

    # minPartitions=1: one partition per part file (a file larger than a block, 32 MB locally, is split).
    lines = spark_context.textFile(data_location(arguments.input), minPartitions=1)
    if arguments.partitions:
        lines = lines.repartition(arguments.partitions)
    lines = lines.filter(lambda line: line.strip() != "")

    command = " ".join(shlex.quote(part) for part in [
        textpipe, "run", pipeline, "--input-format", "jsonl", "--jobs", str(arguments.jobs),
        "--no-progress", "-"])
    # checkCode=False: textpipe exits 1 when some documents failed, and those carry an "error" field that the
    # check counts; a crash shows up as missing ids.
    lines.pipe(command, checkCode=False).saveAsTextFile(data_location(arguments.output))
    processed = time.monotonic()

    status_counts, problems = check(spark_context, lines, data_location(arguments.output),
                                    expected_layers, allow_errors=not arguments.no_errors)
    checked = time.monotonic()
    partitions = lines.getNumPartitions()
    master = spark_context.master
    spark.stop()

    documents = sum(status_counts.values())
    print("spark (%s): %d documents in %d partitions -> %s (%s)" % (
        master, documents, partitions, arguments.output,
        ", ".join("%s %d" % item for item in sorted(status_counts.items()))))
    print("TIMINGS " + json.dumps({
        "engine": "spark", "documents": documents, "partitions": partitions,
        "startup_s": round(ready - started, 3), "process_s": round(processed - ready, 3),
        "check_s": round(checked - processed, 3)}))
    for problem in problems:
        print("check failed: " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
