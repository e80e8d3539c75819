"""The library pane: a filter box over the sortable, lazily loaded document table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.ids import DocumentId
from app.ui.library.library_model import LibraryModel

COLUMN_WIDTHS = (250, 50, 90, 90, 110, 85, 70, 110, 85)


class LibraryPane(QWidget):
    """Emits ``document_chosen(id)`` when a document is selected or activated."""

    document_chosen = Signal(int)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit(placeholderText="Filter by title, case or document number…")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
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
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.filter.textChanged.connect(self._on_text_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _on_text_changed(self, text: str) -> None:
        self.model.set_filter(text.strip())

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
