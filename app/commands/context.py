"""What every command handler is given: the library (opened on first use) and the references
people type for documents. Imports only the standard library until a handler asks for the
library: ``redline --version`` and ``detect --text`` never load the database layer."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import LibraryError

if TYPE_CHECKING:
    from app.core.ids import DocumentId
    from app.core.library import Library


class Context:
    """What a command handler needs: the library (opened on first use) and output helpers.
    ``library_root`` None: the default library ($REDLINE_LIBRARY, else the user data folder)."""

    def __init__(self, library_root: Path | str | None) -> None:
        self._root = library_root
        self._library: Library | None = None
        self._for_reading = False  # opened read-only by choice (not because another writes)

    @property
    def library_root(self) -> Path | str:
        if self._root is None:
            from app.core.library import default_library_path

            self._root = default_library_path()
        return self._root

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
        if not read_only and self._library.read_only:  # a read-only folder or disk
            why = self._library.db.read_only_reason or "it cannot be written"
            raise LibraryError(
                f"The library at {self._library.location} is read-only ({why}); "
                "nothing was changed."
            )
        return self._library

    def resolve_documents(self, refs: Sequence[str]) -> list[DocumentId]:
        """Documents named on the command line by id, uuid, SHA-256 prefix, title or file name."""
        from app.core.documents.lookup import resolve_document

        return [resolve_document(self.library(read_only=True), r) for r in refs]

    @property
    def interactive(self) -> bool:
        return sys.stderr.isatty()

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
