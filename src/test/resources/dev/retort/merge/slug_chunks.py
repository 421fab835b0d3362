"""Slugs (without truncation) of every assigned code point, in chunks of 64, for SlugDifferentialTest.

Prints a JSON list of [number of code points used, slug] per chunk; unassigned code points
(category Cn) and surrogates are left out.
"""
import json
import re
import sys
import unicodedata

out = []
step = 64
for start in range(0, 0x110000, step):
    chars = "".join(
        chr(c) for c in range(start, start + step)
        if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) != "Cn"
    )
    out.append([len(chars), "_".join(re.findall(r"\w+", chars)).lower()])
sys.stdout.write(json.dumps(out))
