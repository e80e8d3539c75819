"""The hint on an empty library's page area: where scans come in (File › Import files…, and its
key), shown while the library has no document and none is open. On a first start the panes were
empty and the page area grey, with nothing pointing to the import."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.window.menus import FILE, IMPORT_FILES

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "Redline",
    "This library has no documents yet.\n\n{path} ({key}) brings scans in: PDF or image files. "
    "You can also drop them on the window.",
)
WIDTH = 420  # pixels at most: a short paragraph, not a line across the page area


def plain(text: str) -> str:
    """A menu text as read: without its mnemonic marks ("&File" → "File")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def hint_text() -> str:
    """The hint in the window's language, the menu path and key as the menu shows them."""
    key = QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    path = f"{plain(tr(FILE))} › {plain(tr(IMPORT_FILES))}"
    return tr(EMPTY_HINT).format(path=path, key=key)


class EmptyLibraryHint(QLabel):
    """A short paragraph centred on ``area`` (the page view's viewport), kept centred as it is
    resized, in the window's language as it changes."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.setObjectName("emptyLibraryHint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "background: palette(base); color: palette(text); border: 1px solid palette(mid);"
            " padding: 16px;"
        )
        self.setText(hint_text())
        area.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.centre()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(hint_text())
            self.centre()
        super().changeEvent(event)

    def centre(self) -> None:
        area = self.parentWidget()
        if area is None:
            return
        width = min(WIDTH, max(area.width() - 32, 120))
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width))
        self.move((area.width() - width) // 2, max(0, (area.height() - self.height()) // 3))

    def show_if(self, shown: bool) -> None:
        if shown:
            self.centre()
            self.raise_()
        self.setVisible(shown)
