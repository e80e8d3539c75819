"""A Redline library: a folder with ``library.sqlite`` and ``sources/`` (files under their SHA-256).

Nothing inside the library refers to an absolute path, so the folder can be moved or copied to
another machine. The default location comes from platformdirs; ``--library PATH`` and the
``REDLINE_LIBRARY`` environment variable choose another.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from platformdirs import user_data_path
from sqlalchemy.orm import Session

from app import __version__
from app.core.errors import LibraryError
from db.engine import Database, DatabaseError, open_database
from db.migrate import SchemaError

DB_NAME = "library.sqlite"
SOURCES = "sources"


def default_library_path() -> Path:
    env = os.environ.get("REDLINE_LIBRARY")
    if env:
        return Path(env).expanduser()
    return user_data_path("redline", appauthor=False) / "library"


class Library:
    """An open library. Use as a context manager, or call :meth:`close`."""

    def __init__(self, root: Path, database: Database) -> None:
        self.root = root
        self.db = database
        self.closed = False

    @classmethod
    def open(
        cls, root: Path | str, *, read_only: bool = False, allow_read_only: bool = False
    ) -> Library:
        """Open the library at ``root``, creating it (when writable) if it does not exist."""
        root = Path(root).expanduser().absolute()
        if root.exists() and not root.is_dir():
            raise LibraryError(f"{root} is a file, not a library folder.")
        if not read_only:
            try:
                (root / SOURCES).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                if not (root / DB_NAME).exists():
                    raise LibraryError(
                        f"Cannot create a library at {root}: {exc.strerror}."
                    ) from exc
                read_only = True
        try:
            database = open_database(
                root / DB_NAME,
                app_version=__version__,
                read_only=read_only,
                allow_read_only=allow_read_only,
            )
        except (DatabaseError, SchemaError) as exc:
            raise LibraryError(str(exc)) from exc
        return cls(root, database)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def sources_dir(self) -> Path:
        return self.root / SOURCES

    def source_path(self, sha256: str) -> Path:
        return self.sources_dir / sha256

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work (one user action): commits on success, rolls back on error."""
        if self.read_only:
            raise LibraryError(
                f"The library at {self.root} is open read-only (another Redline writes to it)."
            )
        with self.db.transaction() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only."""
        with self.db.session() as session:
            yield session

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
