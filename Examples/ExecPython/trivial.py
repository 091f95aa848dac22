#!/usr/bin/env python3
"""The smallest exec stage: answers every document with its id only (changing nothing). Used to measure the
cost of the exec round trip itself."""
import json
import sys

for line in sys.stdin:
    sys.stdout.write('{"id": %s}\n' % json.dumps(json.loads(line)["id"]))
    sys.stdout.flush()
