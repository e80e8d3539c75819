"""Python's cyclic garbage is collected on the window's thread while a window is open
(app.ui.base.collector): a widget collected on another thread left its timers behind, and Qt
crashed at the next one."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from app.ui.base.collector import Collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


_kept: list[list[int]] = []  # (what the thread made stays: the count Python collects by)


def _garbage_then_work_on_a_thread() -> list[str]:
    """A cycle left as garbage, then a thread allocating enough for Python to collect: the
    threads the cycle was collected on."""
    where: list[str] = []
    weakref.finalize(_Cycle(), lambda: where.append(threading.current_thread().name))

    def work() -> None:
        _kept.extend([i] for i in range(10 * gc.get_threshold()[0]))

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    return where


def test_while_a_window_is_open_garbage_is_collected_on_its_thread(qtbot: QtBot) -> None:
    # An earlier test's widgets still waiting for their deferred delete are freed by the first
    # events the wait below runs; each object freed takes one off the youngest generation's
    # count (CPython's rule), so thousands of them (a main window's) brought it back under its
    # threshold and no collection came due: the test then waited out its 5 s, after
    # tests/ui/test_translations.py only. Freed now, before the count matters.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    was = gc.isenabled()
    gc.enable()
    gc.collect()
    assert _garbage_then_work_on_a_thread() == ["worker"]  # Python's way: wherever it is due
    owner = QObject()
    collector = Collector(owner)
    try:
        assert not gc.isenabled()
        where = _garbage_then_work_on_a_thread()
        assert where == []  # (not on the worker)
        qtbot.waitUntil(lambda: where != [])
        assert where == [threading.main_thread().name]
    finally:
        collector.stop()
        _kept.clear()
    assert gc.isenabled()  # the last window closed: Python's own collection again
    collector.stop()  # (twice: nothing more)
    assert gc.isenabled()
    if not was:
        gc.disable()


def test_two_windows_turn_it_back_on_when_the_last_closes(qtbot: QtBot) -> None:
    owner = QObject()
    first, second = Collector(owner), Collector(owner)
    first.stop()
    assert not gc.isenabled()
    second.stop()
    assert gc.isenabled()


def test_a_window_deleted_without_closing_turns_it_back_on_too(qtbot: QtBot) -> None:
    owner = QObject()
    Collector(owner)
    assert not gc.isenabled()
    owner.deleteLater()
    qtbot.waitUntil(gc.isenabled)


def test_while_a_window_is_open_the_lock_changes_hands_within_a_millisecond(
    qtbot: QtBot,
) -> None:
    """Python's 5 ms switch interval had the window's thread wait up to 5 ms after each call
    that let the lock go, beside a busy worker; 1 ms while a window is open, Python's own after."""
    before = sys.getswitchinterval()
    owner = QObject()
    first, second = Collector(owner), Collector(owner)
    assert sys.getswitchinterval() == pytest.approx(0.001)
    first.stop()
    assert sys.getswitchinterval() == pytest.approx(0.001)
    second.stop()
    assert sys.getswitchinterval() == before


def test_the_counts_are_looked_at_often(qtbot: QtBot) -> None:
    """A worker allocating fast between two looks left the window's thread a young generation
    of hundreds of thousands of objects to go through at once (20–145 ms)."""
    owner = QObject()
    collector = Collector(owner)
    try:
        assert collector._timer.interval() <= 25
    finally:
        collector.stop()
