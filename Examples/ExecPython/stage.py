#!/usr/bin/env python3
"""A TextPipe `exec` stage in Python: flags sentences that quote someone.

TextPipe starts this program once and keeps it running. It writes one document a line to stdin, as a JSON object
of the output contract (offsets are Unicode code point offsets, so they index a Python str directly), and reads
one answer a line from stdout. The answer may be the whole document or just the fields to change: here, one new
layer. Anything printed to stderr shows up in textpipe's stderr; stdout is for answers only.
"""
import json
import sys

QUOTE_MARKS = ('"', "\u201c", "\u201d")
SPEECH_VERBS = (" said", " says", " told", " added", " stated")


def process(document):
    text = document["text"]
    quotes = []
    for index, sentence in enumerate(document.get("sentences", [])):
        span = text[sentence["start"]:sentence["end"]]
        if any(mark in span for mark in QUOTE_MARKS) or any(verb in span for verb in SPEECH_VERBS):
            quotes.append({"start": sentence["start"], "end": sentence["end"], "sentence": index})
    return {"id": document["id"], "quotes": quotes}


def main():
    for line in sys.stdin:
        document = json.loads(line)
        try:
            answer = process(document)
        except Exception as error:  # one bad document fails alone; the program keeps running
            answer = {"id": document.get("id"), "error": {"message": f"{type(error).__name__}: {error}"}}
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()  # answer now: textpipe waits for this line


if __name__ == "__main__":
    main()
