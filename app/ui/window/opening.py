"""What the window opens at start, and when: the document last read, else the first of the
library table once its rows arrive; and the work that waits until the first page is painted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from app.core.library import Library
from app.ui.window.empty_hint import EmptyLibraryHint

if TYPE_CHECKING:
    from app.core.ids import DocumentId
    from app.ui.base import settings as S
    from app.ui.base.workers import TaskRunner
    from app.ui.document.document_view import DocumentView
    from app.ui.library.library_model import LibraryModel
    from app.ui.library.library_pane import LibraryPane
    from app.ui.window.remembered import Remembered

FIRST_PAINT_DELAY_MS = 1000  # what waits for the first paint waits for what it starts too
NO_PAINT_DELAY_MS = 3000  # when no document opens at start


class WindowOpening(QMainWindow):
    """What the main window opens at start (one part of :class:`MainWindow`)."""

    _open_first_pending = False  # the first document to open once the table's rows arrive
    _empty_hint: EmptyLibraryHint | None = None  # made when the library is first seen empty

    if TYPE_CHECKING:  # (the main window's)
        lib: Library
        settings: S.Settings
        db_runner: TaskRunner
        document_id: DocumentId | None
        document_view: DocumentView
        library_model: LibraryModel
        library_pane: LibraryPane
        remembered: Remembered
        owns_library: bool

        def open_document(
            self, doc_id: DocumentId, page: int = 0, query: str | None = None
        ) -> bool: ...
        def save_state(self) -> None: ...

    def open_first_document(self) -> None:
        """Open the first document of the library table, once its first rows have arrived
        (they are read on the database worker), unless one was opened meanwhile."""
        if self.library_model.loading:
            self._open_first_pending = True
            return
        first = self.library_model.document_id(0)
        if first is not None and self.document_id is None:
            self.open_document(first)
        self._show_empty_hint()  # (its rows were there already: no reload to come)

    def _on_reloaded(self) -> None:
        if self._open_first_pending:
            self._open_first_pending = False
            self.open_first_document()
        if self.document_id is not None:
            self.library_pane.select_document(self.document_id)
        self._show_empty_hint()

    def _show_empty_hint(self) -> None:
        """On the page area while the library has no document (and none is open): where scans
        come in. Gone once one is imported, or a page is shown."""
        model = self.library_model
        empty = not model.loading and not model.filter_text and model.rowCount() == 0
        shown = empty and self.document_id is None
        if self._empty_hint is None:
            if not shown:
                return
            self._empty_hint = EmptyLibraryHint(self.document_view.page_view.viewport())
            self.document_view.page_ready.connect(lambda _page_id: self._hide_empty_hint())
        self._empty_hint.show_if(shown)

    def _hide_empty_hint(self) -> None:
        if self._empty_hint is not None:
            self._empty_hint.hide()

    def reopen_last(self) -> bool:
        """Open the document and page shown when the window last closed, if it still exists
        (and that window was on this library)."""
        last = self.remembered.last_reading()
        return last is not None and self.open_document(*last)

    def after_first_paint(self, run: Callable[[], object]) -> None:
        """Run ``run`` once, a second after the first page is painted (or a few seconds after
        this call, when no page is): work that can wait must not delay the page, nor the text
        and thumbnails its paint starts."""
        timer = QTimer(self, singleShot=True, interval=NO_PAINT_DELAY_MS)
        timer.timeout.connect(run)
        ready = self.document_view.page_ready

        def painted(_page_id: int) -> None:
            ready.disconnect(painted)
            if timer.isActive():  # (else it ran already: no page was painted in time)
                timer.start(FIRST_PAINT_DELAY_MS)

        ready.connect(painted)
        timer.start()
