"""Reading a library without SQLAlchemy: what the read model is written against, and a folder
library's SQLite file opened read-only with the standard library's ``sqlite3``.

The read model (``app.core.documents``: ``queries``, ``search``, ``lookup``, ``metadata``) reads
through ``lib.reading()``, the session's ``connection()`` and ``exec_driver_sql`` with ``?``
placeholders. An :class:`app.core.library.Library` (SQLAlchemy, on SQLite or PostgreSQL) and a
:class:`SqliteReader` both offer them (:class:`LibraryReader`), so either runs the same SQL and
builds the same results. ``redline list``, ``info`` and ``search`` read a current folder library
through a ``SqliteReader``: importing SQLAlchemy was four fifths of their time (issue 22).
Everything else goes the ordinary way, which upgrades a library or says what is wrong with it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from db.location import DB_NAME
from db.revisions import head_revision

BUSY_TIMEOUT_MS = 5000


class Rows(Protocol):
    """A statement's result, as the read model uses it (SQLAlchemy's ``CursorResult`` is one)."""

    def first(self) -> Sequence[Any] | None: ...

    def one(self) -> Sequence[Any]: ...

    def all(self) -> Sequence[Sequence[Any]]: ...

    def scalar(self) -> Any: ...

    def scalars(self) -> Iterable[Any]: ...

    def __iter__(self) -> Iterator[Sequence[Any]]: ...


class ReadConnection(Protocol):
    """Runs SQL written for SQLite (``?`` placeholders; a server library translates them)."""

    def exec_driver_sql(self, statement: str, parameters: Any = ...) -> Rows: ...


class ReadSession(Protocol):
    def connection(self) -> ReadConnection: ...


class LibraryReader(Protocol):
    """What the read model needs of a library: a :class:`app.core.library.Library` or a
    :class:`SqliteReader`."""

    @property
    def on_server(self) -> bool: ...

    def reading(self) -> AbstractContextManager[ReadSession]: ...


class _Result:
    """:class:`Rows` over an ``sqlite3`` cursor."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def first(self) -> Sequence[Any] | None:
        row: Sequence[Any] | None = self._cursor.fetchone()
        self._cursor.close()
        return row

    def one(self) -> Sequence[Any]:
        rows = self._cursor.fetchmany(2)
        self._cursor.close()
        if len(rows) != 1:
            raise LookupError(f"one row was expected, {len(rows) or 'none'} found")
        row: Sequence[Any] = rows[0]
        return row

    def all(self) -> list[Sequence[Any]]:
        return self._cursor.fetchall()

    def scalar(self) -> Any:
        row = self.first()
        return None if row is None else row[0]

    def scalars(self) -> Iterator[Any]:
        return (row[0] for row in self._cursor)

    def __iter__(self) -> Iterator[Sequence[Any]]:
        return iter(self._cursor)


class SqliteReader:
    """A folder library's database open read-only through ``sqlite3`` (:func:`open_reader`). It
    is its own session and connection: ``reading()`` yields it, ``connection()`` returns it."""

    on_server = False
    read_only = True

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @contextmanager
    def reading(self) -> Iterator[SqliteReader]:
        """One read transaction: every statement inside sees the same state of the library."""
        began = not self._conn.in_transaction
        if began:
            self._conn.execute("BEGIN")
        try:
            yield self
        finally:
            if began and self._conn.in_transaction:
                self._conn.execute("ROLLBACK")

    def connection(self) -> SqliteReader:
        return self

    def exec_driver_sql(
        self, statement: str, parameters: Sequence[Any] | dict[str, Any] = ()
    ) -> _Result:
        return _Result(self._conn.execute(statement, parameters))

    def close(self) -> None:
        self._conn.close()


def stored_revision(root: Path) -> str | None:
    """The schema revision the library in folder ``root`` says it is at, read with one query
    (``mode=ro``, the standard library): what a window says before it opens a library that will
    be upgraded. None when there is none to read: no library file, another program's database, a
    damaged file, a folder ``mode=ro`` cannot read in (``Library.open`` says what it is)."""
    path = (root / DB_NAME).absolute()
    try:
        if not path.is_file():
            return None
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def open_reader(root: Path) -> SqliteReader | None:
    """The library folder ``root``'s database opened read-only (``mode=ro``) with the standard
    library, when it is a current Redline library in a folder this process may write (``mode=ro``
    creates the shared-memory file). None for anything else, left to ``Library.open``, which
    says what it is or deals with it: no library there yet, a read-only folder or disk (read
    ``immutable``), an older library (upgraded first), a newer or a foreign one, a damaged file."""
    path = root / DB_NAME
    if not path.is_file() or not os.access(root, os.W_OK):
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and str(row[0]) == head_revision():  # one query (db.migrate's rule)
            return SqliteReader(conn)
    except sqlite3.Error:
        pass
    conn.close()
    return None
