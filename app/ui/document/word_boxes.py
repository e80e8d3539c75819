"""All word boxes of a page as one graphics item: one paint call and no per-word items to create
and destroy on every page flip (a page holds hundreds of words)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui.base.theme import colours


class WordBoxesItem(QGraphicsItem):
    """Boxes in displayed-page points, keyed by word ``seq``. All are outlined when shown; words
    below the confidence threshold are tinted either way."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: dict[int, QRectF] = {}
        self.low: set[int] = set()
        self.show_all = False
        self._bounds = QRectF()

    def set_boxes(self, rects: dict[int, QRectF], low: set[int]) -> None:
        self.prepareGeometryChange()
        self.rects, self.low = rects, low
        bounds = QRectF()
        for r in rects.values():
            bounds = bounds.united(r)
        self._bounds = bounds.adjusted(-1, -1, 1, 1)
        self.update()

    def set_show_all(self, show: bool) -> None:
        self.show_all = show
        self.update()

    def visible_boxes(self) -> list[int]:
        """The words whose box is drawn now (all when shown, else the tinted ones)."""
        return list(self.rects) if self.show_all else sorted(self.low)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.low:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colours().doubtful))
            painter.drawRects([self.rects[s] for s in self.low])
        if self.show_all and self.rects:
            painter.setPen(QPen(colours().word_box, 0))  # cosmetic: one pixel at any zoom
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(list(self.rects.values()))

    def word_at(self, x: float, y: float, slop: float = 4.0) -> int | None:
        """The word under a point, or the nearest within ``slop`` points."""
        best, best_d = None, slop
        for seq, r in self.rects.items():
            dx = max(r.left() - x, 0.0, x - r.right())
            dy = max(r.top() - y, 0.0, y - r.bottom())
            d = (dx * dx + dy * dy) ** 0.5
            if d == 0:
                return seq
            if d < best_d:
                best, best_d = seq, d
        return best


def low_confidence(confidences: Sequence[tuple[int, float | None]], threshold: float) -> set[int]:
    """The words whose OCR confidence is known and below ``threshold``."""
    return {seq for seq, c in confidences if c is not None and c < threshold}
