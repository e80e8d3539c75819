"""The side panel: the Library, Search, Doubtful words and Annotations tabs.

The tabs stand on the panel's left edge, their names turned to read upwards (as in an IDE): the
four names, in any language, need the panel's height, not its width, so every tab stays in sight
and its name whole at the panel's narrowest (on top, at 245 px, "Doubtful words" was cut and the
Annotations tab was scrolled out of sight). Each tab says on hover what it holds.

A pane whose read waits on a team library's server that does not answer offers Stop waiting on
its own bar (``server_wait``), in the pane: behind another tab it is out of sight, and the read
holds the window's database worker until the person opens the tab. So the tab says it: an
hourglass beside its name, and its tooltip (and the name a screen reader says) that the server
does not answer and that the tab holds the Stop waiting, for as long as the bar offers it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from app.ui.base.language import QT_TRANSLATE_NOOP, tr, translate
from app.ui.base.server_wait import ServerWait

TAB_WAITING = QT_TRANSLATE_NOOP(
    "Redline",
    "The library's server is not answering a read of this tab: open it to stop waiting.",
)
TAB_WAITING_NAME = QT_TRANSLATE_NOOP("Redline", "{tab}, waiting for the library's server")

# Up and Down walk tabs stacked on the left edge; QTabBar itself only takes Left and Right.
_ALONG = {Qt.Key.Key_Up: Qt.Key.Key_Left, Qt.Key.Key_Down: Qt.Key.Key_Right}


class _EdgeTabBar(QTabBar):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = _ALONG.get(Qt.Key(event.key()))
        if key is None:
            super().keyPressEvent(event)
            return
        super().keyPressEvent(QKeyEvent(event.type(), key, event.modifiers()))


class SidePanel(QTabWidget):
    """A tab widget with its tabs on the west edge, none scrolled out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(_EdgeTabBar(self))
        self.setTabPosition(QTabWidget.TabPosition.West)
        # (the bar needs the height of the four names, about 380 px in German: a shorter panel
        # cuts the longest names with "…" rather than scroll a tab out of sight)
        self.setUsesScrollButtons(False)
        self._words: dict[QWidget, tuple[str, str]] = {}  # each tab's name and tooltip (sources)
        self._waiting: dict[QWidget, set[ServerWait]] = {}  # the bars offering Stop waiting

    def add(self, pane: QWidget, text: str, tip: str) -> None:
        """``pane`` as a tab named ``text``, whose tooltip is ``tip``; marked while a bar of
        its offers Stop waiting (the module's docstring)."""
        self.setTabToolTip(self.addTab(pane, text), tip)
        self._words[pane] = (text, tip)
        for bar in pane.findChildren(ServerWait):
            bar.offered.connect(lambda on, p=pane, b=bar: self._on_offered(p, b, on))

    def waiting(self, pane: QWidget) -> bool:
        """Whether ``pane``'s tab is marked: a read of it waits, its Stop waiting offered."""
        return bool(self._waiting.get(pane))

    def _on_offered(self, pane: QWidget, bar: ServerWait, on: bool) -> None:
        bars = self._waiting.setdefault(pane, set())
        (bars.add if on else bars.discard)(bar)
        index = self.indexOf(pane)
        if index < 0:
            return
        text, tip = self._words[pane]
        if bars:
            self.setTabIcon(index, hourglass(self.palette().color(QPalette.ColorRole.WindowText)))
            self.setTabToolTip(index, f"{tr(tip)}\n{tr(TAB_WAITING)}")
            self.tabBar().setAccessibleTabName(
                index, translate("Redline", TAB_WAITING_NAME).format(tab=tr(text))
            )
        else:
            self.setTabIcon(index, QIcon())
            self.setTabToolTip(index, tr(tip))
            self.tabBar().setAccessibleTabName(index, tr(text))


def hourglass(ink: QColor) -> QIcon:
    """An hourglass in ``ink`` (the tabs' text colour, so it shows in either scheme)."""
    image = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)  # (transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(ink)
    pen.setWidthF(2.5)
    painter.setPen(pen)
    painter.drawLine(QPointF(7, 3), QPointF(25, 3))
    painter.drawLine(QPointF(7, 29), QPointF(25, 29))
    glass = QPainterPath()
    glass.moveTo(9, 4)
    glass.lineTo(23, 4)
    glass.lineTo(16, 16)
    glass.lineTo(23, 28)
    glass.lineTo(9, 28)
    glass.lineTo(16, 16)
    glass.closeSubpath()
    painter.drawPath(glass)
    sand = QPainterPath()
    sand.moveTo(11, 27)
    sand.lineTo(21, 27)
    sand.lineTo(16, 20)
    sand.closeSubpath()
    painter.fillPath(sand, ink)
    painter.fillRect(QRectF(15, 16, 2, 6), ink)
    painter.end()
    # (a tab on the west edge is drawn turned a quarter to the left, its icon too)
    return QIcon(QPixmap.fromImage(image.transformed(QTransform().rotate(90))))
