"""A pane's reads on the window's database worker, watched: on a team library's server that does
not answer, once one of them has waited as long as an action waits before "Stop waiting" is
offered (``library_calls.STOP_OFFERED_MS``), the pane's bar (``server_wait``) says which read
waits and offers Stop waiting (and Esc where the pane has the keys). Stopping gives up the
pane's reads alone (``TaskRunner.stop``: cancelled on the server; the worker goes on at once with
what comes after); the pane says what was not read, and the bar offers Read again.

Each pane that reads there has a bar of its own (the page, the library table, a search, the
doubtful words, the annotation list, the conflicts), where the read's result would show: a bar
for the whole window could name one read at a time, and its Read again would stand away from
what it reads; and a stop there failed the reads of other panes with it (until 2026-12-08 only
the page's read had a bar, and its stop gave up the table's or a search's read ahead of it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.core.calls import WaitStopped
from app.ui.base.library_calls import STOP_OFFERED_MS
from app.ui.base.server_wait import ServerWait
from app.ui.base.workers import Done, Failed, TaskRunner, unheard


class WatchedReads(QObject):
    """One pane's reads on ``runner`` (:meth:`submit`), shown on its bar once :meth:`attach`\\ed."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.bar: ServerWait | None = None
        self._keys: QWidget | None = None  # where the keys go back from the bar's button
        self._waiting: set[int] = set()  # the reads that may be given up, not back yet
        self._offer = QTimer(self, singleShot=True, interval=STOP_OFFERED_MS)
        self._offer.timeout.connect(self._on_offer)

    def attach(self, bar: ServerWait, again: Callable[[], object], keys: Iterable[QWidget]) -> None:
        """Show the reads' wait on ``bar``; Read again calls ``again``; Esc stops waiting where
        ``keys`` have the keys (the first gets them back from the bar's button)."""
        self.bar = bar
        bar.stop.connect(self.stop)
        bar.again.connect(again)
        keys = list(keys)
        self._keys = keys[0] if keys else None
        for w in (*keys, bar.button):
            w.installEventFilter(bar)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        stopped: Callable[[], object] | None = None,
        **options: Any,
    ) -> int:
        """``runner.submit``, watched: ``stopped`` (else nothing) once the person gave the read
        up, its bar then saying so (``on_error`` is not called for it)."""
        self.withdraw()
        token = [0]

        def done(result: Any) -> None:
            self._back(token[0])
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._back(token[0])
            if isinstance(exc, WaitStopped):
                self._offer.stop()
                if self.bar is not None:
                    self.bar.stopped()
                if stopped is not None:
                    stopped()
            elif on_error is not None:
                on_error(exc)
            else:
                unheard(exc)

        token[0] = self.runner.submit(fn, done, failed, **options)
        if self.runner.stoppable(token[0]):
            self._waiting.add(token[0])
            self._offer.start()
        return token[0]

    @property
    def waiting(self) -> bool:
        """A read of the pane is not back yet (and may be given up)."""
        return any(self.runner.stoppable(t) for t in self._waiting)

    def stop(self) -> None:
        """Stop waiting: the pane's reads given up, those of other panes left to run."""
        for token in sorted(self._waiting):
            self.runner.stop(token)

    def withdraw(self) -> None:
        """Hide the bar; the keys it had go back to the pane (Qt gave them to what follows it
        in the window)."""
        bar = self.bar
        if bar is None:
            return
        if bar.button.hasFocus() and self._keys is not None:
            self._keys.setFocus()
        bar.withdraw()

    def _on_offer(self) -> None:
        if self.waiting and self.bar is not None:
            self.bar.waiting()

    def _back(self, token: int) -> None:
        """A read is back: the wait is over once every read of the pane is."""
        self._waiting.discard(token)
        if not self.waiting:
            self._offer.stop()
            if self.bar is not None and self.bar.offering:
                self.withdraw()
