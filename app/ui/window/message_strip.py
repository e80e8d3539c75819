"""The window's message strip: a status message too long for the status bar's free space (the
document's title, page, zoom, text layer and review status sit on its right) shown whole,
wrapped, between the panes and the status bar, where the status bar would cut it. It goes as a
status message goes: after a while, at the next step made, or with its close button (or Escape
while it has the focus)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, tr


class MessageStrip(QFrame):
    """A wrapped line of plain text with a close button; hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # (a file's name is not markup)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setToolTip(tr(QT_TRANSLATE_NOOP("Redline", "Close the message")))
        named(self.close_button, QT_TRANSLATE_NOOP("Redline", "Close the message"))
        named(self, QT_TRANSLATE_NOOP("Redline", "Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_text(self, text: str, timeout_ms: int) -> None:
        """Show ``text`` whole for ``timeout_ms`` (0: until dismissed; a new message replaces
        the one shown)."""
        self.label.setText(text)
        self.show()
        if timeout_ms > 0:
            self.timer.start(timeout_ms)
        else:
            self.timer.stop()

    def dismiss(self) -> None:
        self.timer.stop()
        self.label.clear()
        self.hide()

    def text(self) -> str:
        """What it says now ("" when hidden)."""
        return "" if self.isHidden() else self.label.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
