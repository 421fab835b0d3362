"""Print a SQLite database as SQL, deterministically.

Like Python's sqlite3 iterdump, but indexes, triggers and views are ordered by name: iterdump
lists them in sqlite_master order, which changes when batch migrations rebuild tables.
"""
import sqlite3
import sys

connection = sqlite3.connect(sys.argv[1])
print("BEGIN TRANSACTION;")
tables = connection.execute(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT NULL "
    "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
for name, sql in tables:
    print(sql + ";")
    columns = [row[1] for row in connection.execute('PRAGMA table_info("%s")' % name.replace('"', '""'))]
    quoted = ",".join("quote(\"%s\")" % c.replace('"', '""') for c in columns)
    query = "SELECT 'INSERT INTO \"%s\" VALUES(' || %s || ')' FROM \"%s\" ORDER BY rowid" % (
        name.replace('"', '""'), quoted.replace(",", " || ',' || "), name.replace('"', '""'))
    for (row,) in connection.execute(query):
        print(row + ";")
for (sql,) in connection.execute(
        "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') AND sql NOT NULL "
        "ORDER BY type, name"):
    print(sql + ";")
print("COMMIT;")
