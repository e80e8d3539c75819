"""The annotation list: the page's or the document's annotations, filtered by kind, tag, status
and author (the service filters; the query runs on the database worker). Choosing one shows it
in both panes; the context menu edits, deletes, accepts, rejects and shows history."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating.annotations import list_annotations
from app.core.annotating.conflicts import conflicted_annotations
from app.core.annotating.records import AnnotationRecord
from app.core.annotating.vocabulary import KINDS, STATUSES
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.editor import flatten_tags
from app.ui.annotating.menus import fill_record_menu
from app.ui.annotating.page_annotations import reading_order
from app.ui.document.annotation_style import KIND_LABELS, colour_of, describe

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Page", "Kind", "Status", "Annotation", "Author")
COLUMN_WIDTHS = (40, 110, 135, 225, 80)


class AnnotationListModel(QAbstractTableModel):
    """Rows of annotation records; the page column shows 1-based page numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[AnnotationRecord] = []
        self.page_numbers: dict[int, int] = {}
        self.tag_names: dict[int, str] = {}
        self.tag_colours: dict[int, str] = {}
        self.conflicted: set[str] = set()  # uuids a merge left in conflict

    def set_records(
        self,
        records: Sequence[AnnotationRecord],
        page_numbers: dict[int, int],
        tag_names: dict[int, str],
        tag_colours: dict[int, str],
    ) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.page_numbers, self.tag_names, self.tag_colours = page_numbers, tag_names, tag_colours
        self.endResetModel()

    def change_rows(
        self,
        gone: Collection[str],
        added: Sequence[AnnotationRecord],
        order: Callable[[AnnotationRecord], Any],
    ) -> None:
        """Take out the rows of ``gone`` (uuids) and insert ``added`` where ``order`` puts them
        among the rest: one annotation made among hundreds is one row, not a reset."""
        for row in reversed(range(len(self.records))):
            if self.records[row].uuid in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.records[row]
                self.endRemoveRows()
        for rec in added:
            row = bisect_right(self.records, order(rec), key=order)
            self.beginInsertRows(QModelIndex(), row, row)
            self.records.insert(row, rec)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        rec = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return rec.uuid
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return colour_of(rec, self.tag_colours)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return self._display(rec, 3)
        return None

    def _display(self, rec: AnnotationRecord, column: int) -> str:
        if column == 0:
            return str(self.page_numbers.get(rec.page_id, ""))
        if column == 1:
            return KIND_LABELS.get(rec.kind, rec.kind)
        if column == 2:
            return (
                rec.status
                + (" (orphaned)" if rec.orphaned else "")
                + (" · in conflict" if rec.uuid in self.conflicted else "")
            )
        if column == 3:
            return describe(rec, self.tag_names)
        return rec.author or rec.origin

    def set_conflicted(self, uuids: set[str]) -> None:
        """Mark the rows of annotations in conflict (their status says so)."""
        self.conflicted = uuids
        if self.records:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.records) - 1, 2))

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, r in enumerate(self.records) if r.uuid == uuid), None)


class AnnotationListPane(QWidget):
    """Filters over a table of annotations."""

    def __init__(self, actions: AnnotationActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ann = actions
        self.model = AnnotationListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Fixed widths: resizing to contents measures every cell (~100 ms for 500 rows).
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._syncing = False
        self._listed_document: int | None = None  # whose annotations the document scope lists
        self._build_filters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filters)
        layout.addWidget(self.table)
        self._connect()

    def _build_filters(self) -> None:
        self.scope = QComboBox()
        self.scope.addItem("This page", "page")
        self.scope.addItem("Whole document", "document")
        self.kind = QComboBox()
        self.kind.addItem("All kinds", None)
        for k in KINDS:
            self.kind.addItem(KIND_LABELS[k], k)
        self.status = QComboBox()
        self.status.addItem("Any status", None)
        for s in STATUSES:
            self.status.addItem(s.capitalize(), s)
        self.tag = QComboBox()
        self.author = QLineEdit()
        self.author.setPlaceholderText("Author")
        self.conflicted = QCheckBox("In conflict")
        self.conflicted.setToolTip("Only annotations a merge left for a person to decide")
        self.filters = QGridLayout()
        filters = (self.scope, self.kind, self.status, self.tag, self.author, self.conflicted)
        for i, w in enumerate(filters):
            self.filters.addWidget(w, i // 3, i % 3)
        self._fill_tags()

    def _fill_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("Any tag", None)
        for uuid, name in flatten_tags(self.ann.tags):
            self.tag.addItem(name, uuid)
        self.tag.setCurrentIndex(max(self.tag.findData(current), 0))
        self.tag.blockSignals(False)

    def _connect(self) -> None:
        for combo in (self.scope, self.kind, self.status, self.tag):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.author.editingFinished.connect(self.reload)
        self.conflicted.toggled.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.ann.changed.connect(self._on_changed)
        self.ann.page_loaded.connect(self._on_page_loaded)
        self.ann.records_changed.connect(self._on_records_changed)
        self.ann.chosen.connect(self._on_chosen)
        delete = QAction("Delete", self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._on_delete)
        self.table.addAction(delete)

    def filter_args(self) -> dict[str, Any]:
        """The service's list_annotations arguments for the filters as set."""
        view = self.ann.view
        if self.scope.currentData() == "page":
            where = {"page_id": view.page.id if view.page else -1}
        else:
            where = {"document_id": view.summary.id if view.summary else -1}
        author = self.author.text().strip() or None
        return {
            **where,
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "tag": self.tag.currentData(),
            "author": author,
            "conflicted": True if self.conflicted.isChecked() else None,
        }

    def reload(self) -> None:
        """The page's list is filtered from the annotations the page already loaded (no second
        query); the document's, and the conflicts only, are a query on the database worker."""
        if self.scope.currentData() == "page" and not self.conflicted.isChecked():
            args = self._page_filter()
            self._on_loaded([r for r in self.ann.records if self._matches(r, args)])
            return
        args = self.filter_args()
        lib = self.ann.lib
        self._listed_document = args.get("document_id")
        self.ann.db.submit(
            lambda: list_annotations(lib, **args),
            self._on_loaded,
            lambda exc: self.ann.message.emit(f"Cannot list the annotations: {exc}"),
        )

    def _page_filter(self) -> dict[str, Any]:
        """The filters as :meth:`_matches` takes them on the page's loaded annotations."""
        args = self.filter_args()
        tag_ids = {uuid: tid for tid, uuid in self.ann.tag_uuids.items()}
        args["tag"] = tag_ids.get(args["tag"], -1) if args["tag"] else None
        return args

    def _on_records_changed(self, gone: Collection[str], added: list[AnnotationRecord]) -> None:
        """A change made on this page: its rows follow without a reset (the whole document's
        list is read again on ``changed``)."""
        if self.scope.currentData() != "page" or self.conflicted.isChecked():
            return
        args = self._page_filter()
        self._syncing = True  # a removed row moves the current row: that is no choice
        try:
            shown = [r for r in added if self._matches(r, args)]
            self.model.change_rows(gone, shown, reading_order)
        finally:
            self._syncing = False
        if self.ann.current is not None:
            self._on_chosen(self.ann.current)

    @staticmethod
    def _matches(r: AnnotationRecord, args: dict[str, Any]) -> bool:
        """The service's filters, on records already loaded (``tag`` as a tag id here)."""
        return (
            r.page_id == args["page_id"]
            and args["kind"] in (None, r.kind)
            and args["status"] in (None, r.status)
            and args["author"] in (None, r.author)
            and args["tag"] in (None, r.tag_id)
        )

    def _on_changed(self) -> None:
        if self.scope.currentData() == "document" or self.conflicted.isChecked():
            self.reload()  # (the page's list follows page_loaded or records_changed)

    def _on_loaded(self, records: list[AnnotationRecord]) -> None:
        summary = self.ann.view.summary
        pages = {int(p.id): p.index + 1 for p in summary.pages} if summary else {}
        a = self.ann
        self.model.set_records(records, pages, a.tag_names, a.tag_colours)
        if a.current is not None:
            self._on_chosen(a.current)
        if summary is not None:
            lib, doc = a.lib, summary.id
            a.db.submit(
                lambda: conflicted_annotations(lib, document_id=doc),
                self.model.set_conflicted,
                lambda exc: a.message.emit(f"Cannot read the conflicts: {exc}"),
            )

    def _on_filter_changed(self, _index: int) -> None:
        self.reload()

    def _on_page_loaded(self) -> None:
        """The page's list follows the page; the document's only another document (a change
        or an undo reloads it on ``changed``)."""
        self._fill_tags()
        summary = self.ann.view.summary
        if self.scope.currentData() == "page" or (
            summary is not None and summary.id != self._listed_document
        ):
            self.reload()

    def _on_chosen(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is None:
            return
        self._syncing = True
        self.table.selectRow(row)
        self._syncing = False

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.ann.show_annotation(self.model.records[current.row()].uuid)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.ann.edit(self.model.records[index.row()].uuid)

    def _on_delete(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.ann.delete(self.model.records[index.row()].uuid)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self.table)
        fill_record_menu(self.ann, menu, [self.model.records[index.row()]])
        menu.exec(self.table.viewport().mapToGlobal(pos))
