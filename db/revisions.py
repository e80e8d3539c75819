"""The schema revisions this program knows, from the migration files' names: standard library
only, so that a reading command can check a library is current without loading SQLAlchemy or
Alembic (:mod:`db.reading`)."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


def known_revisions() -> list[str]:
    """The revisions of this program, oldest first, from the migration files' names
    (``NNNN_what.py``; tests/db/test_migrations.py checks they agree with Alembic's graph)."""
    names = (p.name for p in VERSIONS_DIR.glob("[0-9]*_*.py"))
    return sorted(m[1] for n in names if (m := re.match(r"(\d+)_", n)))


def head_revision() -> str:
    return known_revisions()[-1]
