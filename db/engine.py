"""Opening a library database: PRAGMAs, the one-writer lock, and migrations on open.

One process writes a library at a time. The writer holds an advisory lock on ``library.lock``
beside the database; a second process gets the library read-only (``mode=ro``) or, when it asked to
write, a :class:`LibraryLockedError` that says why.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from db import migrate
from db.reading import BUSY_TIMEOUT_MS

if TYPE_CHECKING:  # (imported by a writer only: `redline list` takes no lock)
    from filelock import FileLock
    from sqlalchemy.orm import Session, sessionmaker

    from db.call_watch import Watches

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A library database that cannot be opened as asked; the message is meant for people.
    ``kind`` and ``facts`` as :class:`db.migrate.SchemaError`'s (app.core.refusals words them
    in the window's language)."""

    def __init__(self, message: str, kind: str = "", **facts: object) -> None:
        super().__init__(message)
        self.kind, self.facts = kind, facts


class LibraryLockedError(DatabaseError):
    pass


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any, *, read_only: bool) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    if not read_only:  # WAL itself is set once the file is known to be a library (db.migrate)
        cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(db_path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine on the library database; ``immutable`` reads a file nothing can change (a
    read-only folder or disk) without locks, shared memory or a WAL."""
    if immutable:
        url = f"sqlite:///file:{quote(db_path.as_posix())}?immutable=1&uri=true"
    elif read_only:
        url = f"sqlite:///file:{quote(db_path.as_posix())}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{db_path.as_posix()}"
    engine = create_engine(url)
    event.listen(
        engine,
        "connect",
        lambda conn, rec: _set_pragmas(conn, rec, read_only=read_only or immutable),
    )
    return engine


def _wal_is_empty(db_path: Path) -> bool:
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def _reader(db_path: Path, app_version: str, *, writable_folder: bool) -> Engine:
    """A read-only engine: ``mode=ro``; ``immutable`` where the last writer closed cleanly (no
    WAL left) and ``mode=ro`` cannot work: a read-only folder, or a full disk (it would create the
    shared-memory file)."""
    clean = _wal_is_empty(db_path)
    immutable = not writable_folder and clean
    engine = make_engine(db_path, read_only=True, immutable=immutable)
    try:
        migrate.check_current(engine, app_version, read_only=True)
        return engine
    except (migrate.SchemaError, SADatabaseError) as exc:
        engine.dispose()
        if not writable_folder and not clean:
            raise DatabaseError(
                f"The library at {db_path.parent} was not closed cleanly and its folder cannot "
                "be written, so it cannot be read here; open it once where it can be written",
                "unclean",
                folder=db_path.parent,
            ) from exc
        if immutable or not clean or isinstance(exc, migrate.UpgradeNeeded):
            raise
    engine = make_engine(db_path, read_only=True, immutable=True)
    try:
        migrate.check_current(engine, app_version, read_only=True)
    except BaseException:
        engine.dispose()
        raise
    return engine


@dataclass
class Database:
    """An open library database: the engine, a session factory, and (for a writer) the lock.
    ``path`` is the SQLite file; a server library (``db.server``) has its ``url`` instead."""

    path: Path | None
    engine: Engine
    read_only: bool
    _lock: FileLock | None = field(default=None, repr=False)
    # Why a library is read-only when that was not asked for (another writer, a read-only folder).
    read_only_reason: str | None = None
    url: str | None = None

    @property
    def on_server(self) -> bool:
        return self.url is not None

    def __post_init__(self) -> None:
        self._maker: sessionmaker[Session] | None = None
        self._read_maker: sessionmaker[Session] | None = None
        # A window's calls on a server, watched so that one the server does not answer can be
        # given up (db.call_watch); a folder library's take milliseconds.
        self.watches: Watches | None = None
        if self.url is not None:
            from db import call_watch

            self.watches = call_watch.Watches(self.engine)
        # A server's reads run without a transaction of their own: PostgreSQL's READ COMMITTED
        # gives each statement its own snapshot inside one too, so BEGIN and ROLLBACK would only
        # cost a round trip each (a review key press reads three times). The same pool.
        self._reader = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if self.url is not None
            else self.engine
        )
        # One moment for all of a read's statements (an export): a read-only transaction.
        self._snapshots = (
            self.engine.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            if self.url is not None
            else self.engine
        )

    @property
    def _sessions(self) -> sessionmaker[Session]:
        # SQLAlchemy's ORM is loaded by the first session, not by opening the library:
        # `redline import` writes through connections alone (:meth:`begin`) and never loads it
        # (40 ms of its CPU).
        if self._maker is None:
            from sqlalchemy.orm import sessionmaker

            self._maker = sessionmaker(self.engine, expire_on_commit=False)
        return self._maker

    @property
    def _read_sessions(self) -> sessionmaker[Session]:
        if self._read_maker is None:
            from sqlalchemy.orm import sessionmaker

            self._read_maker = sessionmaker(self._reader, expire_on_commit=False)
        return self._read_maker

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self._sessions.begin() as session:
            yield session

    def session(self) -> Session:
        """A session for queries only."""
        return self._read_sessions()

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A session for queries that must see the library as of one moment, all of them (a
        page as the window shows it, an export, a copy of the whole library), and may read
        through a cursor kept on the server: one REPEATABLE READ, read-only transaction on a
        server; on SQLite one read transaction, begun here (its driver begins none for reads)."""
        from sqlalchemy.orm import Session

        with Session(self._snapshots, expire_on_commit=False) as session:
            if self.url is None:
                driver = session.connection().connection.driver_connection
                if isinstance(driver, sqlite3.Connection) and not driver.in_transaction:
                    driver.execute("BEGIN")
            yield session

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """:meth:`transaction` on a connection, without the ORM."""
        with self.engine.begin() as conn:
            yield conn

    def connect(self) -> Connection:
        """A connection for queries (:meth:`session` without the ORM)."""
        return self._reader.connect()

    def checkpoint(self) -> None:
        """Flush the WAL into the main file with full syncs (before close or export)."""
        if self.read_only or self.on_server:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA synchronous=FULL")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Checkpoint, then let go. A checkpoint that fails (a full disk) loses nothing: the
        committed transactions stay in the WAL, and the next open reads them."""
        try:
            self.checkpoint()
        except SADatabaseError as exc:  # (said in a line: the database's words, not the SQL)
            log.warning(
                "the library was not tidied on close (%s); nothing is lost: what was saved is "
                "read again at the next open",
                exc.orig or exc,
            )
        finally:
            self.engine.dispose()
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def open_database(
    db_path: Path, *, app_version: str, read_only: bool = False, allow_read_only: bool = False
) -> Database:
    """Open (creating and migrating as needed) the SQLite database at ``db_path``.

    With ``allow_read_only`` a writer lock held by another process downgrades this open to
    read-only instead of failing; a folder that cannot be written always does.
    """
    lock: FileLock | None = None
    reason: str | None = None
    writable_folder = os.access(db_path.parent, os.W_OK)
    if not read_only:
        from filelock import FileLock, Timeout

        # The process's lock, not this thread's (filelock's default): the window opens a library
        # on a thread of its own and closes it on its own thread, or the other way round.
        lock = FileLock(str(db_path.with_name("library.lock")), thread_local=False)
        try:
            lock.acquire(timeout=0.2)
        except Timeout:
            if not allow_read_only or not db_path.exists():
                raise LibraryLockedError(
                    f"The library at {db_path.parent} is open for writing in another Redline "
                    "process; close it there first.",
                    "locked",
                    folder=db_path.parent,
                ) from None
            lock, read_only = None, True
            reason = "another Redline process writes to it"
        except OSError as exc:
            if not db_path.exists():
                raise DatabaseError(
                    f"Cannot create a library in {db_path.parent}: {exc.strerror or exc}",
                    "uncreatable",
                    folder=db_path.parent,
                    strerror=exc.strerror or str(exc),
                ) from exc
            lock, read_only = None, True  # a read-only folder: the library can still be read
            reason = "its folder cannot be written"
            writable_folder = False
    try:
        if read_only:
            if not db_path.exists():
                raise DatabaseError(
                    f"There is no library at {db_path.parent} yet; "
                    "add documents with `redline import PATH`.",
                    "missing",
                    folder=db_path.parent,
                )
            engine = _reader(db_path, app_version, writable_folder=writable_folder)
        else:
            engine = make_engine(db_path)
            migrate.upgrade_on_open(engine, db_path, app_version)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Database(db_path, engine, read_only, lock, reason)


def open_server_database(
    location: str,
    *,
    app_version: str,
    backups: Path,
    read_only: bool = False,
) -> Database:
    """Open (migrating as needed, after a ``pg_dump`` into ``backups``) the library on a
    PostgreSQL server. No lock: many processes write at once. A role the server lets only read
    opens the library read-only, saying so; read-only sessions are read-only on the server too."""
    from db import server

    engine = server.make_server_engine(location, read_only=read_only)
    reason: str | None = None
    try:
        if not read_only and not _can_write(engine):
            read_only, reason = True, "your role on the server may only read it"
            engine.dispose()
            engine = server.make_server_engine(location, read_only=True)
        if read_only:
            migrate.check_current(engine, app_version, read_only=True)
        else:
            skip = os.environ.get("REDLINE_UPGRADE_WITHOUT_BACKUP") == "1"
            migrate.upgrade_server_on_open(
                engine,
                app_version,
                lambda rev: None if skip else server.backup(location, backups, rev),
            )
    except BaseException:
        engine.dispose()
        raise
    return Database(None, engine, read_only, None, reason, url=location)


def _can_write(engine: Engine) -> bool:
    """Whether this role may write the library (or, on an empty database, create it)."""
    with engine.connect() as conn:
        made = conn.exec_driver_sql("SELECT to_regclass('annotations') IS NOT NULL").scalar()
        sql = (
            "SELECT has_table_privilege('annotations', 'INSERT')"
            if made
            else "SELECT has_schema_privilege(current_schema(), 'CREATE')"
        )
        return bool(conn.exec_driver_sql(sql).scalar())


def integrity_check(engine: Engine) -> str:
    if engine.dialect.name == "postgresql":  # the server keeps its own; nothing to check here
        return "ok"
    with engine.connect() as conn:
        return str(conn.execute(text("PRAGMA integrity_check")).scalar())
