"""What every command handler is given: the library (opened on first use) and the references
people type for documents. Imports only the standard library until a handler asks for the
library: ``redline --version`` and ``detect --text`` never load the database layer, and the
reading commands (``list``, ``info``, ``search``) read a current folder library without
SQLAlchemy (:meth:`Context.reader`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from db.location import default_library_path, is_server_url

if TYPE_CHECKING:
    from app.core.ids import DocumentId
    from app.core.library import Library
    from db.reading import LibraryReader, SqliteReader


class Context:
    """What a command handler needs: the library (opened on first use) and output helpers.
    ``library_root`` None: the default library ($REDLINE_LIBRARY, else the user data folder)."""

    def __init__(self, library_root: Path | str | None) -> None:
        self._root = library_root
        self._library: Library | None = None
        self._for_reading = False  # opened read-only by choice (not because another writes)
        self._reader: SqliteReader | None = None

    @property
    def library_root(self) -> Path | str:
        if self._root is None:
            self._root = default_library_path()
        return self._root

    def reader(self) -> LibraryReader:
        """The library for a command that only reads: a current folder library's database
        through the standard library's ``sqlite3`` (:mod:`db.reading`: SQLAlchemy's import was
        most of `redline list`'s time), else the library opened read-only, which upgrades an
        older one, reads a server's, and says what is wrong with any other."""
        if self._library is not None:
            return self._library
        if self._reader is None and not is_server_url(self.library_root):
            from db.reading import open_reader

            self._reader = open_reader(Path(self.library_root).expanduser().absolute())
            if self._reader is not None:
                from app.core.startup import settle

                settle()  # (see library())
        if self._reader is not None:
            return self._reader
        return self.library(read_only=True)

    def library(self, *, read_only: bool = False) -> Library:
        """The library, opened on first use; asking to write after a read-only use reopens it."""
        if self._library is not None and self._for_reading and not read_only:
            self.close()
        if self._library is None:
            from app.core.library import Library

            self._library = Library.open(
                self.library_root, read_only=read_only, allow_read_only=read_only
            )
            from app.core.startup import settle

            settle()  # what the command needs is loaded now (see app.core.startup)
            self._for_reading = read_only
        if not read_only and self._library.read_only:  # a read-only folder, disk or role
            self._library.check_writable()  # (says why, as the window does: core.refusals)
        return self._library

    def resolve_documents(self, refs: Sequence[str]) -> list[DocumentId]:
        """Documents named on the command line by id, uuid, SHA-256 prefix, title or file name."""
        from app.core.documents.lookup import resolve_document

        return [resolve_document(self.reader(), r) for r in refs]

    @property
    def interactive(self) -> bool:
        return sys.stderr.isatty()

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._library is not None:
            self._library.close()
            self._library = None
