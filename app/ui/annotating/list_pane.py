"""The annotation list: the page's or the document's annotations, filtered by kind, tag, status
and author (an ``AnnotationFilter``: on the page's records as read, or a query of the document's
on the database worker). It follows the context's ``changed``: a step's rows are taken out and
put in where reading order puts them. Choosing one shows it in both panes; the context menu
edits, deletes, accepts, rejects and shows history. A proposal whose words already carry it
(app/core/annotating/already_marked.py) says so in its status ("proposed · already marked") and
first in its row ("Already marked: classification: SECRET")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFontMetrics,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating.already_marked import proposals_marked
from app.core.annotating.annotation_listing import list_annotations
from app.core.annotating.records import (
    AnnotationChange,
    AnnotationFilter,
    AnnotationRecord,
    page_delta,
    reading_order,
)
from app.core.annotating.tag_store import TagNode
from app.core.annotating.vocabulary import KINDS, STATUSES
from app.core.ids import DocumentId, PageId
from app.ui.annotating.actions import AnnotationActions
from app.ui.annotating.context import AnnotatingContext, Changes
from app.ui.annotating.editor import flatten_tags
from app.ui.annotating.menus import fill_record_menu
from app.ui.annotating.page_annotations import PageAnnotations
from app.ui.annotating.proposals import marked_on_page
from app.ui.base.accessible import named
from app.ui.base.fitting_grid import FittingGrid, combo_wanted, wanted_width
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.menu_keys import keys_to_menus
from app.ui.base.own_keys import own_keys
from app.ui.base.plain_label import plain_tip
from app.ui.base.server_wait import ReadWords, ServerWait
from app.ui.base.table import column_header
from app.ui.base.watched_reads import WatchedReads
from app.ui.document.annotation_style import KIND_LABELS, colour_of, describe, tag_maps

Index = QModelIndex | QPersistentModelIndex
LIST_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for the annotations"),
    QT_TRANSLATE_NOOP(
        "Redline",
        "The library's server is not answering; the document's annotations have not been read yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Stop waiting for the document's annotations (Esc): their read is cancelled on the "
        "library's server.",
    ),
    QT_TRANSLATE_NOOP("Redline", "The annotations were not read."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the document's annotations "
        "were not read.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Read the document's annotations again."),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("Redline", "Page"),
    QT_TRANSLATE_NOOP("Redline", "Kind"),
    QT_TRANSLATE_NOOP("Redline", "Status"),
    QT_TRANSLATE_NOOP("Redline", "Annotation"),
    QT_TRANSLATE_NOOP("Redline", "Author"),
)
COLUMN_WIDTHS = (40, 110, 135, 225, 80)
ANNOTATION = 3  # shown second, after the page, with its kind's colour: what the row says is
# what a side panel of 250 px has room for (after "Kind" and "Status" every row read "1 Marking
# proposed" there, its value scrolled out of sight)
SWATCH = 14  # pixels: the side of a row's swatch
READINGS_ROLE = Qt.ItemDataRole.UserRole + 1  # a correction's (original, replacement)
ARROW = " → "  # between a correction's two readings, as ``describe`` writes them


def swatch(record: AnnotationRecord, colour: QColor) -> QIcon:
    """A row's swatch in its kind's (or tag's) colour, marked by status as the scan draws the
    annotation: solid when accepted, hatched within a dashed edge for a proposal, an empty
    dotted edge when rejected (a rejected redaction proposal was the same black square as an
    accepted redaction)."""
    key = (record.status, colour.rgba())
    icon = _SWATCHES.get(key)
    if icon is None:
        icon = QIcon(_swatch_pixmap(record.status, colour))
        _SWATCHES[key] = icon
    return icon


_SWATCHES: dict[tuple[str, int], QIcon] = {}


def _swatch_pixmap(status: str, colour: QColor) -> QPixmap:
    image = QImage(SWATCH, SWATCH, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)  # (transparent: a rejected one's swatch is its edge only)
    painter = QPainter(image)
    box = QRectF(0.5, 0.5, SWATCH - 1, SWATCH - 1)
    if status == "proposed":
        painter.fillRect(box, QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.drawRect(box)
    elif status == "rejected":
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
        painter.drawRect(box)
    else:
        painter.fillRect(box, colour)
    painter.end()
    return QPixmap.fromImage(image)


class AnnotationListModel(QAbstractTableModel):
    """Rows of annotation records; the page column shows 1-based page numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[AnnotationRecord] = []
        self.page_numbers: dict[int, int] = {}
        self.tag_names: dict[int, str] = {}
        self.tag_colours: dict[int, str] = {}
        self.marked: frozenset[str] = frozenset()  # proposals already marked (their uuids)

    def set_records(
        self,
        records: Sequence[AnnotationRecord],
        page_numbers: dict[int, int],
        marked: frozenset[str] = frozenset(),
    ) -> None:
        self.beginResetModel()
        self.records, self.page_numbers, self.marked = list(records), page_numbers, marked
        self.endResetModel()

    def set_marked(self, marked: frozenset[str]) -> None:
        """The proposals already marked; their rows are drawn again where it changed."""
        changed = marked ^ self.marked
        self.marked = marked
        for row, rec in enumerate(self.records):
            if rec.uuid in changed:
                self.dataChanged.emit(self.index(row, 2), self.index(row, ANNOTATION))

    def set_tags(self, tag_names: dict[int, str], tag_colours: dict[int, str]) -> None:
        """Tag names and colours (a tag's row shows them); the rows shown are drawn again."""
        self.tag_names, self.tag_colours = tag_names, tag_colours
        if self.records:
            last = self.index(len(self.records) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

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
        return column_header(COLUMNS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        rec = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return rec.uuid
        if role == Qt.ItemDataRole.DecorationRole and index.column() == ANNOTATION:
            return swatch(rec, colour_of(rec, self.tag_colours))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ANNOTATION:
            return plain_tip(self._display(rec, ANNOTATION))
        if role == READINGS_ROLE and index.column() == ANNOTATION and rec.kind == "correction":
            replacement = str(rec.body.get("replacement", ""))
            return (rec.text.quote if rec.text else "", replacement)
        return None

    def _display(self, rec: AnnotationRecord, column: int) -> str:
        if column == 0:
            return str(self.page_numbers.get(rec.page_id, ""))
        if column == 1:
            return tr(KIND_LABELS.get(rec.kind, rec.kind))
        if column == 2:
            return (
                tr(rec.status)
                + (translate("Redline", " (orphaned)") if rec.orphaned else "")
                + (translate("Redline", " · in conflict") if rec.in_conflict else "")
                + (translate("Redline", " · already marked") if rec.uuid in self.marked else "")
            )
        if column == ANNOTATION:
            said = describe(rec, self.tag_names)
            if rec.uuid in self.marked:  # (first: a side panel's width cuts the row's end off)
                return translate("Redline", "Already marked: {annotation}").format(annotation=said)
            return said
        return rec.author or rec.origin

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, r in enumerate(self.records) if r.uuid == uuid), None)


def one_line(text: str) -> str:
    """``text`` on one line: its line breaks and runs of spaces each one space."""
    return " ".join(text.split())


def fit_readings(original: str, replacement: str, metrics: QFontMetrics, width: int) -> str:
    """A correction's readings as "original → replacement" in ``width`` pixels, each cut in
    its middle as far as it must be (the shorter kept whole while it takes no more than half),
    so that both ends of both and the arrow between them stay in sight: cut as a whole, a long
    correction lost its arrow, and one wrapped in its cell read "- → …"."""
    original, replacement = one_line(original), one_line(replacement)
    whole = f"{original}{ARROW}{replacement}"
    room = width - metrics.horizontalAdvance(ARROW)
    left, right = metrics.horizontalAdvance(original), metrics.horizontalAdvance(replacement)
    if left + right <= room:
        return whole
    if room <= 0:
        return metrics.elidedText(whole, Qt.TextElideMode.ElideMiddle, width)
    if left <= room // 2:
        left_room, right_room = left, room - left
    elif right <= room // 2:
        left_room, right_room = room - right, right
    else:
        left_room, right_room = room // 2, room - room // 2
    middle = Qt.TextElideMode.ElideMiddle
    return (
        metrics.elidedText(original, middle, left_room)
        + ARROW
        + metrics.elidedText(replacement, middle, right_room)
    )


class AnnotationDelegate(QStyledItemDelegate):
    """The annotation column's text on one line, cut to the column's width: a correction's
    two readings each in its middle (:func:`fit_readings`), the others at their end, where
    what they say first stays (a marking's value, a redaction's codes, a note's beginning:
    cut in the middle, a marking read "classific… 99% sure"). Their tooltips say them whole."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width, metrics = text.width() - 2 * margin, option.fontMetrics
        readings: tuple[str, str] | None = index.data(READINGS_ROLE)
        if readings is None:
            end = Qt.TextElideMode.ElideRight
            option.text = metrics.elidedText(one_line(option.text), end, width)
        else:
            original, replacement = readings
            option.text = fit_readings(original, replacement, metrics, width)


class AnnotationTable(QTableView):
    """The list's table. While the panel is narrower than the page and annotation columns'
    widths, the annotation column ends at the panel's edge, its text cut there with "…" (its
    tooltip says it whole): it ran on under the edge, cut mid-word ("99% su"), and the row was
    read by scrolling sideways. A wider panel gives it its width and shows the columns after it."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.viewport().width() - self.columnWidth(0)
        self.setColumnWidth(ANNOTATION, max(MIN_ANNOTATION, min(COLUMN_WIDTHS[ANNOTATION], room)))


MIN_ANNOTATION = 120  # narrower than this, the column's text would say too little


class AnnotationListPane(QWidget):
    """Filters over a table of the annotations of ``page`` (or its document); ``actions`` edit
    and delete them."""

    def __init__(
        self,
        context: AnnotatingContext,
        page: PageAnnotations,
        actions: AnnotationActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.page, self.annotation_actions = context, page, actions
        self.tags: list[TagNode] = []
        self.model = AnnotationListModel(self)
        self.table = AnnotationTable()
        own_keys(self.table)  # (End: its last row, not the document's last page)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ANNOTATION, AnnotationDelegate(self.table))
        self.table.setWordWrap(False)  # (a row is one line: wrapped, its second was cut off)
        named(
            self.table,
            QT_TRANSLATE_NOOP("Redline", "Annotations"),
            QT_TRANSLATE_NOOP(
                "Redline",
                "The annotations listed by the filters above. Choosing one shows it on its page.",
            ),
        )
        named(
            self,
            QT_TRANSLATE_NOOP("Redline", "Annotations"),
            QT_TRANSLATE_NOOP(
                "Redline",
                "The annotations of the page or document, filtered by kind, status, tag and "
                "author.",
            ),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Fixed widths: resizing to contents measures every cell (~100 ms for 500 rows).
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().moveSection(ANNOTATION, 1)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._syncing = False
        self._listed_document: int | None = None  # whose annotations the document scope lists
        self._build_filters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)  # (the bar under it as tall as its words)
        self.server_wait = ServerWait(LIST_READ)
        layout.addWidget(self.server_wait)  # (under the rows it reads)
        self.reads = WatchedReads(self.context.db, self)
        self.reads.attach(self.server_wait, self.reload, (self.table,))
        self._connect()

    def _build_filters(self) -> None:
        self.scope = QComboBox()
        self.scope.addItem(QT_TRANSLATE_NOOP("Redline", "This page"), "page")
        self.scope.addItem(QT_TRANSLATE_NOOP("Redline", "All pages"), "document")
        self.kind = QComboBox()
        self.kind.addItem(QT_TRANSLATE_NOOP("Redline", "All kinds"), None)
        for k in KINDS:
            self.kind.addItem(KIND_LABELS[k], k)
        self.status = QComboBox()
        self.status.addItem(QT_TRANSLATE_NOOP("Redline", "Any status"), None)
        for s in STATUSES:
            self.status.addItem(tr(s.capitalize()), s)
        self.tag = QComboBox()
        self.author = QLineEdit()
        self.author.setPlaceholderText(QT_TRANSLATE_NOOP("Redline", "Author"))
        named(
            self.author,
            QT_TRANSLATE_NOOP("Redline", "Author"),
            QT_TRANSLATE_NOOP("Redline", "Lists only the annotations made by this person."),
        )
        named(self.scope, QT_TRANSLATE_NOOP("Redline", "Scope"))
        named(self.kind, QT_TRANSLATE_NOOP("Redline", "Kind"))
        named(self.status, QT_TRANSLATE_NOOP("Redline", "Status"))
        named(self.tag, QT_TRANSLATE_NOOP("Redline", "Tag"))
        self.conflicted = QCheckBox(QT_TRANSLATE_NOOP("Redline", "In conflict"))
        self.conflicted.setToolTip(
            QT_TRANSLATE_NOOP("Redline", "Only annotations a merge left for a person to decide")
        )
        # Two to a row where each choice is whole so, else one to a row: at the side panel's
        # narrowest two to a row cut them to "Diese…" (and three to a row, at its edge). A
        # combo box asks only for a few letters: the grid gives it the room its choices want.
        for combo in (self.scope, self.kind, self.status, self.tag):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
        filters = (self.scope, self.kind, self.status, self.tag, self.author, self.conflicted)
        self.filters = FittingGrid(filters, wanted=self._wanted_width)
        self._fill_tags()

    def _wanted_width(self, widget: QWidget) -> int:
        """The fixed choices whole; the library's own tag names may be cut with "…"."""
        if widget is self.tag:
            return combo_wanted(self.tag, [self.tag.itemText(0)])
        return wanted_width(widget)

    def _fill_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("Redline", "Any tag"), None)
        for tag, name in flatten_tags(self.tags):
            self.tag.addItem(name, tag.id)
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
        self.context.changed.connect(self._on_changed)
        self.context.view.page_unread.connect(self._on_page_unread)
        self.page.chosen.connect(self._on_chosen)
        delete = QAction(translate("Redline", "Delete"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._on_delete)
        edit = QAction(translate("Redline", "Edit"), self.table)  # F2, as on the scan
        edit.setShortcut(QKeySequence("F2"))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self._on_edit)
        self.table.addActions([delete, edit])

    def filters_state(self) -> str:
        """The scope, kind and status chosen, as the settings keep them ("document,,proposed":
        all pages, any kind, proposed)."""
        return ",".join(c.currentData() or "" for c in (self.scope, self.kind, self.status))

    def restore_filters(self, state: str) -> None:
        """Choose the scope, kind and status ``state`` names (:meth:`filters_state`); a value
        this Redline does not know leaves its filter as it is. Listed once, and only for a
        document open (at start the page's first read lists them: no query for nothing)."""
        combos = (self.scope, self.kind, self.status)
        for combo, value in zip(combos, state.split(","), strict=False):
            found = combo.findData(value) if value else 0
            if found >= 0:
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(found)
        if self.context.view.summary is not None:
            self.reload()

    def current_filter(self) -> AnnotationFilter:
        """The filters as set, for the service (the document) or on the page's records."""
        view = self.context.view
        scope: dict[str, Any] = {}
        if self.scope.currentData() == "page":
            scope["page_id"] = view.page.id if view.page else PageId(-1)
        else:
            scope["document_id"] = view.summary.id if view.summary else DocumentId(-1)
        return AnnotationFilter(
            **scope,
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            tag=self.tag.currentData(),
            author=self.author.text().strip() or None,
            conflicted=True if self.conflicted.isChecked() else None,
        )

    def reload(self) -> None:
        """The page's list is filtered from the annotations the page already read (no second
        query); the document's is a query on the database worker."""
        where = self.current_filter()
        if where.document_id is None:
            self._on_loaded([r for r in self.page.records if where.matches(r)])
            return
        lib, message = self.context.lib, self.context.message
        self._listed_document = where.document_id

        def read() -> tuple[list[AnnotationRecord], frozenset[str]]:
            records = list_annotations(lib, where)
            return records, proposals_marked(lib, records)

        self.reads.submit(
            read,
            lambda listed: self._on_loaded(*listed),
            lambda exc: message.emit(
                translate("Redline", "Cannot list the annotations: {reason}").format(
                    reason=say(exc)
                )
            ),
            stopped=self._on_stopped,
        )

    def _on_stopped(self) -> None:
        """The person gave the document's list up (its bar says so, beside Read again): it
        shows nothing (it showed another's), and is read once asked again."""
        self._listed_document = None
        self._on_loaded([])
        self.context.message.emit(self.server_wait.given_up(self.context.lib.location))

    def _on_page_unread(self, _page_id: int) -> None:
        """The page shown could not be read: a list of this page's shows nothing (it showed the
        page before's)."""
        if self.current_filter().document_id is None:
            self._on_loaded([])

    def _on_changed(self, changes: Changes) -> None:
        """A page read (a flip) lists the page's records; a step takes its rows out and puts
        them in again, without a reset; the document's list is read again on a step, and on a
        page read only when it is another document's."""
        tags = changes.page.tags if changes.page is not None else changes.tags
        if tags is not None:
            self._set_tags(tags)
        where = self.current_filter()
        if changes.page is not None:
            if where.document_id is None:
                page = changes.page.annotations
                self._on_loaded([r for r in page if where.matches(r)], self._page_marked(page))
            elif where.document_id != self._listed_document:
                self.reload()
        elif (changes.annotations or changes.rows) and where.document_id is not None:
            self.reload()
        elif changes.annotations and where.page_id is not None:
            self._change_rows(changes.annotations, where)

    def _set_tags(self, tags: Sequence[TagNode]) -> None:
        self.tags = list(tags)
        self._fill_tags()
        colours, names = tag_maps(self.tags)
        self.model.set_tags(names, colours)

    def _change_rows(self, changes: Sequence[AnnotationChange], where: AnnotationFilter) -> None:
        assert where.page_id is not None
        gone, added = page_delta(changes, where.page_id)
        self._syncing = True  # a removed row moves the current row: that is no choice
        try:
            self.model.change_rows(gone, [r for r in added if where.matches(r)], reading_order)
        finally:
            self._syncing = False
        self.model.set_marked(self._page_marked(self.page.records))
        if self.page.current is not None:
            self._on_chosen(self.page.current)

    def _page_marked(self, records: Sequence[AnnotationRecord]) -> frozenset[str]:
        """The page's proposals already marked, from its records and words as read (no query)."""
        return frozenset(marked_on_page(self.context.view.page_text, records))

    def _on_loaded(
        self, records: list[AnnotationRecord], marked: frozenset[str] | None = None
    ) -> None:
        summary = self.context.view.summary
        pages = {int(p.id): p.index + 1 for p in summary.pages} if summary else {}
        if marked is None:  # (the page's list: its records are the page's)
            marked = self._page_marked(self.page.records)
        self.model.set_records(records, pages, marked)
        if self.page.current is not None:
            self._on_chosen(self.page.current)

    def _on_filter_changed(self, _index: int) -> None:
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
            self.page.show_annotation(self.model.records[current.row()].uuid)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.annotation_actions.edit(self.model.records[index.row()].uuid)

    def _on_edit(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.annotation_actions.edit(self.model.records[index.row()].uuid)

    def _on_delete(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.annotation_actions.delete(self.model.records[index.row()].uuid)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self.table)
        keys_to_menus(menu)
        fill_record_menu(self.annotation_actions, menu, [self.model.records[index.row()]])
        menu.exec(self.table.viewport().mapToGlobal(pos))
