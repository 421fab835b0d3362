"""Renders templates with the real Mako and alembic's template arguments, for differential tests.

Usage: python3 mako_render.py <cases.json>
Each case: {"template": text, "vars": {up, down, labels, message, flavor, options, date}}.
The template is written to a file and loaded with Template(filename=...), as alembic does.
Prints a JSON list of {"ok": true, "text": ...} or {"ok": false, "error": "Type: message"}.
"""
import datetime
import json
import os
import sys
import tempfile

from alembic import util
from alembic.script import revision
from mako.template import Template


class FakeConfig:
    def __init__(self, options):
        self.options = options

    def get_main_option(self, name, default=None):
        return self.options.get(name, default)


def kwargs(v):
    labels = v.get("labels") or None
    return dict(
        up_revision=str(v["up"]),
        down_revision=revision.tuple_rev_as_scalar(tuple(v.get("down") or ())),
        branch_labels=util.to_tuple(tuple(labels) if labels else None),
        depends_on=revision.tuple_rev_as_scalar(None),
        create_date=datetime.datetime(*v.get("date", [2024, 1, 15, 9, 30, 0, 123456])),
        comma=util.format_as_comma,
        message=v["message"] if v.get("message") is not None else "empty message",
        config=FakeConfig(v.get("options", {})) if v.get("flavor") == "LATEST" else "config",
    )


def render(case, directory, index):
    path = os.path.join(directory, "t%d.mako" % index)
    with open(path, "wb") as f:
        f.write(case["template"].encode("latin-1" if case.get("latin1") else "utf-8"))
    try:
        template = Template(filename=path)
        return {"ok": True, "text": template.render_unicode(**kwargs(case["vars"]))}
    except BaseException as e:  # noqa: B902 - report every failure
        return {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    with tempfile.TemporaryDirectory() as directory:
        results = [render(case, directory, i) for i, case in enumerate(cases)]
    sys.stdout.write(json.dumps(results))


main()
