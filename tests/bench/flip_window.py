"""Run by bench_memory.py in a process of its own: the window on a library, one document flipped
through page by page (each page waited for until its pixels and text are on screen), then the
resident memory of the window's process and of its render processes, on one line of JSON.

    python -m tests.bench.flip_window LIBRARY DOCUMENT_ID FLIPS
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process (Linux), in MB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(root: str, doc_id: int, flips: int) -> dict[str, object]:
    # As `redline` starts the window: render processes forked first, the library before Qt.
    from app.ui.document.render_process import RenderProcesses

    processes = RenderProcesses(fork=True)
    from app.core.ids import DocumentId
    from app.core.library import Library

    lib = Library.open(Path(root))
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.base.settings import Settings
    from app.ui.window.main_window import MainWindow

    app = QApplication([])
    store = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lib, Settings(store), render_processes=processes)
    window.resize(1440, 900)
    window.show()
    view = window.document_view

    def wait(done: Callable[[], bool], limit: float = 30.0) -> None:
        end = time.perf_counter() + limit
        while not done() and time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)

    window.open_document(DocumentId(doc_id))
    wait(view.is_settled)
    at_start = rss_mb()
    started = time.perf_counter()
    for _ in range(flips):
        view.next_page()
        wait(view.is_settled)
    seconds = time.perf_counter() - started
    wait(lambda: False, 0.5)  # what the last flips started (thumbnails, prefetches) lands
    result = {
        "window_mb_at_start": at_start,
        "window_mb": rss_mb(),
        "render_processes_mb": [rss_mb(pid) for pid in processes.pids()],
        "cache_mb": window.renderer.cache.used / 2**20,
        "pages_cached": len(window.renderer.cache),
        "page": view.index + 1,
        "seconds": seconds,
    }
    window.close()
    lib.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
