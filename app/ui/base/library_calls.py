"""A team library's calls from the window's thread, run on a thread of their own
(``app.core.calls``): the window's thread runs its event loop while one is on its way to the
server and back, so the window paints, its timers fire and other reviewers' changes come in;
the person's keys and clicks meanwhile wait (held by Qt, not dropped) and are taken in order
once the call is back, so an action still sees the library as the one before it left it. A call
that takes longer than ``WAIT_SHOWN_MS`` is shown (``waiting``: the status line says so, the
cursor is busy).

Python's garbage is collected on the window's thread meanwhile (``collector``: a widget must not
be deleted on the call's thread). One call at a time, in the order made: a call made while one is
awaited (from a timer meanwhile: a correction's live write, typed just before a read the window
awaits; or from a signal) is queued behind it on the call's thread and awaited in turn, inside
the first's wait, so it sees the library as the first left it. (It ran on the window's thread
until 2026-12-07, beside the call awaited, and held that thread, with no way out, on a server
that did not answer.) The action that made the first call goes on once both are back.

A call on a server awaited ``STOP_OFFERED_MS`` may be given up: "Stop waiting" is offered at the
foot of the window in front, with Esc (``stop_waiting``; from then on the window takes only
those, and drops what else is pressed, what was held before too). Given up, the call is
cancelled on the server and raises, on the window's thread at once, a ``WaitStopped`` saying how
far it had got (``app.core.calls.CallWatch``); so does each call queued behind it (a call not
begun says nothing was changed). Its thread is left to it (later calls run on a new one): it ends
when the server answers or the link's time-outs end it, changing nothing more; one stopped while
its COMMIT was on its way says what became of it then (``late``).
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
from dataclasses import dataclass
from types import FrameType
from typing import Any, TypeVar

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


@dataclass(eq=False)
class _Awaited:
    """A call the window's thread awaits (the first; or one made meanwhile, awaited inside it)."""

    number: int
    future: Future[Any]
    watch: CallWatch | None  # (None: it cannot be given up)
    stopped: WaitStopped | None = None  # it was given up: what it raises
    loop: QEventLoop | None = None
    relooping: bool = False  # its event loop ended to take input again ("Stop waiting")


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
        self._awaited: list[_Awaited] = []  # the first call awaited, then those made meanwhile
        self._calls = itertools.count(1)
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
        return bool(self._awaited)

    def wanted(self) -> bool:
        return threading.current_thread() is threading.main_thread() and not in_inline_task()

    def run(self, call: Callable[[], R]) -> R:
        number = next(self._calls)
        watch = self._watch_call() if self._watch_call is not None else None
        if any(a.stopped is not None for a in self._awaited) and watch is not None:
            raise watch.stop()  # (made as the wait it would join is given up: not made)
        future: Future[R] = self._thread.submit(
            call if watch is None else lambda: _watched(watch, call)
        )
        future.add_done_callback(lambda _f: self._back.emit(number))
        if not future.done():
            self._await(_Awaited(number, future, watch))
        return future.result()  # (its exception raised here, on the window's thread)

    def _await(self, awaited: _Awaited) -> None:
        """Turn the event loop until ``awaited`` is back or given up. The first call's wait is
        said and offered to be given up; a call made meanwhile is awaited inside it."""
        first = not self._awaited
        self._awaited.append(awaited)
        if first:
            held.hold()
            self._shown.start()
            if awaited.watch is not None:
                self._offer.start()
        try:
            self._turn(awaited)
        finally:
            awaited.loop = None
            self._awaited.remove(awaited)
            if first:
                self._offer.stop()
                self._withdraw()
                if not self._shown.isActive():  # (it fired: the wait was said, and is over)
                    self.waiting.emit(False)
                self._shown.stop()
                held.release()
        if awaited.stopped is not None:
            raise awaited.stopped

    def _turn(self, awaited: _Awaited) -> None:
        future = awaited.future
        while not future.done() and awaited.stopped is None:
            # What was pressed before the offer, held by Qt till now, is dropped (by the call
            # awaited then, or by one made while that was being done, inside it).
            if self.input.on and (awaited.relooping or self.input.draining):
                QCoreApplication.processEvents()
                self.input.drained()
                if future.done() or awaited.stopped is not None:
                    break
            awaited.relooping = False
            loop = awaited.loop = QEventLoop()
            flags = QEventLoop.ProcessEventsFlag
            loop.exec(flags.AllEvents if self.input.on else flags.ExcludeUserInputEvents)
            if not (future.done() or awaited.stopped is not None or awaited.relooping):
                self._ended(awaited)  # the application quitting, which ends every loop

    def _ended(self, awaited: _Awaited) -> None:
        """The application is quitting while a call is awaited: a call that can be given up
        is; another is waited out (a folder library's: milliseconds)."""
        if awaited.watch is not None:
            self.stop()
        else:
            awaited.future.exception()

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
        for awaited in self._awaited:  # (each takes input again once it turns its loop)
            awaited.relooping = True
            if awaited.loop is not None:
                awaited.loop.quit()

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
        """Give up the calls awaited ("Stop waiting", Esc): each is cancelled on the server
        (one queued behind another never runs) and raises at once what it got to; their thread
        is left to end by itself, and later calls run on a new one."""
        given_up = [
            a
            for a in self._awaited
            if a.watch is not None and a.stopped is None and not a.future.done()
        ]
        if not given_up:
            return
        for awaited in given_up:
            watch = awaited.watch
            assert watch is not None
            awaited.stopped = stopped = watch.stop()
            if stopped.committing:  # (said once it has ended: ``late``)
                awaited.future.add_done_callback(self._said_late(watch))
            else:
                awaited.future.cancel()  # (queued: not run; running: it ends by itself)
        abandoned, self._thread = self._thread, _CallThread()
        abandoned.close(wait=False)  # (it ends after the calls given up)
        for awaited in self._awaited:
            if awaited.loop is not None:
                awaited.loop.quit()

    def _said_late(self, watch: CallWatch) -> Callable[[Future[Any]], None]:
        return lambda future: self._late_back.emit(watch.late(future.exception()))

    def _on_late_back(self, said: object) -> None:
        self.late.emit(say(said))

    def _quit(self, number: int) -> None:
        for awaited in self._awaited:
            if awaited.number == number and awaited.loop is not None:
                awaited.loop.quit()

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
