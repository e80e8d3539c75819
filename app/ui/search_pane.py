"""Library-wide search: a query box and the matching pages with snippets.

The query runs in the database worker; choosing a result asks the window to open that page with
the query's matches highlighted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.core.errors import SearchQueryError
from app.core.library import Library
from app.core.search import SearchHit, SearchResults, search
from app.ui.qt_compat import emit
from app.ui.workers import TaskRunner

Index = QModelIndex | QPersistentModelIndex
RESULT_LIMIT = 100


class SearchResultsModel(QAbstractListModel):
    """Search hits, one row each: title and page, then the snippet with its matches marked."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            snippet = " ".join(hit.snippet.split())
            return f"{hit.document_title} — page {hit.page_index + 1}\n{snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        return None


class SearchPane(QWidget):
    """Emits ``hit_chosen(hit, query)`` when a result is activated or selected."""

    hit_chosen = Signal(object, str)

    def __init__(self, lib: Library, db: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.db = lib, db
        self.query = QLineEdit(placeholderText='Search all pages (words, "phrases", prefix*)')
        self.query.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = SearchResultsModel()
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.query, self.status, self.results):
            layout.addWidget(w)
        self._last_query = ""
        self.query.returnPressed.connect(self._on_return_pressed)
        self.results.activated.connect(self._on_activated)
        self.results.clicked.connect(self._on_activated)

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def run(self, query: str) -> None:
        """Search for ``query`` in the background; results replace the list."""
        query = query.strip()
        if not query:
            return
        self._last_query = query
        self.status.setText("Searching…")
        self.db.submit(
            lambda: search(self.lib, query, limit=RESULT_LIMIT),
            self._on_results,
            self._on_error,
        )

    def _on_return_pressed(self) -> None:
        self.run(self.query.text())

    def _on_results(self, results: SearchResults) -> None:
        if results.query != self._last_query:
            return  # an older search finished after a newer one started
        self.model.set_hits(results.hits)
        more = "+" if results.has_more else ""
        self.status.setText(f"{results.total}{more} pages match." if results.hits else "No match.")

    def _on_error(self, exc: BaseException) -> None:
        self.model.set_hits([])
        self.status.setText(str(exc) if isinstance(exc, SearchQueryError) else f"Error: {exc}")

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            emit(self.hit_chosen, self.model.hits[index.row()], self._last_query)
