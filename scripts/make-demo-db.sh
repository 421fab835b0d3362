#!/usr/bin/env bash
# Regenerates assets/demo/demo.sql: the SQL dump of the demo's SQLite database after the real
# alembic ran `upgrade 1687c833bfcc` (one of the two heads). Retort turns the dump back into
# demo.db in the user's copy of the demo. DemoProjectTest checks the dump is still exactly what
# alembic produces, so rerun this after changing a demo migration.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r assets/demo "$work/demo"
rm -f "$work/demo/demo.db" "$work/demo/demo.sql"
(cd "$work/demo" && /usr/bin/python3 -m alembic upgrade 1687c833bfcc </dev/null)
/usr/bin/python3 scripts/sqlite_dump.py "$work/demo/demo.db" > assets/demo/demo.sql
echo "wrote assets/demo/demo.sql"
