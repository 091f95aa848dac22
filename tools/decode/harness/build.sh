#!/bin/sh
# Builds a command-line driver over the decode stage's sources (without the rest of TextPipe) into /tmp/dh/dh:
#   dh FILE...                 prints each file's best candidates
#   dh --decode DIR FILE...    decodes each file into DIR and prints encoding and confidence
# Used by cross_encode.py and for tuning; run from the repository root.
set -e
mkdir -p /tmp/dh/src
rm -f /tmp/dh/src/*.swift
for f in Plugins/Decode/*.swift; do
    case "$f" in *DecodeStage.swift|*DecodeOptions.swift) continue ;; esac
    sed '/^import TextPipeCore$/d' "$f" > "/tmp/dh/src/$(basename "$f")"
done
swiftc -O -o /tmp/dh/dh /tmp/dh/src/*.swift Plugins/Decode/Generated/*.swift Sources/TextPipeCore/OffsetMap.swift \
    Sources/TextPipeCore/TextRange.swift tools/decode/harness/stub.swift tools/decode/harness/main.swift
