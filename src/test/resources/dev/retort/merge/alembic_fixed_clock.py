"""Runs the real alembic CLI with the create date fixed, as alembic-semantics.md 2.6 did.

Usage: python3 alembic_fixed_clock.py <alembic argv...>
Only ScriptDirectory._generate_create_date is replaced; everything else is the real command.
"""
import datetime
import sys

from alembic.script import base

base.ScriptDirectory._generate_create_date = lambda self: datetime.datetime(2024, 1, 15, 9, 30, 0, 123456)

from alembic.config import main  # noqa: E402

main(argv=sys.argv[1:], prog="alembic")
