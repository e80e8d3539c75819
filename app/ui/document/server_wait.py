"""The bar under the page while its read waits on a team library's server that does not answer:
after as long as an action waits before "Stop waiting" is offered (``library_calls``), it says
so and offers **Stop waiting** (Esc where the page, its text or the thumbnails have the keys);
stopped, it says the page's text was not read and offers **Read again**. A page's read runs on
the window's database worker, not on its thread: nothing else waits for it, so the window goes
on taking input meanwhile, and only this read (and what runs on that worker before it) is given
up. (The bar said the whole sentence the text pane says, too: the server's address put Read
again under it, as wide as the bar.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, tr, translate
from app.ui.base.stop_waiting import STOP_WAITING
from app.ui.document.offer_bar import OfferBar

PAGE_WAIT = QT_TRANSLATE_NOOP("Redline", "Waiting for the page's text")
STOP_TIP = QT_TRANSLATE_NOOP(
    "Redline",
    "Stop waiting for this page's text (Esc): its read is cancelled on the library's server.",
)
READ_AGAIN = QT_TRANSLATE_NOOP("Redline", "Read again")
READ_AGAIN_TIP = QT_TRANSLATE_NOOP("Redline", "Read this page's text from the library again.")


class ServerWait(OfferBar):
    """Hidden unless a page's read waits on the server (:meth:`waiting`) or was given up
    (:meth:`stopped`). ``stop`` and ``again``: the person's Stop waiting and Read again."""

    stop = Signal()
    again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(STOP_WAITING), parent)
        named(self, PAGE_WAIT)
        self.button.clicked.connect(self._on_clicked)
        self.offering = False  # Stop waiting on offer (else Read again, or hidden)

    def waiting(self) -> None:
        self._show(True, tr(STOP_WAITING), tr(STOP_TIP))
        self._say(
            translate(
                "Redline",
                "The library's server is not answering; the page's text has not been read yet.",
            )
        )

    def stopped(self) -> None:
        """Said whole in the text pane (``stopped_text``); here short, beside Read again."""
        self._show(False, tr(READ_AGAIN), tr(READ_AGAIN_TIP))
        self._say(translate("Redline", "The page's text was not read."))

    @staticmethod
    def stopped_text(location: str) -> str:
        return translate(
            "Redline",
            "Redline stopped waiting for the server holding {location}; the page's text was "
            "not read.",
        ).format(location=location)

    def _show(self, offering: bool, button: str, tip: str) -> None:
        self.offering = offering
        self.button.setText(button)
        self.button.setToolTip(tip)
        named(self.button, button, tip)
        self.show()

    def withdraw(self) -> None:
        self.offering = False
        self.hide()

    def _on_clicked(self) -> None:
        (self.stop if self.offering else self.again).emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc stops waiting where the page, its text or the thumbnails have the keys (installed
        on them): it takes Esc before the window's own keys (the reading mode's Esc leaves it
        the next time)."""
        if not self.offering or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # (delivered as a key press to the widget, not as a window shortcut)
            return True
        if event.type() == QEvent.Type.KeyPress:
            self.stop.emit()
            return True
        return False
