"""Annotations drawn over the scan, and rectangles drawn on it to make region annotations.

All annotations of a page are one graphics item (one paint call, nothing to create per annotation:
a page may hold hundreds). Regions arrive in unrotated PDF points and go through PageGeometry once;
text annotations light up the boxes of the words they cover.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from app.core.documents import WordBox
from app.core.vocabulary import AnnotationRecord, Region
from app.ui.annotation_style import colour_of, region_brush, region_pen
from app.ui.page_view import CLICK_SLOP, PageView


@dataclass(frozen=True)
class Shape:
    """One annotation on the scan: its rectangles in displayed-page points."""

    record: AnnotationRecord
    rects: tuple[QRectF, ...]
    colour: QColor


class AnnotationOverlay(QGraphicsItem):
    """Every annotation of the page; the selected one outlined thicker."""

    def __init__(self) -> None:
        super().__init__()
        self.shapes: list[Shape] = []
        self.selected: str | None = None
        self._bounds = QRectF()
        self.setZValue(1.5)  # over the word boxes, under the focus outline

    def set_shapes(self, shapes: Sequence[Shape]) -> None:
        self.prepareGeometryChange()
        self.shapes = list(shapes)
        bounds = QRectF()
        for s in self.shapes:
            for r in s.rects:
                bounds = bounds.united(r)
        self._bounds = bounds.adjusted(-4, -4, 4, 4)
        self.update()

    def set_selected(self, uuid: str | None) -> None:
        self.selected = uuid
        self.update()

    def rect_of(self, uuid: str) -> QRectF | None:
        """Where an annotation is drawn (the union of its rectangles)."""
        for s in self.shapes:
            if s.record.uuid == uuid and s.rects:
                out = QRectF(s.rects[0])
                for r in s.rects[1:]:
                    out = out.united(r)
                return out
        return None

    def at(self, x: float, y: float) -> AnnotationRecord | None:
        """The smallest annotation under a point (the most specific one)."""
        hits = [
            (r.width() * r.height(), s.record)
            for s in self.shapes
            for r in s.rects
            if r.contains(QPointF(x, y))
        ]
        return min(hits, key=lambda h: h[0])[1] if hits else None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # One pen and brush change and one drawRects per look, not per annotation (500 on a page).
        groups: dict[tuple[str, str, str, bool], list[QRectF]] = {}
        samples: dict[tuple[str, str, str, bool], Shape] = {}
        for s in self.shapes:
            key = (s.record.kind, s.record.status, s.colour.name(), s.record.uuid == self.selected)
            groups.setdefault(key, []).extend(s.rects)
            samples.setdefault(key, s)
        for key, rects in groups.items():
            sample = samples[key]
            painter.setPen(region_pen(sample.record, sample.colour, key[3]))
            painter.setBrush(region_brush(sample.record, sample.colour))
            painter.drawRects(rects)


def shapes_for(
    view: PageView,
    records: Sequence[AnnotationRecord],
    words: Sequence[WordBox],
    tag_colours: dict[int, str],
) -> list[Shape]:
    """Rectangles for each annotation: its region, else the boxes of the words its span covers."""
    geometry = view.geometry_
    if geometry is None:
        return []
    m = geometry.matrix  # once, not a PyMuPDF matrix per region (500 on a page)
    to_display = QTransform(m.a, m.b, m.c, m.d, m.e, m.f)
    ordered = sorted(words, key=lambda w: w.start)
    starts = [w.start for w in ordered]
    out = []
    for rec in records:
        rects: list[QRectF] = []
        if rec.region is not None:
            r = rec.region
            rects.append(to_display.mapRect(QRectF(r.x, r.y, r.w, r.h)))
        elif rec.text is not None and not rec.orphaned:
            rects = _word_rects(view, ordered, starts, rec.text.start, rec.text.end)
        if rects:
            out.append(Shape(rec, tuple(rects), colour_of(rec, tag_colours)))
    return out


def _word_rects(
    view: PageView, ordered: Sequence[WordBox], starts: list[int], start: int, end: int
) -> list[QRectF]:
    """Boxes of the words overlapping [start, end) (words sorted by start; they do not overlap)."""
    rects = []
    i = max(bisect_right(starts, start) - 1, 0)
    while i < len(ordered) and ordered[i].start < end:
        w = ordered[i]
        box = view.word_rect(w.seq) if start < w.end else None
        if box is not None:
            rects.append(box.adjusted(-1, -1, 1, 1))
        i += 1
    return rects


def region_of_span(words: Sequence[WordBox], start: int, end: int) -> Region | None:
    """The box around the words a span covers, in unrotated page points (None: no boxes)."""
    boxes = [w.box for w in words if w.box is not None and w.start < end and start < w.end]
    if not boxes:
        return None
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return Region(x0, y0, x1 - x0, y1 - y0)


class RegionDrawer(QObject):
    """Shift+drag (or any drag while ``drawing``) on the scan draws a rectangle instead of
    panning; ``region_drawn(Region)`` in unrotated PDF points. A plain click on an annotation
    emits ``annotation_clicked(uuid)``."""

    region_drawn = Signal(object)  # Region
    annotation_clicked = Signal(str)

    def __init__(self, view: PageView, overlay: AnnotationOverlay) -> None:
        super().__init__(view)
        self.view, self.overlay = view, overlay
        self.drawing = False
        self._start: QPointF | None = None
        self._press: QPointF | None = None
        self._band = QGraphicsRectItem()
        self._band.setPen(QPen(QColor(220, 30, 30), 0, Qt.PenStyle.DashLine))
        self._band.setBrush(QColor(220, 30, 30, 40))
        self._band.setZValue(4)
        self._band.hide()
        view.scene().addItem(self._band)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._pressed(event)
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self._start:
            self._band.setRect(QRectF(self._start, self._scene(event)).normalized())
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            return self._released(event)
        return False

    def _scene(self, event: QMouseEvent) -> QPointF:
        return self.view.mapToScene(event.position().toPoint())

    def _pressed(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = event.position()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if not (self.drawing or shift) or self.view.geometry_ is None:
            return False
        self._start = self._scene(event)
        self._band.setRect(QRectF(self._start, self._start))
        self._band.show()
        return True

    def _released(self, event: QMouseEvent) -> bool:
        start, self._start = self._start, None
        press, self._press = self._press, None
        if start is None:
            if press is not None and (event.position() - press).manhattanLength() <= CLICK_SLOP:
                p = self._scene(event)
                hit = self.overlay.at(p.x(), p.y())
                if hit is not None:
                    self.overlay.set_selected(hit.uuid)
                    self.annotation_clicked.emit(hit.uuid)
            return False
        self._band.hide()
        region = self._to_region(QRectF(start, self._scene(event)).normalized())
        if region is not None:
            self.region_drawn.emit(region)
        return True

    def _to_region(self, rect: QRectF) -> Region | None:
        """Display points → a Region in unrotated page points, clipped to the page."""
        g = self.view.geometry_
        assert g is not None
        w, h = g.display_size
        rect = rect.intersected(QRectF(0, 0, w, h))
        if rect.width() < 2 or rect.height() < 2:
            return None  # a slip, not a box
        xs, ys = zip(
            g.to_page(rect.left(), rect.top()), g.to_page(rect.right(), rect.bottom()), strict=True
        )
        return Region(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
