"""A Redline library: a folder with ``library.sqlite`` and ``sources/`` (files under their SHA-256),
or a database on a PostgreSQL server (``postgresql://user@host/dbname``, :mod:`db.server`), which
holds the sources too (``source_chunks``); a server library's ``root`` is then a local cache
folder where a source is written out from the database the first time it is read.

Nothing inside the library refers to an absolute path, so the folder can be moved or copied to
another machine. The default location comes from platformdirs; ``--library PATH`` and the
``REDLINE_LIBRARY`` environment variable choose another.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from platformdirs import user_cache_path, user_data_path
from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError as SADatabaseError

from app import __version__
from app.core import refusals
from app.core.calls import CallRunner, CallWatch
from app.core.errors import LibraryError, LoginRefused, PasswordNeeded
from app.core.scratch import sweep_scratch
from app.core.wording import Message, translate
from db.engine import Database, DatabaseError, open_database, open_server_database
from db.location import DB_NAME as DB_NAME
from db.location import default_library_path as default_library_path
from db.migrate import SchemaError, UpgradeNeeded
from db.reading import stored_revision
from db.revisions import known_revisions
from db.server import (
    LOCK_WAIT_S,
    REFUSED,
    cache_key,
    database_name,
    is_server_url,
    password_needed,
)
from db.server import ServerAddress as ServerAddress  # (what the window's forms use of db/)
from db.server import ServerError as ServerError
from db.server import display_url as display_url

if TYPE_CHECKING:  # (the ORM is loaded by the first session: see Database._sessions)
    from sqlalchemy.orm import Session

SOURCES = "sources"
BACKUPS = "backups"  # copies of the database: before an upgrade, a merge, a restore
INCOMING = ".incoming-"  # a source being copied in (app.core.documents.ingest)
_SHA256 = re.compile(r"[0-9a-f]{64}")
CHUNK = 1 << 20  # a source is stored in and read from a server library in chunks of 1 MiB


def _full() -> Message:
    return translate(
        "Redline",
        "The disk holding the library at {root} is full; nothing was changed. "
        "Free some space and try again.",
    )


def _unwritable() -> Message:
    return translate(
        "Redline",
        "The library at {root} cannot be written (a read-only file, folder or disk); "
        "nothing was changed.",
    )


def storage_os_error(root: Path, exc: OSError) -> LibraryError | None:
    """A file written into the library refused by the system, as :func:`storage_error` says it
    for the database (the disk full, a read-only disk); else None. An import said "cannot
    store a copy in the library: No space left on device", in English in every window."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return LibraryError(_full().format(root=root))
    if exc.errno == errno.EROFS:
        return LibraryError(_unwritable().format(root=root))
    return None


def storage_error(root: Path, exc: SADatabaseError) -> LibraryError | None:
    """The database driver's error as one line for a person where it is about the storage
    (a full disk, a read-only file, another process holding the library); else None."""
    reason = str(exc.orig if exc.orig is not None else exc).lower()
    if "disk i/o error" in reason and _nearly_full(root):
        reason = "disk is full"
    if "disk is full" in reason or "no space" in reason:
        said = _full()
    elif "readonly" in reason or "read-only" in reason:
        said = _unwritable()
    elif "database is locked" in reason:
        said = translate(
            "Redline",
            "The library at {root} is busy in another process; nothing was changed. "
            "Try again in a moment.",
        )
    elif "disk i/o error" in reason:
        said = translate(
            "Redline",
            "The disk holding the library at {root} failed to read or write (full, removed or "
            "failing); nothing was changed.",
        )
    else:
        return None
    return LibraryError(said.format(root=root))


def server_error(location: str, exc: SADatabaseError, changing: bool = True) -> LibraryError:
    """A PostgreSQL server's refusal as one line: a role that may only read, a server that went
    away or refused the login, a full disk there; else the server's own first line. Reading
    (not ``changing``), a server that cannot be reached is said without "nothing was changed"."""
    orig = exc.orig if exc.orig is not None else exc
    # (a failed connection's SQLSTATE is the server's, or what db.pg_connect made of a failure
    # the server did not answer: never read from words, which are the server's language)
    state = getattr(orig, "sqlstate", None) or ""
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    plain: Message | None = None  # (the same without "nothing was changed": in a run's stop)
    kind: type[LibraryError] = LibraryError  # (a refused login: one a window asks again for)
    if state == "" and (exc.connection_invalidated or "connection" in first.lower()):
        state = "08006"  # (the connection lost: the driver's own words are psycopg's English)
    if state in ("42501", "25006"):  # insufficient privilege, read-only transaction
        said = translate(
            "Redline",
            "The server refused the change to {location}: your role may only read this "
            "library; nothing was changed.",
        )
    elif state == "53100":
        said = translate(
            "Redline", "The server holding {location} has no disk space left; nothing was changed."
        )
        plain = translate("Redline", "The server holding {location} has no disk space left.")
    elif state == REFUSED:  # (a server that answered a connection with a refusal: not why)
        said = translate(
            "Redline", "The server holding {location} refused the connection: {reason}"
        )
    elif state.startswith(("08", "57P")):
        # (08: connection exceptions; 57P01-57P05: the server shut down or restarted)
        plain = translate("Redline", "The server holding {location} cannot be reached ({reason}).")
        said = (
            translate(
                "Redline",
                "The server holding {location} cannot be reached ({reason}); nothing was changed.",
            )
            if changing
            else plain
        )
    elif state.startswith("28"):
        said = translate("Redline", "The server refused the login to {location}: {reason}")
        kind = PasswordNeeded if password_needed(orig) else LoginRefused
    elif state == "3D000":
        said = translate("Redline", "The server has no database for {location}: {reason}")
    elif state == "55P03":  # lock_timeout: another session holds what this needs
        said = translate(
            "Redline",
            "Another reviewer's change on {location} held what this needs for {seconds} s; "
            "nothing was changed: try again in a moment.",
        )
    else:
        said = translate("Redline", "The server holding {location} refused the change: {reason}")
    error = kind(said.format(location=location, reason=first, seconds=LOCK_WAIT_S))
    if plain is not None:
        error.in_a_run = plain.format(location=location, reason=first)
    return error


def _server_database(location: str, shown: str, read_only: bool) -> Database:
    """A server library's database. An empty database or an older library opened for reading
    is made or upgraded first (opened for writing, as a folder library is), then read: the first
    `redline list` of an empty database said it was "made by an older Redline (schema None)",
    though the guide has the owner make the library with it. A role that may not write (a
    reader) is told what is needed, not why the write failed."""
    open_it = partial(
        open_server_database, location, app_version=__version__, backups=server_backup_folder()
    )
    try:
        return open_it(read_only=read_only)
    except UpgradeNeeded as needed:
        if not read_only:
            raise
        try:
            open_it().close()
        except (SchemaError, DatabaseError, ServerError, SADatabaseError) as refused:
            raise LibraryError(_named(shown, needed)) from refused
    return open_it(read_only=True)


def _named(location: object, exc: Exception) -> Message:
    """The database layer's refusal (its own English: db/ says no Message), with the library's
    place before it."""
    return translate("Redline", "{location}: {reason}").format(location=location, reason=exc)


def _nearly_full(root: Path) -> bool:
    """Whether the disk holding ``root`` has (almost) no room left: SQLite says "disk I/O
    error" when it cannot even create its shared-memory file."""
    try:
        return shutil.disk_usage(root).free < 1024 * 1024
    except OSError:
        return False


def server_cache_folder(location: str) -> Path:
    """Where a server library's sources are written out to be read (named by the address without
    its password, so every login to one database shares it)."""
    key = hashlib.sha256(cache_key(location).encode()).hexdigest()[:16]
    return user_cache_path("redline", appauthor=False) / "servers" / key


def server_backup_folder() -> Path:
    return user_data_path("redline", appauthor=False) / "server-backups"


def upgrade_due(root: Path) -> bool:
    """Whether opening the folder library at ``root`` backs it up and upgrades it first: it is at
    an earlier revision of this program's and its folder can be written. Read up front with one
    query, so that a window can say so while it opens the library; an answer gone stale by then
    (another process upgraded it first) only changes what was said."""
    return stored_revision(root) in known_revisions()[:-1] and os.access(root, os.W_OK)


class Library:
    """An open library. Use as a context manager, or call :meth:`close`."""

    def __init__(self, root: Path, database: Database, location: str | None = None) -> None:
        self.root = root
        self.db = database
        # What the library is called for people: its folder, or a server address without password.
        self.location = location or str(root)
        self.swept: list[str] = []  # what opening it removed (left by a killed process)
        self.closed = False
        # Where a window's thread has its calls run (app.core.calls); None: where they are made.
        self.call_runner: CallRunner | None = None

    @classmethod
    def open(
        cls, root: Path | str, *, read_only: bool = False, allow_read_only: bool = False
    ) -> Library:
        """Open the library at ``root``, creating it (when writable) if it does not exist.

        Opened for writing, stale temporaries and orphaned sources left by a killed process are
        removed (:func:`app.core.cleanup.sweep_library`). Opened read-only by choice, an older
        library that needs an upgrade is opened for writing once (when it can be) to upgrade it.
        """
        if is_server_url(root):
            return cls._open_server(str(root), read_only)
        root = Path(root).expanduser().absolute()
        if root.exists() and not root.is_dir():
            raise LibraryError(
                translate("Redline", "{root} is a file, not a library folder.").format(root=root)
            )
        if not read_only:
            try:
                (root / SOURCES).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                if not (root / DB_NAME).exists():
                    raise LibraryError(
                        translate(
                            "Redline", "Cannot create a library at {root}: {strerror}."
                        ).format(root=root, strerror=exc.strerror)
                    ) from exc
                read_only = True
        try:
            database = cls._open_database(root, read_only, allow_read_only)
        except SchemaError as exc:  # (it names no place: which library is said here)
            raise LibraryError(_named(root, exc)) from exc
        except DatabaseError as exc:
            raise LibraryError(str(exc)) from exc
        except SADatabaseError as exc:
            error = storage_error(root, exc)
            if error is None:
                raise
            raise error from exc
        lib = cls(root, database)
        if not lib.read_only:
            lib.swept = sweep_library(lib)
            sweep_scratch()  # and the scratch folders of killed workers (app.core.scratch)
        return lib

    @classmethod
    def _open_server(cls, location: str, read_only: bool) -> Library:
        shown = display_url(location)
        try:
            database = _server_database(location, shown, read_only)
        except SchemaError as exc:
            raise LibraryError(_named(shown, exc)) from exc
        except (DatabaseError, ServerError) as exc:
            raise LibraryError(str(exc)) from exc
        except SADatabaseError as exc:
            raise server_error(shown, exc, changing=False) from exc  # (opening changes nothing)
        cache = server_cache_folder(location)
        (cache / SOURCES).mkdir(parents=True, exist_ok=True)
        lib = cls(cache, database, shown)
        if not read_only:
            sweep_scratch()
        return lib

    @staticmethod
    def _open_database(root: Path, read_only: bool, allow_read_only: bool) -> Database:
        try:
            return open_database(
                root / DB_NAME,
                app_version=__version__,
                read_only=read_only,
                allow_read_only=allow_read_only,
            )
        except UpgradeNeeded:
            if not read_only or not os.access(root, os.W_OK):
                raise
        # An older library opened for reading: upgrade it (open for writing), then read it.
        open_database(root / DB_NAME, app_version=__version__).close()
        return open_database(
            root / DB_NAME, app_version=__version__, read_only=True, allow_read_only=True
        )

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def on_server(self) -> bool:
        return self.db.on_server

    @property
    def name(self) -> str:
        """What the library is called in a file's name (an export of all of it): its folder's
        name, or its database's on a server (whose root is a cache folder named by a hash)."""
        if self.db.url is not None:
            return database_name(self.db.url) or "library"
        return self.root.name

    @property
    def address(self) -> str:
        """What opens this library again, as a worker process does: its folder, or the
        server's address it was opened at (its password too: never shown; :attr:`location` is
        what a person is shown). A server library's :attr:`root` is only its cache folder."""
        return self.db.url if self.db.url is not None else str(self.root)

    @property
    def sources_dir(self) -> Path:
        return self.root / SOURCES

    def source_path(self, sha256: str) -> Path:
        """The source's file; a server library's is written out of the database first."""
        path = self.sources_dir / sha256
        if self.on_server and not path.exists() and _SHA256.fullmatch(sha256):
            self._fetch_source(sha256, path)
        return path

    def source_is_local(self, sha256: str) -> bool:
        """Whether reading the source needs no trip to the server (the GUI thread asks)."""
        return not self.on_server or (self.sources_dir / sha256).exists()

    def _fetch_source(self, sha256: str, path: Path) -> None:
        """Stream a source's chunks from the server into the cache (checked against its hash,
        renamed into place when whole)."""
        tmp = self.sources_dir / f"{INCOMING}{uuid.uuid4().hex}"
        digest = hashlib.sha256()
        with self.reading() as session, tmp.open("wb") as out:
            conn = session.connection()
            seq = 0
            while True:  # one chunk a query: never the whole file in memory
                data = conn.exec_driver_sql(
                    "SELECT data FROM source_chunks WHERE sha256 = ? AND seq = ?", (sha256, seq)
                ).scalar()
                if data is None:
                    break
                out.write(data)
                digest.update(data)
                seq += 1
        if seq == 0 or digest.hexdigest() != sha256:
            tmp.unlink(missing_ok=True)
            if seq == 0:
                return  # not on the server: the caller finds no file, as in a folder library
            raise LibraryError(
                translate("Redline", "The source {value} on {location} is damaged.").format(
                    value=sha256[:12], location=self.location
                )
            )
        os.replace(tmp, path)

    def store_source_chunks(self, conn: Connection, sha256: str, path: Path) -> None:
        """Write a file into a server library's ``source_chunks`` (inside the import's own
        transaction), a chunk at a time; nothing when the server has it already."""
        if conn.exec_driver_sql(
            "SELECT 1 FROM source_chunks WHERE sha256 = ? AND seq = 0", (sha256,)
        ).first():
            return
        with path.open("rb") as f:
            seq = 0
            while data := f.read(CHUNK):
                conn.exec_driver_sql(
                    "INSERT INTO source_chunks (sha256, seq, data) VALUES (?, ?, ?)",
                    (sha256, seq, data),
                )
                seq += 1

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work (one user action): commits on success, rolls back on error.

        A full disk or a library that cannot be written raises a :class:`LibraryError` saying
        so (nothing was changed), never the database driver's error.
        """
        self._check_caller()
        with self._writing(), self.db.transaction() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """:meth:`transaction` on a connection, without SQLAlchemy's ORM (an import's)."""
        self._check_caller()
        with self._writing(), self.db.begin() as conn:
            yield conn

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Refuse a read-only library; the driver's errors said as a :class:`LibraryError`."""
        self.check_writable()
        with self._said():
            yield

    def check_writable(self) -> None:
        """Refuse a read-only library, saying why (before work that would fail later, and
        say it in the system's words: an import's copy of its file)."""
        if self.read_only:
            raise LibraryError(refusals.read_only(self.location, self.db.read_only_reason))

    @contextmanager
    def _said(self, changing: bool = True) -> Iterator[None]:
        """The database driver's errors as a :class:`LibraryError` where they are about the
        storage or the server (a full disk, a server that went away), never the driver's own."""
        try:
            yield
        except SADatabaseError as exc:
            if self.on_server:
                raise server_error(self.location, exc, changing) from exc
            error = storage_error(self.root, exc)
            if error is None:
                raise
            raise error from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only (a server that cannot be reached: a :class:`LibraryError`)."""
        self._check_caller()
        with self._said(changing=False), self.db.session() as session:
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """:meth:`reading` for queries that must all see the library as of one moment (an
        export, a copy of the whole library), and may read a large result a batch at a time."""
        self._check_caller()
        with self._said(changing=False), self.db.snapshot() as session:
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A connection for queries only (:meth:`reading` without the ORM)."""
        self._check_caller()
        with self._said(changing=False), self.db.connect() as conn:
            yield conn

    def watch_call(self) -> CallWatch | None:
        """A watch a window's call on this library runs under, so that the person may give it
        up when the server does not answer (``app.core.calls``); None on a folder library,
        whose calls take milliseconds."""
        watches = self.db.watches
        return None if watches is None else CallWatch(watches.watch(), self.location)

    def _check_caller(self) -> None:
        """Tell the call runner when a thread it runs calls for came here directly."""
        runner = self.call_runner
        if runner is not None and runner.wanted():
            runner.unrouted()

    def close(self) -> None:
        """Checkpoint, let go of the writer lock; a second call does nothing (the window that
        switched to another library closes this one before its opener's ``with`` ends)."""
        if self.closed:
            return
        self.closed = True
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


log = logging.getLogger(__name__)


_HALF_BACKUP = re.compile(r"\..+\.part(-journal|-wal|-shm)?")  # a backup being written


def sweep_library(lib: Library) -> list[str]:
    """Remove what a killed process left behind; return the names removed.

    Run by the writer on open, while it holds the lock (no other process imports): copies of
    sources still being copied in (``sources/.incoming-*``), sources no document names (an
    import killed after its copy and before its commit), and unfinished backups
    (``backups/.*.part``, and the journal SQLite keeps beside one while it writes it). Files of
    other names are never touched. A source that a backup in
    ``backups/`` names is kept: ``redline restore`` may bring its document back (a library
    restored to a backup older than an import no longer names that import's sources, but the
    copy the restore made of it first does).
    """
    with lib.read_connection() as conn:
        known = set(conn.exec_driver_sql("SELECT source_sha256 FROM documents").scalars())
    backups = lib.root / BACKUPS
    orphans = [p for p in _entries(lib.sources_dir) if _SHA256.fullmatch(p.name)]
    orphans = [p for p in orphans if p.name not in known]
    if orphans:
        kept = backed_up_sources(backups)
        orphans = [] if kept is None else [p for p in orphans if p.name not in kept]
    stale = [p for p in _entries(lib.sources_dir) if p.name.startswith(INCOMING)] + orphans
    stale += [p for p in _entries(backups) if _HALF_BACKUP.fullmatch(p.name)]
    removed = []
    for path in stale:
        try:
            path.unlink()
            removed.append(path.name)
        except OSError as exc:  # left for the next open
            log.warning("cannot remove %s: %s", path, exc)
    return removed


def backed_up_sources(folder: Path) -> set[str] | None:
    """The sources (SHA-256) that the library backups in ``folder`` name; None when one of them
    cannot be read (then no source may be swept: a restore of it might need any)."""
    names: set[str] = set()
    for path in _entries(folder):
        if path.is_symlink() or not path.name.endswith(".sqlite"):
            continue
        try:
            conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                rows = conn.execute("SELECT source_sha256 FROM documents").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            log.warning("cannot read the backup %s, so no source is swept: %s", path, exc)
            return None
        names.update(str(r[0]) for r in rows)
    return names


def _entries(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_symlink() or p.is_file()]
    except OSError:
        return []
