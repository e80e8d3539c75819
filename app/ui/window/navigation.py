"""Going from document to document and page to page: a document opened (from the library
table, a search hit, the next or previous one of the table, an annotation's page), its title in
the window's title and status bar, and Go › Go to page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow

from app.core.documents.queries import document_summary, page_to_open
from app.core.errors import NotFoundError
from app.core.ids import DocumentId, PageId
from app.ui.base.language import say, translate

if TYPE_CHECKING:
    from app.core.documents.search import SearchHit
    from app.core.library import Library
    from app.ui.annotating.page_annotations import PageAnnotations
    from app.ui.document.document_view import DocumentView
    from app.ui.library.library_model import LibraryModel
    from app.ui.library.library_pane import LibraryPane

READ_ONLY_TITLE = "read-only"


class DocumentNavigation(QMainWindow):
    """Which document and page the main window shows (one part of :class:`MainWindow`)."""

    document_id: DocumentId | None = None  # the document shown

    if TYPE_CHECKING:  # (the main window's)
        lib: Library
        document_view: DocumentView
        library_model: LibraryModel
        library_pane: LibraryPane
        page_annotations: PageAnnotations
        status_document: QLabel

        def show_message(self, text: str) -> None: ...

    def open_document(self, doc_id: DocumentId, page: int = 0, query: str | None = None) -> bool:
        """Show a document at a 0-based page; False (and a message) if it is not there."""
        try:
            opening = page_to_open(self.lib, doc_id, page)
            if opening is not None:  # (a page past the end is clamped once the pages are read)
                self.document_view.start_opening(*opening)
            summary = document_summary(self.lib, doc_id)
        except NotFoundError as exc:
            self.show_message(say(exc))
            return False
        self.document_id = doc_id
        self.status_document.setText(summary.title)
        read_only = f" ({READ_ONLY_TITLE})" if self.lib.read_only else ""
        self.setWindowTitle(f"{summary.title}{read_only} — {self.lib.name} — Redline")
        self.library_pane.select_document(doc_id)
        self.document_view.open_document(summary, page, query)
        return True

    def _on_read_requested(self) -> None:
        """Enter in the library: the document chosen is open; go and read it."""
        self.document_view.page_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_document_chosen(self, doc_id: int) -> None:
        if doc_id != self.document_id:
            self.open_document(DocumentId(doc_id))

    def _on_hit_chosen(self, hit: SearchHit, query: str) -> None:
        if hit.document_id == self.document_id:
            self.document_view.show_page(hit.page_index, query)
        else:
            self.open_document(hit.document_id, hit.page_index, query)

    def step_document(self, step: int) -> None:
        """Open the next (``step`` 1) or previous (-1) document of the library table."""
        if self.document_id is None:
            first = self.library_model.document_id(0)
            if first is not None:
                self.open_document(first)
            return
        target = self.library_pane.neighbour(self.document_id, step)
        if target is not None:
            self.open_document(target)

    def on_go_to_page(self) -> None:
        count = self.document_view.page_count
        if not count:
            return
        page, ok = QInputDialog.getInt(
            self,
            translate("Redline", "Go to page"),
            translate("Redline", "Page (1–{count}):").format(count=count),
            self.document_view.index + 1,
            1,
            count,
        )
        if ok:
            self.document_view.show_page(page - 1)

    def current_page_id(self) -> PageId | None:
        page = self.document_view.page
        return None if page is None else page.id

    def current_page_index(self) -> int | None:
        page = self.document_view.page
        return None if page is None else page.index

    def show_annotation(self, document: DocumentId, page_index: int, uuid: str) -> bool:
        if not self.open_document(document, page_index):
            return False
        self.page_annotations.show_annotation(uuid)
        return True
