"""A check box whose text wraps: a narrow side panel shows it whole on two lines, where a
``QCheckBox`` (whose text never wraps) cuts it, in English and more so in German and French."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _TextOfBox(QLabel):
    """The box's text: a click on it toggles the box, as a click on a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # (as tall as its lines at the width it gets)
        self.setSizePolicy(policy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()
        super().mouseReleaseEvent(event)


class WrappedCheckBox(QWidget):
    """``box`` (a ``QCheckBox`` without text, named ``text`` for screen readers) beside
    ``label``, the word-wrapped ``text``. Both are translated as the window's other texts are."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = _TextOfBox(text, self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
