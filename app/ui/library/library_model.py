"""The library as a Qt table: loaded a page of rows at a time (fetchMore), sorted and filtered in
SQL, so 10,000 documents cost no more to show than 200. Every query runs on the database worker
and the rows arrive by signal, the first screenful too: the window shows an empty table for the
moment it takes (37 ms at 10,000 documents, which the GUI thread used to wait for at start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.core.documents.metadata import FIELDS
from app.core.documents.queries import DocumentRow, SortKey, count_documents, list_documents
from app.core.ids import DocumentId
from app.core.library import Library
from app.ui.base.language import QT_TRANSLATE_NOOP, translate
from app.ui.base.plain_label import plain_tip
from app.ui.base.table import column_header
from app.ui.base.watched_reads import WatchedReads
from app.ui.base.workers import TaskRunner, unheard

Index = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200
COLUMNS: tuple[tuple[str, SortKey], ...] = (
    (QT_TRANSLATE_NOOP("Redline", "Title"), "title"),
    (QT_TRANSLATE_NOOP("Redline", "Pages"), "pages"),
    (QT_TRANSLATE_NOOP("Redline", "Case no."), "case_number"),
    (QT_TRANSLATE_NOOP("Redline", "Doc no."), "document_number"),
    (QT_TRANSLATE_NOOP("Redline", "Classification"), "classification"),
    (QT_TRANSLATE_NOOP("Redline", "Imported"), "imported"),
    (QT_TRANSLATE_NOOP("Redline", "Reviewed"), "progress"),
    (QT_TRANSLATE_NOOP("Redline", "Release"), "release_status"),
    (QT_TRANSLATE_NOOP("Redline", "Released"), "release_date"),
)
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LABELS = tuple(label for label, _ in COLUMNS)
METADATA_COLUMNS = tuple(i for i, (_, key) in enumerate(COLUMNS) if key in dict(FIELDS))
RIGHT_ALIGNED = tuple(i for i, (_, key) in enumerate(COLUMNS) if key in ("pages", "progress"))


class LibraryModel(QAbstractTableModel):
    """Documents of a library, one row each; rows arrive in pages of ``PAGE_ROWS``."""

    reloaded = Signal()  # rows replaced (after a sort, a filter or an import)
    unread = Signal()  # a read given up by the person ("Stop waiting")

    def __init__(
        self, lib: Library, runner: TaskRunner | None = None, page_rows: int = PAGE_ROWS
    ) -> None:
        super().__init__()
        self.lib = lib
        self.runner = runner  # None: query inline (model tests)
        # (watched: Stop waiting on the pane's bar, on a server that does not answer)
        self.reads = WatchedReads(runner, self) if runner is not None else None
        self.page_rows = page_rows
        self.sort_key: SortKey = "title"
        self.descending = False
        self.filter_text = ""
        self._rows: list[DocumentRow] = []
        self._total = 0
        self._generation = 0  # bumped by every reload; late answers to older ones are ignored
        self._fetching = False
        self._shown_generation = -1  # the reload whose rows are shown (-1: none yet)
        self.reload()  # the first screenful, read on the runner (the database worker)

    def _first_page(self) -> tuple[int, list[DocumentRow]]:
        return count_documents(self.lib, filter=self.filter_text), self._query(0)

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        if self.reads is None:
            on_done(fn())
        else:
            self.reads.submit(fn, on_done, self._on_failed, stopped=self._on_stopped)

    def _on_failed(self, exc: BaseException) -> None:
        """A read failed (a server gone): logged, the rows shown kept; more can be read again
        (a fetch that failed left the table at its last row for good)."""
        self._fetching = False
        unheard(exc)

    def _on_stopped(self) -> None:
        """The person gave a read up (its bar says so): the rows shown are kept."""
        self._fetching = False
        self.unread.emit()

    def read_again(self) -> None:
        """Read what was given up: the first screenful when it had not come, else more rows."""
        if self.reload_pending:
            self.reload()
        else:
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        """Start again from the first page (after an import, a new sort or a new filter)."""
        self._generation += 1
        generation = self._generation
        self._run(self._first_page, lambda result: self._on_reloaded(generation, result))

    def _on_reloaded(self, generation: int, result: tuple[int, list[DocumentRow]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows = result
        self._fetching = False
        self._shown_generation = generation
        self.endResetModel()
        self.reloaded.emit()

    def _query(self, offset: int, limit: int | None = None) -> list[DocumentRow]:
        return list_documents(
            self.lib,
            offset=offset,
            limit=limit or self.page_rows,
            sort=self.sort_key,
            descending=self.descending,
            filter=self.filter_text,
        )

    @property
    def loading(self) -> bool:
        """The first screenful has not arrived yet."""
        return self._shown_generation < 0

    @property
    def reload_pending(self) -> bool:
        """A reload (a new filter or sort) has been asked for and its rows have not arrived."""
        return self._shown_generation != self._generation

    def set_filter(self, text: str) -> None:
        if text != self.filter_text:
            self.filter_text = text
            self.reload()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        self._run(lambda: self._query(offset), lambda rows: self._on_more(generation, rows))

    def fetch_rest(self, then: Callable[[], None]) -> None:
        """Every row still to come, in one read, then ``then()`` (End in the table goes to the
        library's last document: it stopped at the last row read, the 200th of 316)."""
        if not self.canFetchMore(QModelIndex()):
            if not self._fetching:
                then()
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        rest = max(self._total - offset, self.page_rows)

        def done(rows: list[DocumentRow]) -> None:
            self._on_more(generation, rows)
            if generation == self._generation:
                then()

        self._run(lambda: self._query(offset, rest), done)

    def _on_more(self, generation: int, more: list[DocumentRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        label = column_header(LABELS, section, orientation, role)
        return label if label is not None else super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == DOCUMENT_ID_ROLE:
            return int(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return plain_tip(row.title)
        if index.column() in METADATA_COLUMNS and self._display(row, index.column()):
            return self._origin(row, COLUMNS[index.column()][1], role)
        return None

    @staticmethod
    def _origin(row: DocumentRow, key: str, role: int) -> Any:
        """Detected values in italics, and a tooltip saying who set the value."""
        detected = key in row.detected
        if role == Qt.ItemDataRole.FontRole and detected:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if detected:
                return translate("Redline", "Detected; double-click to check or edit")
            return translate("Redline", "Typed by a person; double-click to check or edit")
        return None

    @staticmethod
    def _display(row: DocumentRow, column: int) -> str:
        values = (
            row.title,
            str(row.page_count),
            row.case_number,
            row.document_number,
            row.classification,
            row.imported_at.strftime("%Y-%m-%d"),
            f"{row.reviewed_pages}/{row.page_count}",
            row.release_status,
            row.release_date,
        )
        return values[column] if 0 <= column < len(values) else ""

    def document_id(self, row: int) -> DocumentId | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: DocumentId) -> int | None:
        """The row of a loaded document (None if not loaded yet or filtered out)."""
        return next((i for i, r in enumerate(self._rows) if r.id == doc_id), None)
