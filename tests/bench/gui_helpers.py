"""Helpers for the window benchmarks: a window on a scan, waiting, and event-loop stalls."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.core.documents.ingest import import_file
from app.core.library import Library
from app.core.startup import settle
from app.ui.base.settings import Settings
from app.ui.window.main_window import MainWindow
from tests.builders import SHARED_SCANS

TICK_MS = 5  # the stall meter's timer interval


class StallMeter:
    """A 5 ms timer on the GUI thread; the longest gap between its ticks is the worst stall."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timeout)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _on_timeout(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


def spin(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


JFK = SHARED_SCANS / "jfk-DOCID-32989794.pdf"


def wait_for(app: QApplication, done: Callable[[], bool], limit: float = 60.0) -> float:
    """Run the event loop until ``done()`` (checked every millisecond, without spinning the
    processor the render needs); return the seconds it took."""
    start = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)

    def check() -> None:
        if done() or time.perf_counter() - start > limit:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the page never arrived")
    return time.perf_counter() - start


def open_window(tmp_path: Path, pdf: Path) -> tuple[QApplication, MainWindow, Library]:
    """The real window, its render processes started, with ``pdf`` imported (not yet open)."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    lib = Library.open(tmp_path / "lib")
    assert import_file(lib, pdf).ok
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lib, Settings(store))
    window.resize(1440, 900)
    window.show()
    settle(collect=False)  # (as `redline` does once its window shows: start-up's heap frozen)
    assert window.render_processes is not None
    window.render_processes.wait_ready()
    wait_for(app, lambda: window.isVisible())
    # (the library table's rows are read on the database worker: the document is in it)
    wait_for(app, lambda: window.library_model.document_id(0) is not None)
    return app, window, lib
