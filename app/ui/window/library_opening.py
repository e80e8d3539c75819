"""Opening another library off the window's thread, shared by File › Open library… (a folder,
``folder_library.py``) and File › Open team library… (a server, ``team_library.py``).

Opening a library can take a while the window must not wait out: a server up to its connection's
time-out, a folder on a slow or network disk, an older library backed up and upgraded first. So
it runs on the application's opening threads (:func:`opening_runner`), one attempt at a time
(:class:`Attempt`): a dialog shows what is on its way if it takes longer than
:data:`SHOW_AFTER_MS`, and Cancel stops waiting at once. What an attempt nobody waits for any
more brings when it ends is dropped, a library closed again off the window's thread
(:func:`discard`): the window stays on its own library until the new one is open.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from app.core.library import Library
from app.ui.base.workers import TaskRunner

SHOW_AFTER_MS = 400  # an opening's dialog shows if it takes longer than this

T = TypeVar("T")

_runner: TaskRunner | None = None


def opening_runner() -> TaskRunner:
    """The threads libraries are opened on: the application's, not a window's (a window closes
    while one still opens; the attempt ends by itself, its library closed)."""
    global _runner
    if _runner is None:
        _runner = TaskRunner(threads=4, parent=QCoreApplication.instance())
    return _runner


def discard(lib: Library) -> None:
    """A library opened for an attempt nobody waits for any more: closed off the window's
    thread (closing checkpoints a folder library's file, says goodbye to a server)."""
    opening_runner().submit(lib.close, lambda _none: None, lambda _exc: None)


class Attempt:
    """The one attempt at opening a library that a dialog waits for. :meth:`run` hands a step's
    outcome back on the window's thread only while that attempt is still awaited; a library
    brought by one that was stopped (Cancel, the window closing) or replaced is discarded."""

    def __init__(self) -> None:
        self._numbers = itertools.count(1)
        self._current = 0  # the attempt awaited (0: none)

    @property
    def waiting(self) -> bool:
        return self._current != 0

    def start(self) -> None:
        """A new attempt; one still on its way is no longer waited for."""
        self._current = next(self._numbers)

    def stop(self) -> None:
        """Nothing is waited for any more: what is on its way is dropped when it comes."""
        self._current = 0

    def run(
        self,
        step: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object],
        *,
        last: bool = True,
        ended: Callable[[], object] | None = None,
    ) -> None:
        """``step`` on an opening thread for the current attempt; then ``done(result)`` or
        ``failed(exc)`` on the window's thread if it is still awaited (the attempt over first
        when ``last``, or when it failed). ``ended()`` before either, on the window's thread,
        once the step is over, awaited or not (a quit waits for an upgrade so)."""
        attempt = self._current

        def finished(result: T) -> None:
            if ended is not None:  # (first: the window taking the library may close)
                ended()
            self._done(attempt, result, done, last)

        def broke(exc: BaseException) -> None:
            if ended is not None:
                ended()
            self._failed(attempt, exc, failed)

        opening_runner().submit(step, finished, broke)

    def _done(self, attempt: int, result: T, done: Callable[[T], object], last: bool) -> None:
        if attempt != self._current or attempt == 0:
            if isinstance(result, Library):
                discard(result)
            return
        if last:
            self._current = 0
        done(result)

    def _failed(
        self, attempt: int, exc: BaseException, failed: Callable[[BaseException], object]
    ) -> None:
        if attempt != self._current or attempt == 0:
            return
        self._current = 0
        failed(exc)
