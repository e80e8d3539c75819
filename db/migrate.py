"""Schema migrations, run when a library is opened for writing.

Opening reads the revision with one query; Alembic is imported only when an upgrade is due.
An upgrade runs every step, and the stamp of the program that made it, in **one** SQLite
transaction (``BEGIN IMMEDIATE`` on the driver, whose own transaction handling would otherwise
run DDL such as ``CREATE VIRTUAL TABLE`` outside any transaction): a kill at any point leaves the
library at its old revision, whole, and the next open upgrades it again.

Before upgrading an existing library, a copy is written with ``VACUUM INTO`` (to a temporary
name, then renamed, so a backup is never half written) as
``backups/library-<old revision>-<time>.sqlite``.
The file ``backups/upgrading`` names it until the upgrade commits, so an upgrade that is retried
after a kill reuses that backup instead of writing another (a marker left by a kill after the
commit is removed by the next writer's open). A library whose revision this program
does not know was written by a newer Redline and is refused, naming both versions. A library with
tables but no revision is not a Redline library and is refused untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError

from db import head_schema, home
from db.revisions import MIGRATIONS_DIR as MIGRATIONS_DIR
from db.revisions import VERSIONS_DIR as VERSIONS_DIR
from db.revisions import head_revision as head_revision
from db.revisions import known_revisions as known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

APP_VERSION = "app_version"  # library_meta key: the Redline version that last wrote the library
SERVER_UPGRADE_LOCK = 7_357_011  # pg_advisory_xact_lock key held while a library is upgraded
PENDING = "upgrading"  # in backups/: the name of the backup of an upgrade not yet committed


class SchemaError(Exception):
    """The library's schema cannot be used by this program; the message is meant for people.
    ``kind`` names the refusal and ``facts`` hold its details, so that a program that speaks
    other languages can word it (db/ is English only: app.core.refusals words them)."""

    def __init__(self, message: str, kind: str = "", **facts: object) -> None:
        super().__init__(message)
        self.kind, self.facts = kind, facts


class UpgradeNeeded(SchemaError):
    """An older library opened read-only: it must be opened for writing once to be upgraded."""


def _reason(exc: Exception) -> str:
    return str(exc.orig if isinstance(exc, SADatabaseError) else exc)


_STORAGE = ("disk i/o error", "disk is full", "readonly database", "database is locked")


def _storage(exc: SADatabaseError) -> bool:
    """An error of the storage (full, read-only, busy), not of the file's content."""
    return any(s in _reason(exc).lower() for s in _STORAGE)


def current_revision(engine: Engine) -> str | None:
    """The library's revision (None for an empty database) in one query, without Alembic."""
    if engine.dialect.name == "postgresql":
        return _server_revision(engine)
    try:
        with engine.connect() as conn:
            try:
                value = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            except SADatabaseError as exc:
                if "no such table" not in _reason(exc):
                    raise
                _refuse_foreign(conn)
                return None
    except SADatabaseError as exc:
        if _storage(exc):  # the disk, not the file: said as such by the caller
            raise
        reason = _reason(exc)
        raise SchemaError(
            f"This is not a Redline library (or it is damaged): {reason}", "damaged"
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise SchemaError(
            f"This is not a Redline library (or it is damaged): {_reason(exc)}", "damaged"
        ) from exc
    return None if value is None else str(value)


def _server_revision(engine: Engine) -> str | None:
    """A PostgreSQL library's revision: looked up in the catalogue first (a failed statement
    would abort the transaction), so an empty database or another program's is told apart."""
    with engine.connect() as conn:
        names = _tables(conn)
        if "alembic_version" not in names:
            _refuse_foreign(conn, names)
        return _server_revision_in(conn)


def _tables(conn: Connection) -> list[str]:
    if conn.dialect.name == "postgresql":
        sql = (  # the catalogue lists every table, those this role may not read too
            "SELECT tablename FROM pg_catalog.pg_tables "
            "WHERE schemaname = current_schema() ORDER BY tablename"
        )
    else:
        sql = (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    return [str(n) for n in conn.exec_driver_sql(sql).scalars()]


def _refuse_foreign(conn: Connection, names: list[str] | None = None) -> None:
    """A database with tables but no revision is someone else's: leave it alone."""
    if names is None:
        names = _tables(conn)
    if names:
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        raise SchemaError(
            f"This is not a Redline library: the database holds other tables ({shown}); "
            "choose another folder",
            "foreign",
            tables=shown,
        )


def _written_by(engine: Engine) -> str | None:
    """The version of the Redline that last wrote the library, where it says."""
    try:
        with engine.connect() as conn:
            value = conn.exec_driver_sql(
                "SELECT value FROM library_meta WHERE key = ?", (APP_VERSION,)
            ).scalar()
    except SADatabaseError:
        value = None
    return str(value) if value else None


def check_current(engine: Engine, app_version: str, *, read_only: bool = False) -> str | None:
    """Refuse a library from a newer program (and, read-only, one that needs an upgrade);
    return its revision (None when empty)."""
    revision = current_revision(engine)
    known = known_revisions()
    if revision is not None and revision not in known:
        writer = _written_by(engine)
        raise SchemaError(
            f"This library was written by {f'Redline {writer}' if writer else 'a newer Redline'}"
            f" (schema {revision}); this is Redline {app_version} (schema {known[-1]}), which "
            "cannot read it. Install a newer Redline to open it.",
            "newer",
            writer=writer,
            revision=revision,
            version=app_version,
            head=known[-1],
        )
    if read_only and revision is None:
        raise UpgradeNeeded(
            "This database holds no Redline library yet, and one cannot be made read-only; "
            "its owner makes it by opening it once where it can be written",
            "empty",
        )
    if read_only and revision != known[-1]:
        raise UpgradeNeeded(
            f"This library was made by an older Redline (schema {revision}) and needs an upgrade "
            f"to schema {known[-1]}, which cannot be done read-only; open it once where it can "
            "be written",
            "older",
            revision=revision,
            head=known[-1],
        )
    return revision


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _pending_backup(db_path: Path, revision: str) -> Path | None:
    """The backup of an earlier attempt at this upgrade that was killed before it committed."""
    try:
        name = (_backup_dir(db_path) / PENDING).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    backup = _backup_dir(db_path) / name
    if name.startswith(f"library-{revision}-") and "/" not in name and backup.is_file():
        return backup
    return None


def backup(engine: Engine, db_path: Path, revision: str) -> Path:
    """A whole copy of the library before it is upgraded (reused when an upgrade is retried)."""
    found = _pending_backup(db_path, revision)
    if found is not None:
        return found
    folder = _backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"library-{revision}-{stamp}.sqlite"
    tmp = folder / f".{target.name}.{os.getpid()}.part"
    tmp.unlink(missing_ok=True)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(tmp),))
    os.replace(tmp, target)
    (folder / PENDING).write_text(target.name + "\n", encoding="utf-8")
    return target


def _upgrade(engine: Engine, app_version: str, *, new: bool = False) -> None:
    """Every migration step and the version stamp in one transaction; a ``new`` (empty)
    database made from the head revision's schema instead, where it is written down
    (:mod:`db.head_schema`: no Alembic)."""
    made = head_schema.statements() if new else None
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        saved = driver.isolation_level
        driver.isolation_level = None  # the driver begins nothing itself, so BEGIN covers DDL too
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            if made is None:
                from alembic import command

                command.upgrade(alembic_config(conn), "head")
            else:
                for statement in made:
                    conn.exec_driver_sql(statement)
            _stamp(conn, app_version)
            conn.commit()
        finally:
            if driver.in_transaction:
                driver.rollback()
            driver.isolation_level = saved


def _stamp(conn: Connection, app_version: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO library_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (APP_VERSION, app_version),
    )


def upgrade_server_on_open(
    engine: Engine, app_version: str, backup_server: Callable[[str], object]
) -> None:
    """A PostgreSQL library to the head revision: ``backup_server(revision)`` first (a pg_dump),
    then every step and the stamp in one transaction (PostgreSQL's DDL is transactional) under an
    advisory lock, the revision read again inside it: another process may have upgraded first."""
    from alembic import command

    revision = check_current(engine, app_version)
    if revision != head_revision():
        if revision is not None:
            backup_server(revision)
        with engine.begin() as conn:
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(?)", (SERVER_UPGRADE_LOCK,))
            if _server_revision_in(conn) != head_revision():
                command.upgrade(alembic_config(conn), "head")
                _stamp(conn, app_version)
            home.settle(conn, home.server_mark(conn))
        return
    with engine.begin() as conn:
        _stamp_if_changed(conn, app_version)
        home.settle(conn, home.server_mark(conn))


def _stamp_if_changed(conn: Connection, app_version: str) -> bool:
    """Note this version as the library's last writer unless it is already; whether it wrote."""
    stamped = conn.exec_driver_sql(
        "SELECT value FROM library_meta WHERE key = ?", (APP_VERSION,)
    ).scalar()
    if stamped == app_version:
        return False
    _stamp(conn, app_version)
    return True


def _server_revision_in(conn: Connection) -> str | None:
    if "alembic_version" not in _tables(conn):
        return None
    value = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if value is None else str(value)


def _upgrade_done(db_path: Path) -> None:
    """The upgrade committed: its backup is an ordinary backup now, named by nothing."""
    with contextlib.suppress(OSError):  # read-only folder: harmless, the next writer removes it
        (_backup_dir(db_path) / PENDING).unlink(missing_ok=True)


def upgrade_on_open(engine: Engine, db_path: Path, app_version: str) -> None:
    """Bring the library to the head revision (after a backup) and note who wrote it last.

    Nothing is written when the library is current and was last written by this version, so a
    writer can open a library on a full disk.
    """
    revision = check_current(engine, app_version)
    with engine.connect() as conn:  # kept in the file: a no-op once set
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    if revision != head_revision():
        if revision is not None:
            backup(engine, db_path, revision)
        _upgrade(engine, app_version, new=revision is None)
        _upgrade_done(db_path)
    elif (_backup_dir(db_path) / PENDING).exists():
        _upgrade_done(db_path)  # an upgrade killed after its commit, before it said so
    with engine.connect() as conn:
        stamped = revision == head_revision() and _stamp_if_changed(conn, app_version)
        if home.settle(conn, home.file_mark(db_path)) or stamped:
            conn.commit()
