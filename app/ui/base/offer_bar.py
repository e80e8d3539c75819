"""A bar over or under a pane that says something of the page and offers one thing to do about
it: its words and its button side by side where both fit whole, else the button under the words
(a narrow text pane cut the button's text to "auf dieser Seite ausfü" and wrapped the words to one
a line). The OCR offer (``ocr_offer``) and the page read's wait (``server_wait``) are such bars."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from app.ui.base.plain_label import plain_label


class OfferBar(QWidget):
    """Words (``label``, as written) and a ``button``; hidden until shown."""

    def __init__(self, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.button = QPushButton(button)
        # (a box layout that turns: a long reason wraps over as many lines as it needs)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(4, 2, 4, 2)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.button)
        self.hide()

    def _say(self, text: str) -> None:
        self.label.setText(text)
        self._arrange(self.width())

    def side_by_side(self) -> bool:
        """Whether the words and the button stand side by side (else the button is under)."""
        return self.row.direction() == QBoxLayout.Direction.LeftToRight

    def _arrange(self, width: int) -> None:
        """Side by side where the words on one line and the button fit whole, else the button
        under the words, which wrap over the bar's width."""
        margins = self.row.contentsMargins()
        room = width - margins.left() - margins.right() - max(self.row.spacing(), 0)
        words = self.label.fontMetrics().horizontalAdvance(self.label.text()) + 2
        fits = words + self.button.sizeHint().width() <= room
        self.row.setDirection(
            QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)
