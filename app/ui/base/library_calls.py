"""A team library's calls from the window's thread, run on a thread of their own
(``app.core.calls``): the window's thread runs its event loop while one is on its way to the
server and back, so the window paints, its timers fire and other reviewers' changes come in;
the person's keys and clicks meanwhile wait (held by Qt, not dropped) and are taken in order
once the call is back, so an action still sees the library as the one before it left it. A call
that takes longer than ``WAIT_SHOWN_MS`` is shown (``waiting``: the status line says so, the
cursor is busy).

Python's garbage is collected on the window's thread meanwhile (``collector``: a widget must not
be deleted on the call's thread). One call at a time: a call made while one is awaited (from a
timer or a signal meanwhile) runs where it is made, as any call off the window's thread does.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import FrameType
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from app.ui.base.workers import held, in_inline_task

log = logging.getLogger(__name__)

R = TypeVar("R")
WAIT_SHOWN_MS = 400  # a call awaited longer than this is shown
_WINDOW_CODE = "app.ui."  # the window's modules


def _window_code(frame: FrameType) -> bool:
    return str(frame.f_globals.get("__name__", "")).startswith(_WINDOW_CODE)


class UnroutedCall(AssertionError):
    """The window's thread reached a team library other than through a marked call."""


class LibraryCalls(QObject):
    """The ``CallRunner`` a window sets on its team library."""

    waiting = Signal(bool)  # a call has been awaited WAIT_SHOWN_MS (True), and is back (False)
    _back = Signal(int)  # a call is back (from its thread: a queued signal to the window's)
    strict = False  # the tests: a call that reached the library unrouted raises

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redline-library")
        self._awaiting = False
        self._loop: QEventLoop | None = None
        self._calls = itertools.count(1)
        self._current = 0  # the call awaited
        self._back.connect(self._quit)
        self._shown = QTimer(self, singleShot=True, interval=WAIT_SHOWN_MS)
        self._shown.timeout.connect(lambda: self.waiting.emit(True))
        self._reported: set[str] = set()

    def after_call(self, run: Callable[[], object]) -> None:
        """``run()`` once no call is awaited and the action that made it is done (a window
        closed meanwhile), with the results held back (``workers.held``)."""
        held.deliver(run)

    @property
    def busy(self) -> bool:
        return self._awaiting

    def wanted(self) -> bool:
        on_window = threading.current_thread() is threading.main_thread() and not in_inline_task()
        return on_window and not self._awaiting

    def run(self, call: Callable[[], R]) -> R:
        number = next(self._calls)
        future: Future[R] = self._pool.submit(call)
        future.add_done_callback(lambda _f: self._back.emit(number))
        if not future.done():
            self._await(future, number)
        return future.result()  # (its exception raised here, on the window's thread)

    def _await(self, future: Future[R], number: int) -> None:
        self._awaiting, self._current = True, number
        held.hold()
        shown = self._shown
        shown.start()
        loop = self._loop = QEventLoop()
        try:
            while not future.done():
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                if not future.done():  # the application quitting, which ends every loop
                    future.exception()  # (the call is bounded by the server's time-outs)
        finally:
            self._loop = None
            self._awaiting = False
            if not shown.isActive():  # (it fired: the wait was said, and is over)
                self.waiting.emit(False)
            shown.stop()
            held.release()

    def _quit(self, number: int) -> None:
        if self._loop is not None and number == self._current:
            self._loop.quit()

    def unrouted(self) -> None:
        frame = sys._getframe(1)
        while frame is not None and not _window_code(frame):
            frame = frame.f_back  # type: ignore[assignment]
        if frame is None:
            return  # (not the window's code: a script or a test using the library itself)
        where = "".join(traceback.format_stack(sys._getframe(1), limit=12))
        if self.strict:
            raise UnroutedCall(f"a library call on the window's thread not marked:\n{where}")
        if where not in self._reported:  # (once for each place)
            self._reported.add(where)
            log.warning("a library call on the window's thread, not run off it:\n%s", where)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
