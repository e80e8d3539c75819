"""The library pane: a filter box over the sortable, lazily loaded document table.

From the keyboard: Enter in the filter box opens the first document listed and asks to go and
read it (``read_requested``), as Enter on a row does; Down goes into the table; Tab leaves the
table rather than walking its cells (a step to the next row would open another document)."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.ids import DocumentId
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, translate
from app.ui.base.own_keys import own_keys
from app.ui.base.plain_label import plain_label
from app.ui.base.server_wait import ReadWords, ServerWait
from app.ui.library.library_model import LibraryModel

LIBRARY_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for the library's documents"),
    QT_TRANSLATE_NOOP(
        "Redline",
        "The library's server is not answering; the library's documents have not been read yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Stop waiting for the library's documents (Esc): their read is cancelled on the library's "
        "server.",
    ),
    QT_TRANSLATE_NOOP("Redline", "The library's documents were not read."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the library's documents were "
        "not read.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Read the library's documents again."),
)
COLUMN_WIDTHS = (250, 50, 90, 90, 110, 85, 70, 110, 85)


class LibraryPane(QWidget):
    """Emits ``document_chosen(id)`` when a document is selected or activated, and
    ``read_requested()`` after Enter opened one (the window then moves to the scan)."""

    document_chosen = Signal(int)
    read_requested = Signal()

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit(
            placeholderText=translate("Redline", "Filter by title, case or document number…")
        )
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        own_keys(self.table)  # (End: its last row, not the document's last page)
        self.table.setModel(model)
        named(
            self.filter,
            QT_TRANSLATE_NOOP("Redline", "Filter the library"),
            QT_TRANSLATE_NOOP(
                "Redline",
                "Shows only the documents whose title, case or document number holds the words "
                "typed. Enter opens the first.",
            ),
        )
        named(
            self.table,
            QT_TRANSLATE_NOOP("Redline", "Documents"),
            QT_TRANSLATE_NOOP(
                "Redline",
                "The library's documents. Enter opens the one chosen; a column header sorts.",
            ),
        )
        named(
            self,
            QT_TRANSLATE_NOOP("Redline", "Library"),
            QT_TRANSLATE_NOOP("Redline", "The documents of the library, with a filter."),
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        # The title first and wide; the other columns are a scroll away (widths are interactive).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # What a filter that matches nothing says (an empty table said nothing).
        self.no_match = plain_label()
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout.addWidget(self.filter)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)  # (the bar under it as tall as its words)
        self.server_wait = ServerWait(LIBRARY_READ)
        layout.addWidget(self.server_wait)  # (under the table, whose rows it reads)
        if model.reads is not None:
            model.reads.attach(self.server_wait, self._read_again, (self.table, self.filter))
        self.model.reloaded.connect(self._say_no_match)
        self.model.unread.connect(self._say_unread)
        self.filter.textChanged.connect(self._on_text_changed)
        self.filter.returnPressed.connect(self._on_filter_return)
        self.filter.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_activated)

    def columns_state(self) -> QByteArray:
        """The table's column widths and sort, as the settings keep them."""
        state: QByteArray = self.table.horizontalHeader().saveState()
        return state

    def restore_columns(self, state: QByteArray) -> None:
        """The column widths and sort of :meth:`columns_state` (nothing kept, or kept by a
        Redline with other columns: as they are)."""
        header = self.table.horizontalHeader()
        sorted_by = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if state.isEmpty() or not header.restoreState(state):
            return
        if header.count() != self.model.columnCount():
            for column, width in enumerate(COLUMN_WIDTHS):
                self.table.setColumnWidth(column, width)
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            return
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != sorted_by:
            # (the rows are read again only for another sort: a library's first read is enough)
            self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _on_text_changed(self, text: str) -> None:
        self.model.set_filter(text.strip())

    def _say_no_match(self) -> None:
        typed = self.filter.text().strip()
        if typed and self.model.rowCount() == 0:
            self.no_match.setText(
                translate("Redline", "No document matches “{text}”.").format(text=typed)
            )
            self.no_match.show()
        else:
            self.no_match.hide()

    def _say_unread(self) -> None:
        """A read given up: said whole over the table (the rows it had stay)."""
        self.no_match.setText(self.server_wait.given_up(self.model.lib.location))
        self.no_match.show()

    def _read_again(self) -> None:
        self.no_match.hide()
        self.model.read_again()

    def _on_filter_return(self) -> None:
        """Enter in the filter: the first document listed (once the filter's rows are read)."""
        if self.model.reload_pending:  # (the rows of what was typed are still being read)
            self.model.reloaded.connect(self._open_first_after_reload)
            return
        self.open_row(0)

    def _open_first_after_reload(self) -> None:
        self.model.reloaded.disconnect(self._open_first_after_reload)
        self.open_row(0)

    def open_row(self, row: int) -> bool:
        """Choose the document on ``row`` and ask to read it; False when there is none."""
        doc_id = self.model.document_id(row)
        if doc_id is None:
            return False
        self.table.selectRow(row)  # (chooses it, unless it was chosen already)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.read_requested.emit()
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():  # Enter (or a double-click) on a row
            self.open_row(index.row())

    def focus_table(self) -> None:
        """Into the table, at the open document's row (else the first)."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        if not rows and self.model.rowCount() > 0:
            self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_End
            and not event.modifiers() & ~Qt.KeyboardModifier.ControlModifier
        ):
            self.model.fetch_rest(self._to_last_row)  # (the rows not read yet too)
            return True
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.focus_table()
            return True
        return False

    def _to_last_row(self) -> None:
        last = self.model.rowCount() - 1
        if last >= 0:
            self.table.setCurrentIndex(self.model.index(last, 0))

    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if len(rows) == 1:
            doc_id = self.model.document_id(rows.pop())
            if doc_id is not None:
                self.document_chosen.emit(int(doc_id))

    def select_document(self, doc_id: DocumentId) -> None:
        """Show ``doc_id`` as the current row without emitting ``document_chosen`` again."""
        row = self.model.row_of(doc_id)
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        self.table.viewport().update()

    def neighbour(self, doc_id: DocumentId, step: int) -> DocumentId | None:
        """The document ``step`` rows away in the table's order (loading more rows if needed)."""
        row = self.model.row_of(doc_id)
        if row is None:
            return None
        target = row + step
        while target >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        return self.model.document_id(target) if target >= 0 else None
