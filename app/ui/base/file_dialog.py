"""Qt's own file dialog — the one Redline's ``QFileDialog.getOpenFileName`` and its kin show
where the desktop offers none of its own — made to follow the window's language and fit it.

Qt's file system model writes a file's size and date in the *system's* locale
(``QLocale::system()``, qtbase's qfilesystemmodel.cpp), not the language chosen in Tools ›
Settings: a French window's dialog said "361.33 KiB" and "8 12 2026 03:34" on a machine whose
locale is C. :func:`follow_language` puts a proxy model before the dialog's views
(``QFileDialog.setProxyModel``, a public hook that a native dialog ignores) that writes them with
the window's locale (``QLocale()``, which :func:`app.ui.base.language.install` sets): "361,33 Kio",
"08/12/2026 03:34". It also widens the places on the left and the list's columns to what their
labels need in the window's language (the French "Ordinateur" and "Dernière modification" were
cut at the dialog's first size). :class:`~app.ui.base.language.WindowTranslator` calls it as each
file dialog is shown, so every ``QFileDialog`` the window opens is covered, static ones too.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QIdentityProxyModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFileSystemModel,
    QListView,
    QSplitter,
    QStyle,
    QTreeView,
)

from app.ui.base.screen_fit import room_on

SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = 1, 2, 3  # QFileSystemModel's columns
ROOMY_SIZE = 999_999_999_999  # bytes: the widest size the size column is made room for
ROOMY_DATE = QDateTime(QDate(2026, 12, 28), QTime(23, 59))  # the widest day and time
Flag = QItemSelectionModel.SelectionFlag
ROOM = 16  # pixels beside a column's or a place's longest text
TYPE_CHARACTERS = 17  # the type column's room, in average characters ("document PDF")


class LocalSizesAndDates(QIdentityProxyModel):
    """A file system model's sizes and dates in the window's locale (``QLocale()``), the rest as
    it says it. Sorting is the model's own (on the bytes and times themselves)."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        value = super().data(index, role)
        column = index.column()
        files = self.sourceModel()
        if (
            role != Qt.ItemDataRole.DisplayRole
            or column not in (SIZE_COLUMN, DATE_COLUMN)
            or not value  # (a folder has no size; a file not looked at yet no date)
            or not isinstance(files, QFileSystemModel)
        ):
            return value
        at = self.mapToSource(index)
        if column == SIZE_COLUMN:
            return QLocale().formattedDataSize(files.size(at))
        return QLocale().toString(files.lastModified(at), QLocale.FormatType.ShortFormat)


def follow_language(dialog: QFileDialog) -> None:
    """Sizes and dates in the window's language, and room for the labels (once per dialog; a
    native dialog has no views of Qt's and is left to the desktop)."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None or dialog.property("rl_local_sizes"):
        return
    dialog.setProperty("rl_local_sizes", True)
    chosen = [QPersistentModelIndex(i) for i in tree.selectionModel().selectedRows()]
    local = LocalSizesAndDates(dialog)
    dialog.setProxyModel(local)
    selection = tree.selectionModel()  # (the views' selection went with their model: the
    for index in chosen:  # name a save dialog proposes is selected again)
        if index.isValid():
            at = local.mapFromSource(index)
            selection.select(at, Flag.Select | Flag.Rows)
            selection.setCurrentIndex(at, Flag.NoUpdate)
    _widen(dialog, tree)


def _widen(dialog: QFileDialog, tree: QTreeView) -> None:
    """Each column of the detailed list at least as wide as its title (the size and date columns
    as their widest values, the type column as a file's usual type), the
    places on the left as wide as their longest name, and the dialog wide enough to show them
    all, within its screen."""
    header = tree.header()
    metrics = tree.fontMetrics()
    samples = {
        SIZE_COLUMN: QLocale().formattedDataSize(ROOMY_SIZE),
        DATE_COLUMN: QLocale().toString(ROOMY_DATE, QLocale.FormatType.ShortFormat),
    }
    needs = []
    for column in range(header.count()):
        need = max(header.sectionSize(column), header.sectionSizeHint(column) + ROOM // 2)
        if column in samples:
            need = max(need, metrics.horizontalAdvance(samples[column]) + ROOM)
        if column == TYPE_COLUMN:
            need = max(need, metrics.averageCharWidth() * TYPE_CHARACTERS)
        header.resizeSection(column, need)
        needs.append(need)
    places = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if places is None or splitter is None or splitter.count() < 2:
        return
    place_need = max(splitter.sizes()[0], _places_width(places))
    scroll = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    list_need = sum(needs) + 2 * tree.frameWidth() + scroll
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    grow = place_need + splitter.handleWidth() + list_need - splitter.width()
    if grow > 0:
        width = min(dialog.width() + grow, room_on(dialog).width())
        dialog.resize(width, dialog.height())
        if layout is not None:
            layout.activate()
    total = sum(splitter.sizes())
    splitter.setSizes([place_need, max(total - place_need, 1)])


def _places_width(places: QAbstractItemView) -> int:
    """What the places list needs to show its longest name whole: icon, text, margins and a
    scroll bar's width (the list may need one)."""
    model = places.model()
    metrics = places.fontMetrics()
    style = places.style()
    texts = [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    text = max((metrics.horizontalAdvance(t) for t in texts), default=0)
    icon = places.iconSize().width() if places.iconSize().isValid() else 16
    margins = 4 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
    margins += 2 * places.frameWidth()
    scroll = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return text + icon + margins + scroll + ROOM
