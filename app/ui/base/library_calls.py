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

A call on a server awaited ``STOP_OFFERED_MS`` may be given up: "Stop waiting" is offered at the
foot of the window in front, with Esc (``stop_waiting``; from then on the window takes only
those, and drops what else is pressed, what was held before too). Given up, the call is
cancelled on the server and raises, on the window's thread at once, a ``WaitStopped`` saying how
far it had got (``app.core.calls.CallWatch``). Its thread is left to it (later calls run on a new
one): it ends when the server answers or the link's time-outs end it, changing nothing more; one
stopped while its COMMIT was on its way says what became of it then (``late``).
"""

from __future__ import annotations

import itertools
import logging
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from types import FrameType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.core.calls import CallWatch, WaitStopped
from app.ui.base.language import say
from app.ui.base.stop_waiting import StopStrip, WaitInput
from app.ui.base.workers import held, in_inline_task

log = logging.getLogger(__name__)

R = TypeVar("R")
WAIT_SHOWN_MS = 400  # a call awaited longer than this is shown
STOP_OFFERED_MS = 2_000  # a call on a server awaited longer than this may be given up
_WINDOW_CODE = "app.ui."  # the window's modules


def _window_code(frame: FrameType) -> bool:
    return str(frame.f_globals.get("__name__", "")).startswith(_WINDOW_CODE)


class UnroutedCall(AssertionError):
    """The window's thread reached a team library other than through a marked call."""


class _CallThread:
    """The thread the calls run on, one after another. A daemon: a call given up on a server
    that never answers does not keep the program from ending."""

    _numbers = itertools.count(1)

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[Future[object], Callable[[], object]] | None] = (
            queue.SimpleQueue()
        )
        name = f"redline-library-{next(self._numbers)}"
        self.thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self.thread.start()

    def submit(self, call: Callable[[], R]) -> Future[R]:
        future: Future[R] = Future()
        self._queue.put((future, call))  # type: ignore[arg-type]
        return future

    def _serve(self) -> None:
        while (item := self._queue.get()) is not None:
            future, call = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = call()
            except BaseException as exc:  # (raised on the window's thread: Future.result)
                future.set_exception(exc)
            else:
                future.set_result(result)

    def close(self, *, wait: bool) -> None:
        self._queue.put(None)
        if wait:
            self.thread.join()


def _watched(watch: CallWatch, call: Callable[[], R]) -> R:
    with watch.bound():
        return call()


class LibraryCalls(QObject):
    """The ``CallRunner`` a window sets on its team library. ``watch``: the library's
    ``watch_call`` (None, or returning None: its calls cannot be given up)."""

    waiting = Signal(bool)  # a call has been awaited WAIT_SHOWN_MS (True), and is back (False)
    offered = Signal(bool)  # "Stop waiting" offered (True), and withdrawn (False)
    late = Signal(str)  # what became of a call given up while it saved, once it has ended
    _back = Signal(int)  # a call is back (from its thread: a queued signal to the window's)
    _late_back = Signal(object)  # (from an abandoned call's thread: its outcome, said)
    strict = False  # the tests: a call that reached the library unrouted raises

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        watch: Callable[[], CallWatch | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = _CallThread()
        self._watch_call = watch
        self._awaiting = False
        self._loop: QEventLoop | None = None
        self._calls = itertools.count(1)
        self._current = 0  # the call awaited
        self._watch: CallWatch | None = None  # its watch (None: it cannot be given up)
        self._future: Future[object] | None = None  # (its outcome)
        self._stopped: WaitStopped | None = None  # it was given up: what it raises
        self._relooping = False  # its event loop ended to take input again ("Stop waiting")
        self._back.connect(self._quit)
        self._late_back.connect(self._on_late_back)
        self._shown = QTimer(self, singleShot=True, interval=WAIT_SHOWN_MS)
        self._shown.timeout.connect(lambda: self.waiting.emit(True))
        self._offer = QTimer(self, singleShot=True, interval=STOP_OFFERED_MS)
        self._offer.timeout.connect(self._on_offer)
        self.input = WaitInput(self.stop, self)
        self._strip: StopStrip | None = None
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
        watch = self._watch_call() if self._watch_call is not None else None
        future: Future[R] = self._thread.submit(
            call if watch is None else lambda: _watched(watch, call)
        )
        future.add_done_callback(lambda _f: self._back.emit(number))
        if not future.done():
            self._await(future, number, watch)
        return future.result()  # (its exception raised here, on the window's thread)

    def _await(self, future: Future[R], number: int, watch: CallWatch | None) -> None:
        self._awaiting, self._current, self._watch = True, number, watch
        self._future = future  # type: ignore[assignment]
        held.hold()
        shown = self._shown
        shown.start()
        if watch is not None:
            self._offer.start()
        try:
            while not future.done() and self._stopped is None:
                if self.input.on and self._relooping:  # (what was pressed before the offer,
                    QCoreApplication.processEvents()  # held by Qt till now, is dropped)
                    self.input.drained()
                    if future.done() or self._stopped is not None:
                        break
                self._relooping = False
                loop = self._loop = QEventLoop()
                flags = QEventLoop.ProcessEventsFlag
                loop.exec(flags.AllEvents if self.input.on else flags.ExcludeUserInputEvents)
                if not (future.done() or self._stopped is not None or self._relooping):
                    self._ended(future)  # the application quitting, which ends every loop
        finally:
            self._loop = None
            self._awaiting = False
            self._offer.stop()
            self._withdraw()
            if not shown.isActive():  # (it fired: the wait was said, and is over)
                self.waiting.emit(False)
            shown.stop()
            self._watch = self._future = None
            held.release()
        stopped, self._stopped = self._stopped, None
        if stopped is not None:
            raise stopped

    def _ended(self, future: Future[R]) -> None:
        """The application is quitting while a call is awaited: a call that can be given up
        is; another is waited out (a folder library's: milliseconds)."""
        if self._watch is not None:
            self.stop()
        else:
            future.exception()

    def _on_offer(self) -> None:
        """ "Stop waiting" at the foot of the window in front: a form the action came from
        (it blocks the main window), else the main window (over its status bar, whose free
        space a narrow window cut the waiting message to its first letters in)."""
        self.input.start()
        parent = self.parent()
        front = QApplication.activeModalWidget() or (
            parent if isinstance(parent, QWidget) else None
        )
        if front is not None:
            self._strip = StopStrip(front, self.stop)
            self.input.buttons.append(self._strip.button)
        self.offered.emit(True)
        self._relooping = True
        if self._loop is not None:
            self._loop.quit()

    def _withdraw(self) -> None:
        if not self.input.on:
            return
        self.input.end()
        if self._strip is not None:
            self.input.buttons.remove(self._strip.button)
            self._strip.hide()
            self._strip.deleteLater()
            self._strip = None
        self.offered.emit(False)

    def stop(self) -> None:
        """Give up the call awaited ("Stop waiting", Esc): cancelled on the server, it raises
        at once what it got to; its thread is left to end by itself, and later calls run on a
        new one."""
        watch = self._watch
        if watch is None or self._stopped is not None or not self._awaiting:
            return
        self._stopped = stopped = watch.stop()
        abandoned, self._thread = self._thread, _CallThread()
        abandoned.close(wait=False)  # (it ends after the call given up)
        future = self._future
        if stopped.committing and future is not None:  # (said once it has ended: ``late``)
            future.add_done_callback(lambda f: self._late_back.emit(watch.late(f.exception())))
        if self._loop is not None:
            self._loop.quit()

    def _on_late_back(self, said: object) -> None:
        self.late.emit(say(said))

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
        self._thread.close(wait=True)
