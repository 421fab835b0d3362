"""Imports each file given on the command line the way alembic does and prints, as JSON,
its __doc__ and the values of the four revision variables (or the import error)."""
import importlib.util
import json
import re
import sys

NAMES = ["revision", "down_revision", "branch_labels", "depends_on"]


def encode(value):
    if value is None:
        return {"t": "NoneType"}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, (tuple, list)):
        return {"t": type(value).__name__, "items": [encode(x) for x in value]}
    if isinstance(value, bytes):
        return {"t": "bytes", "len": len(value)}
    return {"t": type(value).__name__, "r": repr(value)}


results = []
for path in sys.argv[1:]:
    record = {"file": path}
    try:
        name = re.sub(r"\W", "_", path.rsplit("/", 1)[-1])
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        record["doc"] = module.__doc__ if isinstance(module.__doc__, str) else None
        record["vars"] = {n: encode(getattr(module, n)) for n in NAMES if hasattr(module, n)}
    except BaseException as e:  # noqa: B036 - the oracle reports every failure
        record["error"] = type(e).__name__ + ": " + str(e)
    results.append(record)
json.dump(results, sys.stdout)
