"""Library-wide search: a query box and the matching pages with snippets.

The query runs in the database worker; choosing a result asks the window to open that page with
the query's matches highlighted.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core import wording
from app.core.documents.search import TOTAL_CAP, SearchHit, SearchResults, search
from app.core.errors import SearchQueryError
from app.core.library import Library
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, say, translate
from app.ui.base.own_keys import own_keys
from app.ui.base.plain_label import plain_label, plain_tip
from app.ui.base.server_wait import ReadWords, ServerWait
from app.ui.base.theme import colours
from app.ui.base.watched_reads import WatchedReads
from app.ui.base.workers import TaskRunner

Index = QModelIndex | QPersistentModelIndex
RESULT_LIMIT = 100
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for the search"),
    QT_TRANSLATE_NOOP(
        "Redline", "The library's server is not answering; the search has not been answered yet."
    ),
    QT_TRANSLATE_NOOP(
        "Redline", "Stop waiting for the search (Esc): it is cancelled on the library's server."
    ),
    QT_TRANSLATE_NOOP("Redline", "The search was not made."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the search was not made.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Search the library again."),
)


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
            return f"{hit.document_title} — {where(hit.page_index, hit.corrected)}\n{snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(hit.snippet)
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.document_title, hit.page_index, hit.snippet, hit.corrected)
        return None


def where(page_index: int, corrected: bool = False) -> str:
    """A hit's page, and whether its snippet is the page's corrected reading (it matched only,
    or better, where a person corrected the text)."""
    if corrected:
        return translate("Redline", "page {n}, in the corrected reading").format(n=page_index + 1)
    return translate("Redline", "page {n}").format(n=page_index + 1)


def snippet_html(title: str, page_index: int, snippet: str, corrected: bool = False) -> str:
    """A hit as rich text: the title and page, then the snippet with its matches marked."""
    body = html.escape(" ".join(snippet.split()))
    tint = colours().hit_text.name()  # (read at each paint: follows light and dark)
    body = body.replace("«", f'<b style="background:{tint}">').replace("»", "</b>")
    page = html.escape(where(page_index, corrected))
    return f"<b>{html.escape(title)}</b> — {page}<br>{body}"


SNIPPET_LEAST = 80  # pixels: a hit's text is wrapped to no narrower than this


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's rich text (matches in bold on yellow), wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(SNIPPET_HTML_ROLE) or "")
        doc.setTextWidth(max(self._width(option), SNIPPET_LEAST))
        return doc

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The width to wrap to: the item's, or (asked for a size, before it has one) the list's
        (a fixed 200 px cut the hits of a narrower side panel, with a scroll bar under them)."""
        if option.rect.width() > 0:
            return option.rect.width()
        view = option.widget
        if isinstance(view, QAbstractScrollArea):
            return view.viewport().width()
        return SNIPPET_LEAST

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = style_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        self._document(option, index).drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchPane(QWidget):
    """Emits ``hit_chosen(hit, query)`` when a result is activated or selected, and
    ``query_changed(query)`` when a search starts or the box is emptied ("")."""

    hit_chosen = Signal(object, str)
    query_changed = Signal(str)

    def __init__(self, lib: Library, db: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.db = lib, db
        self.query = QLineEdit(
            placeholderText=translate("Redline", 'Search all pages (words, "phrases", prefix*)')
        )
        self.query.setClearButtonEnabled(True)
        self.status = plain_label()  # (its error: the query as typed)
        self.status.setWordWrap(True)
        self.model = SearchResultsModel()
        self.results = QListView()
        own_keys(self.results)  # (End: its last row, not the document's last page)
        self.results.setModel(self.model)
        named(
            self.query,
            QT_TRANSLATE_NOOP("Redline", "Search all pages"),
            QT_TRANSLATE_NOOP(
                "Redline", 'Words, "phrases" or prefix* to find in every page of the library.'
            ),
        )
        named(
            self.results,
            QT_TRANSLATE_NOOP("Redline", "Search results"),
            QT_TRANSLATE_NOOP(
                "Redline", "The pages that match, with their snippets. Enter opens the page."
            ),
        )
        named(
            self,
            QT_TRANSLATE_NOOP("Redline", "Search"),
            QT_TRANSLATE_NOOP("Redline", "Search the text of every page of the library."),
        )
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # (hits wrap again on a resize)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.query, self.status):
            layout.addWidget(w)
        layout.addWidget(self.results, 1)  # (the bar under it as tall as its words)
        self.server_wait = ServerWait(SEARCH_READ)
        layout.addWidget(self.server_wait)  # (under the hits it reads)
        self.reads = WatchedReads(db, self)
        self.reads.attach(self.server_wait, self._search_again, (self.query, self.results))
        self._last_query = ""
        self._results: SearchResults | None = None  # the last search's (its status is redone)
        self.query.returnPressed.connect(self._on_return_pressed)
        self.query.textChanged.connect(self._on_text_changed)
        self.query.installEventFilter(self)
        self.results.activated.connect(self._on_activated)
        self.results.clicked.connect(self._on_activated)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the query box goes to the results (Enter there opens one)."""
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            return True
        return False

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def run(self, query: str) -> None:
        """Search for ``query`` in the background; results replace the list."""
        query = query.strip()
        if not query:
            return
        self._last_query = query
        self.query_changed.emit(query)
        self.status.setText(translate("Redline", "Searching…"))
        self.reads.submit(
            lambda: search(self.lib, query, limit=RESULT_LIMIT),
            self._on_results,
            self._on_error,
            stopped=lambda: self._on_stopped(query),
        )

    def _on_stopped(self, query: str) -> None:
        """The person gave the search up (its bar says so, beside Search again)."""
        if query == self._last_query:
            self._results = None
            self.model.set_hits([])
            self.status.setText(self.server_wait.given_up(self.lib.location))

    def _search_again(self) -> None:
        self.run(self._last_query)

    def _on_return_pressed(self) -> None:
        self.run(self.query.text())

    def _on_text_changed(self, text: str) -> None:
        if not text.strip() and self._last_query:  # emptied (the clear button): tints go too
            self._last_query = ""
            self.model.set_hits([])
            self.status.setText("")
            self.query_changed.emit("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._results is not None:
            self._on_results(self._results)  # the count, in the new language

    def _on_results(self, results: SearchResults) -> None:
        if results.query != self._last_query:
            return  # an older search finished after a newer one started
        self._results = results
        self.model.set_hits(results.hits)
        if not results.hits:
            text = translate("Redline", "No match.")
        elif results.total >= TOTAL_CAP:
            text = translate("Redline", "{n}+ pages match.").format(n=results.total)
        else:
            text = say(
                wording.translate("Redline", "%n pages match.").counted(
                    results.total, one="%n page matches."
                )
            )
        if not results.ranked_all:
            text += " " + translate(
                "Redline",
                "So many that they are listed in library order: narrow the search to rank them.",
            )
        self.status.setText(text)

    def _on_error(self, exc: BaseException) -> None:
        self.model.set_hits([])
        error = translate("Redline", "Error: {error}").format(error=exc)
        self.status.setText(say(exc) if isinstance(exc, SearchQueryError) else error)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(self.model.hits[index.row()], self._last_query)
