"""Page thumbnails: a list model that asks for a thumbnail only when the view paints that row.

Opening a 500-page document therefore renders the few thumbnails in sight, after page 1, at the
lowest priority.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPaintEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.core.documents.queries import DocumentSummary
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, translate
from app.ui.document.render_cache import PRIORITY_THUMBNAIL, PageRenderer, RenderKey

Index = QModelIndex | QPersistentModelIndex


class ThumbnailModel(QAbstractListModel):
    """One row a page: its number, and its thumbnail once rendered."""

    def __init__(self, renderer: PageRenderer, width: int = 96) -> None:
        super().__init__()
        self.renderer = renderer
        self.width = width  # logical pixels
        # The view's device pixels per logical pixel (set by the strip as it paints): the
        # thumbnails are rendered at it, else a screen at scale 1.5 or 2 shows them blurred.
        self.ratio = 1.0
        self.summary: DocumentSummary | None = None
        self._rows: dict[RenderKey, int] = {}
        renderer.rendered.connect(self._on_rendered)

    def set_document(self, summary: DocumentSummary | None) -> None:
        self.beginResetModel()
        self.summary = summary
        self._rows = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.summary is None:
            return 0
        return len(self.summary.pages)

    def _key(self, row: int) -> RenderKey:
        assert self.summary is not None
        page = self.summary.pages[row]
        shown_width = page.height if page.rotation % 180 else page.width
        zoom = self.width * self.ratio / max(shown_width, 1.0)
        return RenderKey.at(self.summary.source_sha256, row, zoom, self.ratio)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.summary is None or index.row() >= self.rowCount():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            of = translate("Redline", "Page {page} of {count}")
            return of.format(page=row + 1, count=len(self.summary.pages))
        if role == Qt.ItemDataRole.DecorationRole:
            key = self._key(row)
            self._rows[key] = row
            return self.renderer.request(key, PRIORITY_THUMBNAIL)
        if role == Qt.ItemDataRole.SizeHintRole:
            page = self.summary.pages[row]
            w, h = (page.height, page.width) if page.rotation % 180 else (page.width, page.height)
            return QSize(self.width + 8, int(self.width * h / max(w, 1.0)) + 24)
        return None

    def _on_rendered(self, key: RenderKey, _pixmap: QPixmap) -> None:
        row = self._rows.get(key)
        if row is not None and self.summary is not None and row < len(self.summary.pages):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ThumbnailStrip(QListView):
    """A vertical strip of page thumbnails; selecting one shows that page."""

    def __init__(self, model: ThumbnailModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        named(
            self,
            QT_TRANSLATE_NOOP("Redline", "Thumbnails"),
            QT_TRANSLATE_NOOP(
                "Redline", "A small image of each page. Choosing one shows that page."
            ),
        )
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(False)
        self.setSpacing(4)
        self.setIconSize(QSize(model.width, model.width * 2))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(model.width + 40)
        self.setMaximumWidth(model.width * 2 + 40)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The ratio of the screen the strip is on now (it changes when the window moves to a
        # screen of another scale): the rows painted next ask for thumbnails at it.
        model = self.model()
        if isinstance(model, ThumbnailModel):
            model.ratio = self.devicePixelRatioF()
        super().paintEvent(event)

    def select_page(self, row: int) -> None:
        index = self.model().index(row, 0)
        if self.currentIndex() != index:
            self.setCurrentIndex(index)
        self.scrollTo(index)
