"""The main window's status bar: the document's title, the page and the zoom, and its messages —
a line gone after :data:`STATUS_MESSAGE_MS`, at the next step made or as a form opens over the
window, and one the status bar would cut shown whole in the message strip above it instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar, QWidget

from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, tr
from app.ui.base.plain_label import plain_label
from app.ui.base.read_only import read_only_text
from app.ui.base.stop_waiting import WAITING
from app.ui.window.message_strip import MessageStrip

STATUS_TITLE_LEAST = 40  # pixels: the status bar's document title shrinks down to this
STATUS_MESSAGE_MS = 12_000  # a status-bar message is gone after this long
STATUS_SPACING = 12  # pixels: the status bar's room around a message and between its widgets


class StatusLine:
    """The status bar's labels (``document``, ``page``, ``zoom``) and messages."""

    def __init__(
        self,
        bar: QStatusBar,
        strip: MessageStrip,
        *,
        read_only: bool,
        shown: Callable[[], bool],
        read_only_reason: str | None = None,
    ) -> None:
        """``shown``: whether the window is on screen (before, no widget has a width);
        ``read_only_reason``: why the library is read-only, as the database says it."""
        self.bar, self.strip, self._shown = bar, strip, shown
        if read_only:
            bar.addPermanentWidget(QLabel(read_only_text(read_only_reason)))
        self.document = plain_label()  # (the document's title)
        # The title may be clipped rather than widen a small window beyond its screen (it is in
        # the window's title too).
        self.document.setMinimumWidth(STATUS_TITLE_LEAST)
        self.page = QLabel()
        self.zoom = QLabel()
        named(self.page, QT_TRANSLATE_NOOP("Redline", "Page"))
        named(self.zoom, QT_TRANSLATE_NOOP("Redline", "Zoom"))
        for w in (self.document, self.page, self.zoom):
            bar.addPermanentWidget(w)
        self._passing = False  # the message shown goes by itself (not one shown until replaced)
        self._said_now = False  # it was said in this turn of the event loop
        self._blocked = FormOpened(bar.window(), self._on_form_opened)

    def _on_form_opened(self) -> None:
        """A form opened over the window (an annotation's, a question, a file dialog): a
        passing message said before it is over — "Select some text in the text pane first."
        stayed beside the form the selection then opened. One shown until replaced (a task
        left, a wait) stays, and so does one said as the form opens, in the same turn of the
        event loop (the notice that Tesseract is missing: the status bar and its box)."""
        if self._passing and not self._said_now:
            self.clear()

    def _settled(self) -> None:
        self._said_now = False

    def show(self, text: str, timeout_ms: int | None = None) -> None:
        """A line in the status bar, gone after ``timeout_ms`` (None: :data:`STATUS_MESSAGE_MS`;
        0: until another replaces it;
        or at the next step made: an error does not stay after later successes); one the status
        bar would cut, in the message strip above it instead, whole. Every message the window
        shows comes here: one put in the bar straight was cut by the page and zoom beside it
        ("Waiting for the library's ser…" in a window 795 pixels wide)."""
        if timeout_ms is None:
            timeout_ms = STATUS_MESSAGE_MS  # (read now: a test shortens it)
        self._passing, self._said_now = timeout_ms > 0, True
        QTimer.singleShot(0, self._settled)
        if self._fits(text):
            self.strip.dismiss()
            self.bar.showMessage(text, timeout_ms)
        else:
            self.bar.clearMessage()
            self.strip.show_text(text, timeout_ms)

    def waiting(self, on: bool) -> None:
        """A library call awaited a while (a team library's server slow to answer): said, and
        the cursor busy, until it is back."""
        if on:
            self.show(tr(WAITING), 0)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            return
        QApplication.restoreOverrideCursor()
        if self.current() == tr(WAITING):
            self.clear()

    def current(self) -> str:
        """What the window says now, in the status bar or the message strip."""
        return self.strip.text() or self.bar.currentMessage()

    def clear(self) -> None:
        """A step made: what an earlier one said is over."""
        self.bar.clearMessage()
        self.strip.dismiss()
        self._passing = False

    def _fits(self, text: str) -> bool:
        bar = self.bar
        if not self._shown():  # (no widths yet: a window being made or closed)
            return True
        if "\n" in text or bar.isHidden():  # (the reading mode hides the status bar)
            return False
        beside = bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        taken = sum(w.width() + STATUS_SPACING for w in beside if w.isVisible())
        return bar.fontMetrics().horizontalAdvance(text) + STATUS_SPACING <= bar.width() - taken


class FormOpened(QObject):
    """Calls ``opened`` each time a modal dialog opens over ``window`` (Qt tells a window a
    modal dialog blocks it: ``WindowBlocked``), watching that window's events only."""

    def __init__(self, window: QWidget, opened: Callable[[], None]) -> None:
        super().__init__(window)
        self._opened = opened
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowBlocked:
            self._opened()
        return False
