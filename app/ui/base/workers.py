"""Background tasks: run a function on a QThreadPool, hand its result to the GUI thread by signal.

``TaskRunner(synchronous=True)`` runs each task at once in the calling thread; tests use it so that
they need no waiting. A task may carry a ``wanted`` check, asked just before it starts: requests the
person has already moved past (flipped further) are dropped without running.

A runner with a ``watch`` (the window's database worker on a team library) may give a task up
when the server does not answer (:meth:`TaskRunner.stop`): each of its tasks runs on a thread of
its own, under a watch (``app.core.calls.CallWatch``), while the worker's thread waits for it;
given up, the task is cancelled on the server and fails at once, the worker's thread goes on with
the next task, and the task's thread is left to end when the server answers (a thread of the
pool could not be: the pool waits for its threads as it is closed).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from app.core.calls import CallWatch, WaitStopped
from app.core.errors import RedlineError
from app.ui.base.language import say

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


_inline = 0  # a synchronous runner's tasks running now, on the thread that submitted them


def in_inline_task() -> bool:
    """True inside a synchronous runner's task (the tests'): it stands for a worker's, and its
    library calls are a worker's, not the window's (``library_calls``)."""
    return _inline > 0


class _Held:
    """Results held back while the window's thread awaits a library call (``library_calls``):
    a page read or a render landing in the middle of an action would change what the action is
    working on; they are handed over, in order, once the action is done."""

    def __init__(self) -> None:
        self.holding = 0
        self.queue: list[Callable[[], object]] = []

    def hold(self) -> None:
        """A call is awaited: the runners' results wait."""
        self.holding += 1

    def release(self) -> None:
        """The call is back: what was held is handed over from the event loop, once the action
        that made the call has returned to it (not inside a call it makes next)."""
        self.holding -= 1
        if not self.holding and self.queue:
            QTimer.singleShot(0, self._flush)

    def deliver(self, run: Callable[[], object]) -> None:
        """Hand a result over now, or after those held before it: one that comes between the
        call's return and the flush of what was held waits its turn too (it was handed over
        first, and a page read begun before a step was drawn after the read made for it)."""
        if self.holding or self.queue:
            self.queue.append(run)
        else:
            run()

    def _flush(self) -> None:
        while self.queue and not self.holding:
            self.queue.pop(0)()


held = _Held()


class Dropped(Exception):
    """Handed to ``on_error`` when a task was no longer wanted and did not run."""


def report_failure(show: Callable[[str], None], what: str) -> Failed:
    """An ``on_error`` that shows ``what: the error`` for a task that failed, and nothing for one
    that was dropped (the person moved on: nothing went wrong)."""

    def on_error(exc: BaseException) -> None:
        if not isinstance(exc, Dropped):
            show(f"{what}: {say(exc)}")

    return on_error


class _Relay(QObject):
    """Carries results from pool threads to the GUI thread (a queued signal)."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    late = Signal(object)  # what became of a task given up while it saved, once it has ended


@dataclass
class _Callbacks:
    on_done: Done
    on_error: Failed | None


def _settle(outcome: Future[Any], result: Any = None, error: BaseException | None = None) -> bool:
    """Set ``outcome`` unless it is set already (a task given up, or its end after that)."""
    try:
        if error is not None:
            outcome.set_exception(error)
        else:
            outcome.set_result(result)
    except InvalidStateError:
        return False
    return True


class _Task(QRunnable):
    def __init__(
        self,
        token: int,
        fn: Callable[[], Any],
        relay: _Relay,
        wanted: Callable[[], bool] | None,
        watch: CallWatch | None = None,
    ) -> None:
        super().__init__()
        self.token, self.fn, self.relay, self.wanted = token, fn, relay, wanted
        self.watch = watch  # (None: it cannot be given up)
        self.outcome: Future[Any] = Future()  # (a watched task's, set by its thread or a stop)
        self.stopped: WaitStopped | None = None  # given up: what it failed with

    def run(self) -> None:
        # Runs in a pool thread: touch no widget here, only emit.
        if self.watch is not None and self.outcome.done():
            return  # given up before it began: its failure was handed over then
        if self.wanted is not None and not self.wanted():
            self.relay.failed.emit(self.token, Dropped())
            return
        global _inline
        inline = 1 if threading.current_thread() is threading.main_thread() else 0
        _inline += inline
        try:
            result = self.fn() if self.watch is None else self._carried()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            failure: BaseException | None = exc
        else:
            failure = None
        finally:
            _inline -= inline
        if failure is not None:
            self.relay.failed.emit(self.token, failure)
            return
        self.relay.finished.emit(self.token, result)

    def _carried(self) -> Any:
        """``fn`` run on a thread of its own, this one waiting for its outcome (or for it to
        be given up: then at once)."""
        thread = threading.Thread(target=self._carry, name="redline-db-task", daemon=True)
        thread.start()
        return self.outcome.result()

    def _carry(self) -> None:
        watch = self.watch
        assert watch is not None
        error: BaseException | None = None
        try:
            with watch.bound():
                result = self.fn()
        except BaseException as exc:
            error, result = exc, None
        if not _settle(self.outcome, result, error):  # given up: what became of its COMMIT
            stopped = self.stopped
            if stopped is not None and stopped.committing:
                self.relay.late.emit(watch.late(error))

    def give_up(self) -> WaitStopped | None:
        """Stop the task (GUI thread): cancelled on the server, it changes nothing more; the
        error it fails with (None: it had ended, or cannot be given up)."""
        if self.watch is None or self.outcome.done():
            return None
        self.stopped = error = self.watch.stop()  # (before the outcome: read by its thread)
        if not _settle(self.outcome, error=error):  # (it ended meanwhile)
            self.stopped = None
            return None
        return error


class TaskRunner(QObject):
    """Runs callables off the GUI thread (or inline when ``synchronous``); results come back in
    the GUI thread through ``on_done`` / ``on_error``. ``watch``: a team library's
    ``watch_call``, for tasks that may be given up (:meth:`stop`, the module's docstring)."""

    late = Signal(str)  # what became of a task given up while it saved, once it has ended

    def __init__(
        self,
        *,
        threads: int = 1,
        synchronous: bool = False,
        parent: QObject | None = None,
        watch: Callable[[], CallWatch | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.watch = watch
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.late.connect(lambda said: self.late.emit(say(said)))
        self._pending: dict[int, _Callbacks] = {}
        self._watched: dict[int, _Task] = {}  # the tasks that may be given up, not back yet
        self._tokens = itertools.count(1)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        priority: int = 0,
        wanted: Callable[[], bool] | None = None,
    ) -> int:
        """Queue ``fn``; higher ``priority`` runs first. Returns a token for :meth:`pending`."""
        token = next(self._tokens)
        self._pending[token] = _Callbacks(on_done, on_error)
        watch = None if self.synchronous or self.watch is None else self.watch()
        task = _Task(token, fn, self._relay, wanted, watch)
        if watch is not None:
            self._watched[token] = task
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task, priority)
        return token

    def pending(self) -> int:
        """How many submitted tasks have not reported back yet."""
        return len(self._pending)

    def stoppable(self, token: int) -> bool:
        """Whether task ``token`` is not done yet and may be given up (:meth:`stop`)."""
        task = self._watched.get(token)
        return task is not None and not task.outcome.done()  # (done: its result may be held)

    def stop(self, token: int) -> None:
        """Give up task ``token`` alone: cancelled on the server (not begun: never sent), it
        fails at once with the ``WaitStopped`` saying how far it had got; the tasks after it run
        (on the pool's threads; a given-up task's own is left to end when the server answers).
        A task running ahead of it, which it waits for, is left alone: it is another pane's,
        which offers its own stop (``watched_reads``; until 2026-12-08 it was given up too, and
        that pane said its read failed)."""
        task = self._watched.get(token)
        if task is not None:
            self._give_up(token, task)

    def _give_up(self, token: int, task: _Task) -> None:
        error = task.give_up()
        if error is not None:
            self._watched.pop(token, None)
            held.deliver(lambda: self._failed(token, error))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown, benchmarks and the screenshot command)."""
        return self.pool.waitForDone(msecs)

    def close(self) -> None:
        """Shut down (the window closing): tasks not begun are dropped, those running are
        waited for, but those that may be given up are (a server that does not answer holds
        the window no longer)."""
        self.pool.clear()
        for task in self._watched.values():
            task.give_up()
        self._watched.clear()
        self.wait()

    @Slot(int, object)
    def _on_finished(self, token: int, result: Any) -> None:
        held.deliver(lambda: self._finished(token, result))

    @Slot(int, object)
    def _on_failed(self, token: int, exc: BaseException) -> None:
        held.deliver(lambda: self._failed(token, exc))

    def _finished(self, token: int, result: Any) -> None:
        self._watched.pop(token, None)
        callbacks = self._pending.pop(token, None)
        if callbacks is not None:
            callbacks.on_done(result)

    def _failed(self, token: int, exc: BaseException) -> None:
        self._watched.pop(token, None)
        callbacks = self._pending.pop(token, None)
        if callbacks is None:
            return
        if callbacks.on_error is not None:
            callbacks.on_error(exc)
        else:
            unheard(exc)


def unheard(exc: BaseException) -> None:
    """A task's failure no one is told of: logged (one line for one said for a person)."""
    if isinstance(exc, RedlineError):  # said for a person (a server gone): one line
        log.warning("background task stopped: %s", exc)
    elif not isinstance(exc, Dropped):
        log.error("background task failed", exc_info=exc)
