"""A frame in the palette's highlight colour around a pane while it has the keyboard's focus.

Fusion draws no focus on a scroll area: moving between the scan and the text with F6, nothing
on screen changed (only the status bar named the pane for two seconds), and the document's
single keys (A, R, N, 1-9, Del) act only where the document has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

WIDTH = 2  # pixels


class _Frame(QWidget):
    """Drawn over its pane (mouse events pass through it), shown while the pane has focus."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.pane = pane
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.setGeometry(self.pane.rect())
            self.raise_()
            self.show()
        elif kind == QEvent.Type.FocusOut:
            self.hide()
        elif kind == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.pane.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


def focus_frame(pane: QWidget) -> QWidget:
    """Frame ``pane`` while it has the focus; the frame widget (tests look at it)."""
    return _Frame(pane)
