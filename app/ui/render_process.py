"""Rendering in separate processes, so that MuPDF (which holds the GIL for a whole page) never
stalls the GUI thread.

The worker processes keep their own small LRU of open documents (``app.core.render``). They are
started with ``spawn`` (forking a process that runs Qt threads is unsafe) and warmed up at once,
so the first page does not pay for the start-up.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from app.core.render import RenderedImage, render_file_page

RENDER_PROCESSES = 2


def _warm_up() -> bool:
    import pymupdf  # noqa: F401  (imported in the worker so that the first render is fast)

    return True


class RenderProcesses:
    """A pool of render processes; :meth:`render` blocks the calling (worker) thread only."""

    def __init__(self, processes: int = RENDER_PROCESSES) -> None:
        self.processes = processes
        self._lock = threading.Lock()
        self._pool, self._warm = self._start()

    def _start(self) -> tuple[ProcessPoolExecutor, list[Future[bool]]]:
        pool = ProcessPoolExecutor(
            max_workers=self.processes, mp_context=multiprocessing.get_context("spawn")
        )
        return pool, [pool.submit(_warm_up) for _ in range(self.processes)]

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Block until every process has started (benchmarks and the screenshot command)."""
        for f in self._warm:
            f.result(timeout)

    def render(self, path: Path, index: int, zoom: float) -> RenderedImage:
        """Render in a process; if MuPDF killed one (a hostile PDF), start fresh and try once
        more, so one bad page costs a render, not the window."""
        pool = self._pool
        try:
            return pool.submit(render_file_page, path, index, zoom).result()
        except BrokenProcessPool:
            self._restart(pool)
            return self._pool.submit(render_file_page, path, index, zoom).result()

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:  # two worker threads may find the pool broken at once
            if self._pool is broken:
                broken.shutdown(wait=False, cancel_futures=True)
                self._pool, self._warm = self._start()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
