"""The scan of one page: zoom, fit, pan, rotate, and word boxes drawn over it.

Scene units are points of the page as displayed (its ``/Rotate`` applied); the pixmap, rendered at
``zoom`` device pixels a point, is scaled by ``1/zoom`` so it maps one to one onto the screen.
Word boxes arrive in unrotated points and go through :class:`PageGeometry` once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyle,
    QToolTip,
    QWidget,
)

from app.core.documents.queries import WordBox
from app.core.documents.render import PageGeometry
from app.ui.base.language import translate
from app.ui.base.theme import colours
from app.ui.document.withheld_item import WithheldItem
from app.ui.document.word_boxes import WordBoxesItem, low_confidence

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.1, 8.0, 1.25
CLICK_SLOP = 4  # pixels the mouse may move and still count as a click, not a pan


class PageView(QGraphicsView):
    """Shows one page; emits ``word_clicked(seq)``, ``zoom_changed(zoom)``, and
    ``pixels_painted()`` once new pixels given to :meth:`set_pixmap` are on screen, and
    ``colours_changed()`` when the window's colours change (light, dark: tints are drawn anew)."""

    word_clicked = Signal(int)
    colours_changed = Signal()
    zoom_changed = Signal(float)
    pixels_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fit_mode: str | None = "width"  # width | page | None (a zoom the person chose)
        self.zoom = 1.0
        self.user_rotation = 0
        self.geometry_: PageGeometry | None = None
        self.pixmap_zoom = 0.0  # device pixels a point of the pixmap shown, 0 if none
        self.low_confidence = 60.0
        self._paper = self.scene().addRect(QRectF(), QPen(Qt.PenStyle.NoPen))
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap)
        self.words = WordBoxesItem()
        self.words.setZValue(1)
        self.scene().addItem(self.words)
        self.withheld = WithheldItem()  # what publications burn beyond the boxes drawn
        self.scene().addItem(self.withheld)
        self._hits: list[QGraphicsRectItem] = []
        self._focus = self.scene().addRect(QRectF())
        self._focus.setZValue(3)
        self._focus.hide()
        self._press: QPoint | None = None
        self._unpainted = False  # set_pixmap gave pixels not painted yet
        self.position = ""  # "Page 2 of 9", for screen readers
        self.setAccessibleName("Scan")
        self._describe()
        self._apply_colours()

    def _apply_colours(self) -> None:
        """The backdrop, the paper, the word in focus and the search's tints, in the colours of
        the scheme in use."""
        scheme = colours()
        self.setBackgroundBrush(scheme.backdrop)
        self._paper.setBrush(scheme.paper)
        self._focus.setPen(QPen(scheme.focus_scan, 2 / max(self.zoom, 0.01)))
        for hit in self._hits:
            if isinstance(hit, QGraphicsRectItem):
                hit.setBrush(scheme.hit_scan)
        self.scene().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
            self.colours_changed.emit()

    # -- page and pixels ------------------------------------------------------------------------

    def set_page(self, geometry: PageGeometry) -> None:
        """Start showing a new page: its paper at once, pixels and words when they arrive."""
        self.geometry_ = geometry
        w, h = geometry.display_size
        self.scene().setSceneRect(QRectF(0, 0, w, h))
        self._paper.setRect(QRectF(0, 0, w, h))
        self._pixmap.setPixmap(QPixmap())
        self.pixmap_zoom = 0.0
        self.set_words([])
        self.set_hits([])
        self.set_withheld([])
        self._apply_fit()

    def set_pixmap(self, pixmap: QPixmap, zoom: float) -> None:
        """Show pixels asked for at ``zoom`` device pixels a point (scaled to the page, since a
        very large render comes back smaller)."""
        self._pixmap.setPixmap(pixmap)
        width = self.sceneRect().width()
        if abs(pixmap.width() - width * zoom) <= 1.5:
            # MuPDF's pixel i covers points [i/zoom, (i+1)/zoom): exact, and at a fit zoom
            # (snapped to the render's) one pixel to one device pixel, which Qt merely copies.
            self._pixmap.setScale(1 / zoom)
        else:  # rendered smaller than asked (a very large page): stretched over the page
            self._pixmap.setScale(width / max(pixmap.width(), 1))
        self.pixmap_zoom = zoom
        self._unpainted = True

    @property
    def awaiting_paint(self) -> bool:
        """Pixels given to :meth:`set_pixmap` are not on screen yet."""
        return self._unpainted

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._unpainted:
            self._unpainted = False
            self.pixels_painted.emit()

    def device_zoom(self) -> float:
        """The render zoom that maps one pixel to one device pixel at the current view zoom."""
        return self.zoom * self.devicePixelRatioF()

    # -- zoom and rotation ----------------------------------------------------------------------

    def set_zoom(self, zoom: float, *, fit: str | None = None) -> None:
        self.fit_mode = fit
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        changed = abs(zoom - self.zoom) > 1e-6
        self.zoom = zoom
        self.setTransform(QTransform().scale(zoom, zoom).rotate(self.user_rotation))
        if changed:
            self._describe()
            self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def set_position(self, index: int, count: int) -> None:
        """Which page of how many is shown (the description a screen reader reads)."""
        self.position = translate("Redline", "Page {page} of {count}").format(
            page=index + 1, count=count
        )
        self._describe()

    def _describe(self) -> None:
        where = ""
        if self.position:
            where = translate("Redline", "{position}, zoom {zoom}%. ").format(
                position=self.position, zoom=f"{self.zoom * 100:.0f}"
            )
        text = translate(
            "Redline",
            "The scanned page. Page Up and Page Down turn pages, Ctrl+plus and Ctrl+minus zoom, "
            "dragging moves the page.",
        )
        self.setAccessibleDescription(where + text)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.fit_mode = "width"
        self._apply_fit()

    def fit_page(self) -> None:
        self.fit_mode = "page"
        self._apply_fit()

    def turn(self, degrees: int = 90) -> None:
        """Turn the view (not the stored page) by a multiple of 90 degrees, clockwise."""
        self.user_rotation = (self.user_rotation + degrees) % 360
        self.set_zoom(self.zoom, fit=self.fit_mode)
        self._apply_fit()

    def _shown_size(self) -> tuple[float, float]:
        w, h = self.geometry_.display_size if self.geometry_ else (612.0, 792.0)
        return (h, w) if self.user_rotation % 180 else (w, h)

    def _apply_fit(self) -> None:
        if self.fit_mode is None:
            self.set_zoom(self.zoom)
            return
        w, h = self._shown_size()
        # From the room the view has without scroll bars, not the viewport's present size: a
        # fit the viewport's size decided brought a scroll bar or took it away, which changed
        # the size and so the fit, round and round (the window busy, the page never rendered).
        margin = 8
        frame = 2 * self.frameWidth()
        room_w, room_h = self.width() - frame - margin, self.height() - frame - margin
        zw = room_w / w
        if self.fit_mode == "width":
            if zw * h > room_h:  # taller than the view: a vertical scroll bar it always has
                bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
                zw = (room_w - bar) / w
            zoom = zw
        else:
            zoom = min(zw, room_h / h)
        # Down to a zoom renders are made at (RenderKey: hundredths of a device pixel a point),
        # so the page's pixels map one to one onto the screen's.
        dpr = self.devicePixelRatioF()
        zoom = max(math.floor(zoom * dpr * 100), 1) / 100 / dpr
        self.set_zoom(zoom, fit=self.fit_mode)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
        else:
            super().wheelEvent(event)

    # -- words ----------------------------------------------------------------------------------

    def set_words(self, words: Sequence[WordBox]) -> None:
        """Boxes for the page's words (outlined when shown; low-confidence ones tinted)."""
        self._focus.hide()
        if self.geometry_ is None:
            return
        rects = {w.seq: self._display_rect(w.box) for w in words if w.box is not None}
        low = low_confidence([(w.seq, w.confidence) for w in words], self.low_confidence)
        self.words.set_boxes(rects, low & rects.keys())

    def _display_rect(self, box: tuple[float, float, float, float]) -> QRectF:
        assert self.geometry_ is not None
        x0, y0, x1, y1 = self.geometry_.to_display(box)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def set_withheld(self, boxes: Sequence[tuple[tuple[float, float, float, float], str]]) -> None:
        """Show what the publications burn beyond the redactions' boxes (each box in unrotated
        points, with what hovering it tells; ``[]``: nothing)."""
        if self.geometry_ is None:
            return
        self.withheld.set_rects([(self._display_rect(box), tip) for box, tip in boxes])

    def set_show_word_boxes(self, show: bool) -> None:
        self.words.set_show_all(show)

    def word_rect(self, seq: int) -> QRectF | None:
        """Where word ``seq`` is on the displayed page (points), if it has a box."""
        return self.words.rects.get(seq)

    def focus_word(self, seq: int | None) -> None:
        """Outline word ``seq`` and scroll it into view (None: clear the outline)."""
        rect = None if seq is None else self.word_rect(seq)
        if rect is None:
            self._focus.hide()
            return
        self._focus.setRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
        self._focus.setPen(QPen(colours().focus_scan, 2 / max(self.zoom, 0.01)))
        self._focus.show()
        self.ensureVisible(self._focus, 40, 40)

    def set_hits(self, seqs: Sequence[int], *, scroll: bool = True) -> None:
        """Tint the words that match a search (the old tints go), the first scrolled into view."""
        for item in self._hits:
            self.scene().removeItem(item)
        self._hits = []
        for seq in seqs:
            rect = self.word_rect(seq)
            if rect is not None:
                hit = self.scene().addRect(rect, QPen(Qt.PenStyle.NoPen), colours().hit_scan)
                hit.setZValue(2)
                self._hits.append(hit)
        if self._hits and scroll:
            self.ensureVisible(self._hits[0], 40, 40)

    def word_at(self, scene_x: float, scene_y: float) -> int | None:
        """The word under a point of the displayed page, or the nearest within a few points."""
        return self.words.word_at(scene_x, scene_y)

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering what publications burn beyond a redaction's box tells so (an annotation
        under the mouse tells its own first: its tooltip, ``RegionDrawer``'s, comes before)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.withheld.tip_at(self.mapToScene(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
                return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if press is None or (pos - press).manhattanLength() > CLICK_SLOP:
            return  # a pan, not a click
        p = self.mapToScene(pos)
        seq = self.word_at(p.x(), p.y())
        if seq is not None:
            self.focus_word(seq)
            self.word_clicked.emit(seq)
