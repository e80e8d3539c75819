"""The bar a pane shows while one of its reads waits on a team library's server that does not
answer (``watched_reads``): after as long as an action waits before "Stop waiting" is offered
(``library_calls``), it says which read waits and offers **Stop waiting** (Esc where the pane has
the keys); stopped, it says what was not read and offers **Read again**. The reads run on the
window's database worker, not on its thread: nothing else waits for them, so the window goes on
taking input meanwhile, and only the pane's own reads are given up. (The page's bar said the
whole sentence the text pane says, too: the server's address put Read again under it, as wide as
the bar.) ``ReadWords``: what a pane's bar says, the page's (``PAGE_READ``) and each pane's own."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, tr, translate
from app.ui.base.offer_bar import OfferBar
from app.ui.base.stop_waiting import STOP_WAITING

READ_AGAIN = QT_TRANSLATE_NOOP("Redline", "Read again")


@dataclass(frozen=True)
class ReadWords:
    """What a pane's bar says of its read (untranslated: ``QT_TRANSLATE_NOOP``, said in the
    window's language when shown). ``given_up`` is said whole where the read's result would be
    (``{location}``: the library's); ``not_read``, short, in the bar beside Read again."""

    name: str  # the bar's accessible name
    waiting: str
    stop_tip: str
    not_read: str
    given_up: str
    again_tip: str


PAGE_READ = ReadWords(
    QT_TRANSLATE_NOOP("Redline", "Waiting for the page's text"),
    QT_TRANSLATE_NOOP(
        "Redline", "The library's server is not answering; the page's text has not been read yet."
    ),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Stop waiting for this page's text (Esc): its read is cancelled on the library's server.",
    ),
    QT_TRANSLATE_NOOP("Redline", "The page's text was not read."),
    QT_TRANSLATE_NOOP(
        "Redline",
        "Redline stopped waiting for the server holding {location}; the page's text was not read.",
    ),
    QT_TRANSLATE_NOOP("Redline", "Read this page's text from the library again."),
)


class ServerWait(OfferBar):
    """Hidden unless a read waits on the server (:meth:`waiting`) or was given up
    (:meth:`stopped`). ``stop`` and ``again``: the person's Stop waiting and Read again."""

    stop = Signal()
    again = Signal()
    offered = Signal(bool)  # Stop waiting is offered (True), or no longer (False)

    def __init__(self, words: ReadWords = PAGE_READ, parent: QWidget | None = None) -> None:
        super().__init__(tr(STOP_WAITING), parent)
        self.words = words
        named(self, words.name)
        self.button.clicked.connect(self._on_clicked)
        self.offering = False  # Stop waiting on offer (else Read again, or hidden)

    def waiting(self) -> None:
        self._show(True, tr(STOP_WAITING), translate("Redline", self.words.stop_tip))
        self._say(translate("Redline", self.words.waiting))

    def stopped(self) -> None:
        """Said whole where the read's result would be (:meth:`given_up`); here short, beside
        Read again."""
        self._show(False, tr(READ_AGAIN), translate("Redline", self.words.again_tip))
        self._say(translate("Redline", self.words.not_read))

    def given_up(self, location: str) -> str:
        return translate("Redline", self.words.given_up).format(location=location)

    def _show(self, offering: bool, button: str, tip: str) -> None:
        self._offer(offering)
        self.button.setText(button)
        self.button.setToolTip(tip)
        named(self.button, button, tip)
        self.show()

    def withdraw(self) -> None:
        self._offer(False)
        self.hide()

    def _offer(self, offering: bool) -> None:
        """(``offered`` tells the side panel, which marks the tab of a pane whose bar offers
        Stop waiting out of sight: ``side_panel``.)"""
        if offering != self.offering:
            self.offering = offering
            self.offered.emit(offering)

    def _on_clicked(self) -> None:
        (self.stop if self.offering else self.again).emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc stops waiting where the pane has the keys (installed on its widgets): it takes
        Esc before the window's own keys (the reading mode's Esc leaves it the next time)."""
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
