"""What the publications burn beyond the boxes drawn on the scan: the words an accepted
redaction's box takes whole (:mod:`app.core.exchange.page_withheld`), drawn as one graphics item
over the annotations, cross-hatched in the redaction's colour with a dashed outline, so that a
box that clips a word shows the whole word (and any word taken in turn) as burned too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui.base.theme import colours


def withheld_pen() -> QPen:
    """The dashed outline of a grown box: one device pixel at any zoom."""
    pen = QPen(colours().redaction_on_paper, 0, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


def withheld_brush() -> QBrush:
    """Cross-hatched, lighter than an accepted redaction's fill: burned, beyond the box drawn."""
    c = QColor(colours().redaction_on_paper)
    c.setAlpha(170)
    return QBrush(c, Qt.BrushStyle.DiagCrossPattern)


class WithheldItem(QGraphicsItem):
    """Boxes in displayed-page points, each with what hovering it tells."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRectF] = []
        self.tips: list[str] = []
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self.setZValue(1.4)  # over the word boxes, under the annotations (a box shows as drawn)

    def set_rects(self, rects: Sequence[tuple[QRectF, str]]) -> None:
        self.prepareGeometryChange()
        self.rects = [r for r, _ in rects]
        self.tips = [t for _, t in rects]
        bounds = QRectF()
        self._shape = QPainterPath()
        for r in self.rects:
            bounds = bounds.united(r)
            self._shape.addRect(r)
        self._bounds = bounds.adjusted(-1, -1, 1, 1) if self.rects else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """Only the boxes (what lies between them is not this item's)."""
        return self._shape

    def tip_at(self, point: QPointF) -> str:
        """What the box under ``point`` (scene points) tells; '' outside every box (the view's
        tooltip asks: :meth:`~app.ui.document.page_view.PageView.viewportEvent`)."""
        return next(
            (t for r, t in zip(self.rects, self.tips, strict=True) if r.contains(point)), ""
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.rects:
            painter.setPen(withheld_pen())
            painter.setBrush(withheld_brush())
            painter.drawRects(self.rects)
