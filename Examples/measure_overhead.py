#!/usr/bin/env python3
"""Measures the per-document cost of each way to add a stage, on the seed article.

Runs each pipeline over N copies of the article (JSONL, one worker) with --stats and reads the time spent in the
custom stage. The custom stages do next to no work of their own, so the figures are the cost of the mechanism:

  compiled in: `redact` with both kinds off (a Swift call, nothing serialised)
  plugin:      `reading_time` (a word count) through the C ABI: JSON out, JSON back, layers decoded
  exec:        a Python program answering {"id": ...} per document: JSON over a pipe, both ways

Usage: measure_overhead.py --textpipe BIN --redact BIN --plugin LIB --sample FILE [--documents N]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))


def stage_seconds(binary, pipeline, input_path, stage, extra=()):
    result = subprocess.run(
        [binary, "run", pipeline, input_path, "--input-format", "jsonl", "--stats", "-j", "1", "--no-progress", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    for line in result.stderr.splitlines():
        fields = line.split()
        if fields and fields[0] == stage:
            return float(fields[1])
    raise SystemExit(f"no '{stage}' line in --stats output:\n{result.stderr}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--textpipe", required=True)
    parser.add_argument("--redact", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    text = open(args.sample, encoding="utf-8").read()
    with tempfile.TemporaryDirectory() as work:
        input_path = os.path.join(work, "docs.jsonl")
        with open(input_path, "w", encoding="utf-8") as out:
            for index in range(args.documents):
                out.write(json.dumps({"id": f"doc{index}", "text": text}, ensure_ascii=False) + "\n")

        def pipeline(name, body):
            path = os.path.join(work, name)
            with open(path, "w") as out:
                out.write(body)
            return path

        runs = [
            ("compiled in (redact, no-op)", args.redact,
             pipeline("a.yaml", "stages:\n  - redact: {emails: false, phones: false}\n  - sentence_split\n"), "redact", ()),
            ("compiled in (redact, working)", args.redact,
             pipeline("b.yaml", "stages:\n  - redact\n  - sentence_split\n"), "redact", ()),
            ("runtime plugin (reading_time)", args.textpipe,
             pipeline("c.yaml", "stages:\n  - sentence_split\n  - reading_time\n"), "reading_time", ("--plugin", args.plugin)),
            ("exec (trivial Python)", args.textpipe,
             pipeline("d.yaml", f"stages:\n  - sentence_split\n  - exec:\n      command: [python3, {os.path.join(here, 'ExecPython', 'trivial.py')}]\n"),
             "exec", ()),
        ]
        print(f"{args.documents} copies of {os.path.basename(args.sample)} ({len(text.encode())} bytes), -j 1")
        for label, binary, path, stage, extra in runs:
            seconds = min(stage_seconds(binary, path, input_path, stage, extra) for _ in range(3))
            print(f"  {label:32} {seconds / args.documents * 1e6:9.1f} µs/document")


if __name__ == "__main__":
    main()
