"""Annotations drawn over the scan, and rectangles drawn on it to make region annotations.

All annotations of a page are one graphics item (one paint call, nothing to create per annotation:
a page may hold hundreds). Regions arrive in unrotated PDF points and go through PageGeometry once;
text annotations light up the boxes of the words they cover.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QMouseEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from app.core.annotating.locate import region_of_words
from app.core.annotating.records import AnnotationRecord, Region
from app.core.documents.queries import WordBox
from app.ui.base.theme import colours
from app.ui.document.annotation_style import (
    left_visible,
    region_brush,
    region_pen,
    scan_colour_of,
)
from app.ui.document.page_view import CLICK_SLOP, PageView


@dataclass(frozen=True)
class Shape:
    """One annotation on the scan: its rectangles in displayed-page points."""

    record: AnnotationRecord
    rects: tuple[QRectF, ...]
    colour: QColor


# kind, status, colour, selected, left visible (a redaction): one pen and brush
Look = tuple[str, str, str, bool, bool]


class AnnotationOverlay(QGraphicsItem):
    """Every annotation of the page; the selected one outlined thicker.

    Shapes are kept grouped by look between changes, so a paint is one pen, brush and
    ``drawRects`` per look (500 annotations on a page), and a change regroups only itself.
    """

    def __init__(self) -> None:
        super().__init__()
        self.selected: str | None = None
        self._shapes: dict[str, Shape] = {}
        self._groups: dict[Look, dict[str, tuple[QRectF, ...]]] = {}
        self._looks: dict[Look, tuple[QPen, QBrush]] = {}
        self._look_of: dict[str, Look] = {}
        self._bounds = QRectF()
        self.setZValue(1.5)  # over the word boxes, under the focus outline
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect

    @property
    def shapes(self) -> list[Shape]:
        return list(self._shapes.values())

    def set_shapes(self, shapes: Sequence[Shape]) -> None:
        self.prepareGeometryChange()
        self._shapes, self._groups, self._look_of = {}, {}, {}
        for shape in shapes:
            self._place(shape)
        self._bounds = _around(shapes)
        self.update()

    def change_shapes(self, gone: Collection[str], added: Sequence[Shape]) -> None:
        """Take out the shapes of the annotations ``gone`` (uuids), put ``added`` in, and repaint
        only where they are or were (one annotation made among hundreds: no full redraw)."""
        dirty = [r for uuid in gone if uuid in self._shapes for r in self._shapes[uuid].rects]
        dirty += [r for s in added for r in s.rects]
        for uuid in gone:
            self._unplace(uuid)
        for shape in added:
            self._place(shape)
        bounds = _around(added)
        if not bounds.isEmpty() and not self._bounds.contains(bounds):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(bounds)
        for r in dirty:
            self.update(r.adjusted(-4, -4, 4, 4))  # the selected outline is wider than the box

    def _place(self, shape: Shape) -> None:
        rec = shape.record
        selected = rec.uuid == self.selected
        look = (rec.kind, rec.status, shape.colour.name(), selected, left_visible(rec))
        if look not in self._looks:
            pen = region_pen(rec, shape.colour, look[3])
            self._looks[look] = (pen, region_brush(rec, shape.colour))
        self._shapes[rec.uuid] = shape
        self._groups.setdefault(look, {})[rec.uuid] = shape.rects
        self._look_of[rec.uuid] = look

    def _unplace(self, uuid: str) -> None:
        self._shapes.pop(uuid, None)
        look = self._look_of.pop(uuid, None)
        if look is not None:
            group = self._groups[look]
            del group[uuid]
            if not group:
                del self._groups[look]

    def set_selected(self, uuid: str | None) -> None:
        if uuid == self.selected:
            return
        before, self.selected = self.selected, uuid
        for chosen in (before, uuid):
            shape = None if chosen is None else self._shapes.get(chosen)
            if shape is not None:
                self._unplace(shape.record.uuid)
                self._place(shape)
                rect = self.rect_of(shape.record.uuid)
                if rect is not None:
                    self.update(rect.adjusted(-4, -4, 4, 4))

    def look_of(self, uuid: str) -> tuple[QPen, QBrush] | None:
        """The pen and brush an annotation is drawn with (None: not on the page)."""
        look = self._look_of.get(uuid)
        return None if look is None else self._looks[look]

    def rect_of(self, uuid: str) -> QRectF | None:
        """Where an annotation is drawn (the union of its rectangles)."""
        s = self._shapes.get(uuid)
        if s is None or not s.rects:
            return None
        out = QRectF(s.rects[0])
        for r in s.rects[1:]:
            out = out.united(r)
        return out

    def at(self, x: float, y: float) -> AnnotationRecord | None:
        """The smallest annotation under a point (the most specific one)."""
        hits = [
            (r.width() * r.height(), s.record)
            for s in self._shapes.values()
            for r in s.rects
            if r.contains(QPointF(x, y))
        ]
        return min(hits, key=lambda h: h[0])[1] if hits else None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Only what the repaint exposes (a new annotation repaints its own few points, and
        # clipping hundreds of hatched rectangles costs more than skipping them); the selected
        # annotation last, so its outline is on top.
        exposed = option.exposedRect.adjusted(-4, -4, 4, 4)
        for look in sorted(self._groups, key=lambda look: look[3]):
            rects = [r for rs in self._groups[look].values() for r in rs if r.intersects(exposed)]
            if rects:
                pen, brush = self._looks[look]
                painter.setPen(pen)
                painter.setBrush(brush)
                painter.drawRects(rects)


class WordSpans:
    """A page's words ordered by where their span starts, to find the words under a span (built
    once per page, not for each annotation drawn)."""

    def __init__(self, words: Sequence[WordBox]) -> None:
        self.words = words
        self.ordered = sorted(words, key=lambda w: w.start)
        self.starts = [w.start for w in self.ordered]

    def rects(self, view: PageView, start: int, end: int) -> list[QRectF]:
        """Boxes of the words overlapping [start, end) (words do not overlap one another)."""
        rects = []
        i = max(bisect_right(self.starts, start) - 1, 0)
        while i < len(self.ordered) and self.ordered[i].start < end:
            w = self.ordered[i]
            box = view.word_rect(w.seq) if start < w.end else None
            if box is not None:
                rects.append(box.adjusted(-1, -1, 1, 1))
            i += 1
        return rects


def shapes_for(
    view: PageView,
    records: Sequence[AnnotationRecord],
    words: WordSpans,
    tag_colours: dict[int, str],
) -> list[Shape]:
    """Rectangles for each annotation: its region, else the boxes of the words its span covers."""
    geometry = view.geometry_
    if geometry is None:
        return []
    m = geometry.matrix  # once, not a PyMuPDF matrix per region (500 on a page)
    to_display = QTransform(m.a, m.b, m.c, m.d, m.e, m.f)
    out = []
    for rec in records:
        rects: list[QRectF] = []
        if rec.region is not None:
            r = rec.region
            rects.append(to_display.mapRect(QRectF(r.x, r.y, r.w, r.h)))
        elif rec.text is not None and not rec.orphaned:
            rects = words.rects(view, rec.text.start, rec.text.end)
        if rects:
            out.append(Shape(rec, tuple(rects), scan_colour_of(rec, tag_colours)))
    return out


def _around(shapes: Sequence[Shape]) -> QRectF:
    """The rectangle around every shape, with room for the selected outline."""
    bounds = QRectF()
    for s in shapes:
        for r in s.rects:
            bounds = bounds.united(r)
    return bounds.adjusted(-4, -4, 4, 4) if not bounds.isEmpty() else bounds


def region_on_screen(view: PageView, region: Region) -> QRect | None:
    """Where a region (unrotated page points) is on the screen, in global pixels (None: no
    page shown)."""
    g = view.geometry_
    if g is None:
        return None
    m = g.matrix
    scene = QTransform(m.a, m.b, m.c, m.d, m.e, m.f).mapRect(
        QRectF(region.x, region.y, region.w, region.h)
    )
    on_view = view.mapFromScene(scene).boundingRect()
    vp = view.viewport()
    return QRect(vp.mapToGlobal(on_view.topLeft()), vp.mapToGlobal(on_view.bottomRight()))


def beside(rect: QRect, size: QSize, screen: QRect, gap: int = 8) -> QPoint:
    """Where a popup of ``size`` goes so as not to cover ``rect``: to its right, else its left,
    else below, else above (on ``screen``, top aligned with the rectangle where it can be). On a
    screen with room on no side, where it covers the least of the rectangle."""
    right, bottom = rect.x() + rect.width(), rect.y() + rect.height()  # (QRect.right() is one in)
    screen_right, screen_bottom = screen.x() + screen.width(), screen.y() + screen.height()
    top = min(max(rect.top(), screen.top()), screen_bottom - size.height())
    left = min(max(rect.left(), screen.left()), screen_right - size.width())
    sides = [  # each side, kept on the screen
        QPoint(min(right + gap, screen_right - size.width()), top),
        QPoint(max(rect.left() - gap - size.width(), screen.left()), top),
        QPoint(left, min(bottom + gap, screen_bottom - size.height())),
        QPoint(left, max(rect.top() - gap - size.height(), screen.top())),
    ]

    def covered(at: QPoint) -> int:
        over = QRect(at, size).intersected(rect)
        return over.width() * over.height() if not over.isEmpty() else 0

    return next((at for at in sides if covered(at) == 0), min(sides, key=covered))


def frame_margins(window: QWidget) -> QMargins:
    """What the window manager draws around ``window`` (title bar, borders): nothing where
    there is no frame (offscreen, a bare X server) or the window has none yet."""
    handle = window.windowHandle()
    return handle.frameMargins() if handle is not None and window.isVisible() else QMargins()


class KeptBeside(QObject):
    """Keeps ``window`` (a form about ``rect``, a rectangle of the screen) beside the rectangle
    and on ``screen``, by its frame: placed so when made, and again whenever it is shown or
    resized (a form grows to show an error) and its frame would then cover the rectangle or leave
    the screen. (Where the person moved it is kept while it does neither.) Until the window
    manager has framed the window, ``margins`` stands for its frame (the main window's)."""

    def __init__(self, window: QWidget, rect: QRect, screen: QRect, margins: QMargins) -> None:
        super().__init__(window)
        self.window, self.rect, self.screen, self._margins = window, rect, screen, margins
        window.installEventFilter(self)
        self.place()

    def margins(self) -> QMargins:
        own = frame_margins(self.window)
        return self._margins if own.isNull() else own

    def frame(self) -> QRect:
        """The window's frame where it is (for a window, ``pos`` is its frame's)."""
        return QRect(self.window.pos(), self.window.size().grownBy(self.margins()))

    def place(self) -> None:
        self.window.move(beside(self.rect, self.window.size().grownBy(self.margins()), self.screen))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (the type first: a window being destroyed sends events once Python let go of this)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and watched is self.window:
            frame = self.frame()
            if frame.intersects(self.rect) or not self.screen.contains(frame):
                self.place()
        return False


def region_of_span(
    words: Sequence[WordBox], start: int, end: int, rotation: int = 0
) -> Region | None:
    """The box around the words a span covers, in unrotated page points, fitted to the lines of
    the page shown turned by ``rotation`` (None: no boxes)."""
    return region_of_words(words, start, end, rotation)


class RegionDrawer(QObject):
    """Shift+drag (or any drag while ``drawing``) on the scan draws a rectangle instead of
    panning; ``region_drawn(Region)`` in unrotated PDF points. A plain click on an annotation
    emits ``annotation_clicked(uuid)``."""

    region_drawn = Signal(object)  # Region
    annotation_clicked = Signal(str)
    # What hovering an annotation tells (set by whoever knows the tags' names).
    tooltip_of: Callable[[AnnotationRecord], str] | None = None

    def __init__(self, view: PageView, overlay: AnnotationOverlay) -> None:
        super().__init__(view)
        self.view, self.overlay = view, overlay
        self.drawing = False
        self._start: QPointF | None = None
        self._press: QPointF | None = None
        self._band = QGraphicsRectItem()
        self._band.setZValue(4)
        self._band.hide()
        view.scene().addItem(self._band)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tooltip(event)
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._pressed(event)
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self._start:
            self._band.setRect(QRectF(self._start, self._scene(event)).normalized())
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            return self._released(event)
        return False

    def _tooltip(self, event: QHelpEvent) -> bool:
        """Hovering an annotation: its kind, codes, note, who and when (the smallest one under
        the mouse, as a click chooses)."""
        p = self.view.mapToScene(event.pos())
        hit = self.overlay.at(p.x(), p.y())
        if hit is None or self.tooltip_of is None:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), self.tooltip_of(hit), self.view.viewport())
        return True

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
        drawing = QColor(colours().drawing)  # (the colours of the scheme in use now)
        self._band.setPen(QPen(drawing, 0, Qt.PenStyle.DashLine))
        drawing.setAlpha(40)
        self._band.setBrush(drawing)
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
        region = self._to_region(QRectF(start, self._scene(event)).normalized())
        if region is not None:  # the rectangle stays drawn while what it is is asked
            self.region_drawn.emit(region)
        self._band.hide()
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
