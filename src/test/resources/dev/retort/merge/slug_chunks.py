"""Slugs without truncation, for SlugDifferentialTest.

Without arguments: every assigned code point in chunks of 64; prints a JSON list of
[number of code points used, slug] per chunk (unassigned code points and surrogates left out).
With a JSON file of messages: prints the JSON list of their slugs.
"""
import json
import re
import sys
import unicodedata

if len(sys.argv) > 1:
    with open(sys.argv[1], encoding="utf-8") as f:
        messages = json.load(f)
    sys.stdout.write(json.dumps(["_".join(re.findall(r"\w+", m)).lower() for m in messages]))
    sys.exit(0)

out = []
step = 64
for start in range(0, 0x110000, step):
    chars = "".join(
        chr(c) for c in range(start, start + step)
        if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) != "Cn"
    )
    out.append([len(chars), "_".join(re.findall(r"\w+", chars)).lower()])
sys.stdout.write(json.dumps(out))
