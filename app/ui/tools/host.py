"""What a dialog of the File and Tools menus needs of the window that opens it.

The dialogs take a :class:`ToolHost` rather than the main window itself, so they import nothing
of it (the window sits above them) and a test can hand them anything with these few members.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.base.workers import TaskRunner


class ToolHost(Protocol):
    """The library, settings and open document, where long jobs run, and how to show results."""

    @property
    def lib(self) -> Library: ...

    @property
    def settings(self) -> S.Settings: ...

    @property
    def document_id(self) -> DocumentId | None:
        """The document open in the window, if any."""
        ...

    @property
    def db_runner(self) -> TaskRunner:
        """The window's database worker: reads off the GUI thread, watched on a team library
        (``watched_reads``)."""
        ...

    @property
    def import_runner(self) -> TaskRunner:
        """Where long jobs (import, OCR, export, detection, merge) run."""
        ...

    def window(self) -> QWidget:
        """The parent of the dialogs (``QWidget.window()`` of the main window: itself)."""
        ...

    def current_page_id(self) -> PageId | None:
        """The page shown, if any."""
        ...

    def current_page_index(self) -> int | None:
        """The index (from 0) of the page shown, if any."""
        ...

    def show_annotation(self, document: DocumentId, page_index: int, uuid: str) -> bool:
        """Open ``document`` at ``page_index`` and select annotation ``uuid``; False when the
        document could not be opened."""
        ...

    def show_message(self, text: str) -> None:
        """A line in the status bar."""
        ...

    def refresh(self, *, quiet: bool = False) -> None:
        """Show again what a job may have changed (text layers, annotations, metadata);
        ``quiet``: a library that cannot be read now is not said (the job that it stopped said
        why)."""
        ...

    def reload_library(self) -> None:
        """Read the library table again (after a metadata edit)."""
        ...
