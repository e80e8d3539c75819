"""A new SQLite library is made from the head revision's schema, written down once, rather than by
running every migration: Alembic's import and the migrations' table rebuilds took 0.13 s of CPU, a
tenth of ``redline import`` of 500 pages into a new library, and of every test that makes one.

``migrations/head_schema.json`` holds the revision and the statements that make an empty database
what the migrations make it (tables, indexes, the FTS5 table, the rows they insert), read back
from a database the migrations made (``python -m db.head_schema`` writes it;
tests/db/test_migrations.py fails when it differs from what the migrations make). A file behind
the head revision is not used: the migrations make the library, as before the file existed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from db.revisions import MIGRATIONS_DIR, head_revision

PATH = MIGRATIONS_DIR / "head_schema.json"


def statements() -> list[str] | None:
    """The statements that make an empty database a library at the head revision; None when the
    file is missing, unreadable or not the head revision's."""
    try:
        data = json.loads(PATH.read_text(encoding="utf-8"))
        if data["revision"] != head_revision():
            return None
        return [str(s) for s in data["statements"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def dump(conn: sqlite3.Connection) -> list[str]:
    """What makes a database what ``conn``'s is: its schema in the order it was made (the
    shadow tables of FTS5 and the indexes of constraints are made by their own statements), then
    its rows as INSERTs."""
    kinds = dict(conn.execute("SELECT name, type FROM pragma_table_list WHERE schema = 'main'"))
    shadow = {str(name) for name, kind in kinds.items() if kind == "shadow"}
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    out = [str(sql) for _, name, sql in schema if name not in shadow]
    for kind, name, _ in schema:
        if kind != "table" or kinds.get(name) != "table":  # (not FTS5's: made by its own)
            continue
        columns = [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{name}")')]
        quoted = " || ', ' || ".join(f'quote("{c}")' for c in columns)
        for (values,) in conn.execute(f'SELECT {quoted} FROM "{name}" ORDER BY rowid'):
            out.append(f'INSERT INTO "{name}" VALUES ({values})')
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version:
        out.append(f"PRAGMA user_version = {int(version)}")
    return out


def made_by_the_migrations(db_path: Path) -> list[str]:
    """:func:`dump` of a new database at ``db_path`` that the migrations made (Alembic)."""
    from alembic import command
    from sqlalchemy import create_engine

    from db.migrate import alembic_config

    engine = create_engine(f"sqlite:///{db_path.as_posix()}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()
    made = sqlite3.connect(db_path)
    try:
        return dump(made)
    finally:
        made.close()


def write() -> Path:
    """Write ``head_schema.json`` from what the migrations make now."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        made = made_by_the_migrations(Path(tmp) / "library.sqlite")
    data = {"revision": head_revision(), "statements": made}
    PATH.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return PATH


if __name__ == "__main__":
    print(f"wrote {write()}")
