"""The window's library calls run off its thread (app.ui.base.library_calls): the event loop goes
on while one is awaited, results of the background runners are handed over after the action, and
a long wait is said. (That the person's keys and clicks wait meanwhile is Qt's
``ExcludeUserInputEvents``: input from the window system, which a test's posted or sent events are
not, so not tested here.)"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.core.calls import CallWatch, WaitStopped, library_call
from app.core.errors import LibraryError
from app.ui.base import library_calls as LC
from app.ui.base.library_calls import LibraryCalls, UnroutedCall
from app.ui.base.workers import TaskRunner
from db.call_watch import Reached, Stopped


class _Lib:
    """What ``library_call`` asks of a library: its runner."""

    def __init__(self, runner: LibraryCalls | None) -> None:
        self.call_runner = runner


@library_call
def _slow(lib: _Lib, seconds: float, answer: str = "done") -> tuple[str, str]:
    time.sleep(seconds)
    return answer, threading.current_thread().name


@library_call
def _refused(lib: _Lib) -> None:
    raise LibraryError("The library's server cannot be reached")


@pytest.fixture
def calls(qtbot: QtBot) -> Iterator[LibraryCalls]:
    runner = LibraryCalls()
    yield runner
    runner.close()


def test_a_call_runs_off_the_window_s_thread_while_its_event_loop_goes_on(
    calls: LibraryCalls,
) -> None:
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    answer, thread = _slow(_Lib(calls), 0.3)
    timer.stop()
    assert answer == "done" and thread.startswith("redline-library")
    assert len(ticks) >= 3  # (a thread blocked on the call ticks none: seen failing)


def test_without_a_runner_and_off_the_window_s_thread_a_call_runs_where_it_is_made(
    calls: LibraryCalls,
) -> None:
    assert _slow(_Lib(None), 0)[1] == threading.current_thread().name
    seen: list[str] = []
    worker = threading.Thread(target=lambda: seen.append(_slow(_Lib(calls), 0)[1]), name="w")
    worker.start()
    worker.join()
    assert seen == ["w"]


def test_its_error_is_raised_on_the_window_s_thread(calls: LibraryCalls) -> None:
    with pytest.raises(LibraryError, match="cannot be reached"):
        _refused(_Lib(calls))


def test_a_background_result_is_handed_over_after_the_action(
    qtbot: QtBot, calls: LibraryCalls
) -> None:
    """A page read landing while an action awaits its call comes after the action is done."""
    runner = TaskRunner(threads=1)
    order: list[str] = []
    runner.submit(lambda: time.sleep(0.05), lambda _r: order.append("page read"))
    _slow(_Lib(calls), 0.3)
    order.append("action done")
    qtbot.waitUntil(lambda: len(order) == 2)
    assert order == ["action done", "page read"]
    runner.wait()


def test_a_long_wait_is_said_and_its_end_too(calls: LibraryCalls) -> None:
    said: list[bool] = []
    calls.waiting.connect(said.append)
    _slow(_Lib(calls), 0.05)
    assert said == []  # (quick: nothing to say)
    calls._shown.setInterval(20)
    _slow(_Lib(calls), 0.3)
    assert said == [True, False]


def test_a_window_closed_while_a_call_is_awaited_closes_after_it(
    qtbot: QtBot, calls: LibraryCalls
) -> None:
    closed: list[str] = []

    def close_now() -> None:
        assert calls.busy
        calls.after_call(lambda: closed.append("closed"))

    QTimer.singleShot(50, close_now)
    _slow(_Lib(calls), 0.2)
    assert closed == []  # (not in the middle of the action that made the call)
    qtbot.waitUntil(lambda: closed == ["closed"])


def test_the_window_s_code_reaching_the_library_unrouted_is_found(
    calls: LibraryCalls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LibraryCalls, "strict", True)
    calls.unrouted()  # (a test's or a script's own call: not the window's code)
    monkeypatch.setattr(LC, "_WINDOW_CODE", __name__)  # as if this test were the window's code
    with pytest.raises(UnroutedCall, match="not marked"):
        calls.unrouted()
    monkeypatch.setattr(LibraryCalls, "strict", False)
    calls.unrouted()  # for a person: logged, not raised


@library_call
def _noted(lib: _Lib, name: str, seconds: float, log: list[tuple[str, str, str]]) -> str:
    log.append((name, "begins", threading.current_thread().name))
    time.sleep(seconds)
    log.append((name, "ends", threading.current_thread().name))
    return name


def test_a_call_made_while_one_is_awaited_is_made_after_it_off_the_window_s_thread(
    calls: LibraryCalls,
) -> None:
    """A timer fires while a call is awaited and makes a call: it waits its turn behind the
    first on the call's thread (it ran on the window's thread, beside the first: a server that
    did not answer held the window with no way out), and the first's action goes on once both
    are back."""
    log: list[tuple[str, str, str]] = []
    timer = QTimer(singleShot=True, interval=50)
    timer.timeout.connect(
        lambda: log.append(("timer's call back", _noted(_Lib(calls), "timer's", 0, log), ""))
    )
    timer.start()
    _noted(_Lib(calls), "first", 0.3, log)
    log.append(("first's action goes on", "", ""))
    assert [entry[:2] for entry in log] == [
        ("first", "begins"), ("first", "ends"), ("timer's", "begins"), ("timer's", "ends"),
        ("timer's call back", "timer's"), ("first's action goes on", ""),
    ]  # fmt: skip
    assert {thread for _name, _what, thread in log[:4]} == {log[0][2]}
    assert log[0][2].startswith("redline-library")


class _Watch:
    """A server call's watch (``db.call_watch.Watch``) standing in for a server that answers
    only once its call is cancelled."""

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self.begun = False

    @contextmanager
    def bound(self) -> Iterator[None]:
        if self.stopped.is_set():
            raise Stopped
        self.begun = True
        yield

    def stop(self) -> Reached:
        self.stopped.set()
        return Reached.READING if self.begun else Reached.WAITING


@library_call
def _hung(lib: _Lib, watches: list[_Watch], log: list[str], name: str) -> None:
    """The call ``name``, the ``len(log)``-th made (its watch that one of ``watches``)."""
    watch = watches[len(log)]
    log.append(name)
    watch.stopped.wait(timeout=5)  # (cancelled; on code that holds the window: 5 s)
    raise Stopped


def test_stopping_gives_up_the_call_made_meanwhile_too_which_never_runs(qtbot: QtBot) -> None:
    watches: list[_Watch] = []

    def watch() -> CallWatch:
        watches.append(_Watch())
        return CallWatch(watches[-1], "the server")  # type: ignore[arg-type]

    calls = LibraryCalls(watch=watch)
    calls._offer.setInterval(100)
    ran: list[str] = []
    raised: list[str] = []

    def timer_call() -> None:
        try:
            _hung(_Lib(calls), watches, ran, "timer's")
        except WaitStopped as exc:
            raised.append(str(exc))

    QTimer.singleShot(30, timer_call)
    calls.offered.connect(lambda on: on and QTimer.singleShot(0, calls.stop))
    with pytest.raises(WaitStopped) as first:
        _hung(_Lib(calls), watches, ran, "first")
    assert str(first.value) == "Redline stopped waiting for the server holding the server."
    assert raised == [
        "Redline stopped waiting for the server holding the server; nothing was changed."
    ]
    assert ran == ["first"]  # (the timer's call, queued behind it, never ran)
    assert not calls.busy
    _slow(_Lib(calls), 0)  # later calls run on a new thread
    calls.close()
