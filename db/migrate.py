"""Schema migrations with Alembic, run when a library is opened.

Before upgrading an existing library, a copy is written with ``VACUUM INTO`` to
``backups/library-<old revision>-<time>.sqlite`` beside it. A library whose revision this program
does not know was written by a newer Redline and is refused, naming both versions.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session

from db.models import LibraryMeta

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
APP_VERSION = "app_version"  # library_meta key: the Redline version that last wrote the library


class SchemaError(Exception):
    """The library's schema cannot be used by this program; the message is meant for people."""


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except (SADatabaseError, sqlite3.DatabaseError) as exc:
        reason = exc.orig if isinstance(exc, SADatabaseError) else exc
        raise SchemaError(f"This is not a Redline library (or it is damaged): {reason}") from exc


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _written_by(engine: Engine) -> str:
    try:
        with engine.connect() as conn:
            value = conn.execute(
                select(LibraryMeta.value).where(LibraryMeta.key == APP_VERSION)
            ).scalar()
    except SADatabaseError:
        value = None
    return f"Redline {value}" if value else "a newer Redline"


def check_current(engine: Engine, app_version: str) -> str | None:
    """Refuse a library from a newer program; return its revision (None when empty)."""
    revision = current_revision(engine)
    if revision is not None and not _known(revision):
        raise SchemaError(
            f"This library was written by {_written_by(engine)} (schema {revision}); "
            f"this is Redline {app_version} (schema {head_revision()}), which cannot read it. "
            "Install a newer Redline to open it."
        )
    return revision


def backup(engine: Engine, db_path: Path, revision: str) -> Path:
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = backups / f"library-{revision}-{stamp}.sqlite"
    with engine.connect() as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(target),))
    return target


def upgrade_on_open(engine: Engine, db_path: Path, app_version: str) -> None:
    revision = check_current(engine, app_version)
    head = head_revision()
    if revision != head:
        if revision is not None:
            backup(engine, db_path, revision)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    with Session(engine) as session, session.begin():
        session.merge(LibraryMeta(key=APP_VERSION, value=app_version))
