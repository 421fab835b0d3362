"""Formats file templates like ScriptDirectory._rev_path, for FileNamerDifferentialTest.

Usage: python3 file_names.py <templates.json>; prints a JSON list of file names or "!Type: message".
"""
import json
import sys

TOKENS = {
    "rev": "cef530e273d4", "slug": "merge_heads", "epoch": 1705311000,
    "year": 2024, "month": 1, "day": 15, "hour": 9, "minute": 30, "second": 0,
}

with open(sys.argv[1], encoding="utf-8") as f:
    templates = json.load(f)
out = []
for t in templates:
    try:
        out.append("%s.py" % (t % TOKENS))
    except Exception as e:  # noqa: B902 - report every failure
        out.append("!%s: %s" % (type(e).__name__, e))
sys.stdout.write(json.dumps(out))
