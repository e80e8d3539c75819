"""Review-window rendering (issue 3): showing a page not yet cached, against a bare PyMuPDF render
of the same page at the same zoom and against pdftoppm; and a cached flip against a render.
"Showing" ends when the page view has painted the new pixels (``PageView.pixels_painted``).

The window is the real one (render processes, worker threads); the JFK scan is the document.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.ui.document.render_cache import RenderCache
from app.ui.window.main_window import MainWindow
from tests.bench.gui_helpers import JFK, open_window, wait_for
from tests.bench.helpers import need_tool, report

PAGES = (4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52)  # apart: none is prefetched


JfkWindow = tuple[QApplication, MainWindow]


@pytest.fixture
def jfk_window(tmp_path: Path) -> Iterator[JfkWindow]:
    if not JFK.exists():
        pytest.skip(f"the JFK scan is not at {JFK}")
    app, window, lib = open_window(tmp_path, JFK)
    doc = window.library_model.document_id(0)
    assert doc is not None
    window.open_document(doc)
    wait_for(app, window.document_view.is_settled)
    yield app, window
    window.close()
    lib.close()


def quiet(app: QApplication, window: MainWindow) -> None:
    """Wait until nothing renders or reads in the background (thumbnails asked for by a paint
    included)."""
    runners = (window.render_runner, window.renderer.page_runner, window.db_runner)
    while True:
        for runner in runners:
            runner.wait()
        app.processEvents()
        if not any(runner.pending() for runner in runners):
            return


def show(app: QApplication, window: MainWindow, index: int) -> float:
    """Flip to ``index`` and wait until its pixels at the zoom on screen are painted."""
    view = window.document_view
    quiet(app, window)  # a reviewer reads a page before flipping: prefetch is done
    painted: list[float] = []

    def on_painted() -> None:
        if view.page_view.pixmap_zoom == view._key(index).zoom and not painted:
            painted.append(time.perf_counter())

    view.page_view.pixels_painted.connect(on_painted)
    try:
        start = time.perf_counter()
        view.show_page(index)
        wait_for(app, lambda: bool(painted))
    finally:
        view.page_view.pixels_painted.disconnect(on_painted)
    return painted[0] - start


def first_render(pdf: Path, index: int, zoom: float) -> float:
    """A bare PyMuPDF render of a page not rendered before, in a document that has already
    rendered another page (as in the window's render process)."""
    with pymupdf.open(pdf) as doc:
        matrix = pymupdf.Matrix(zoom, zoom)
        doc.load_page(0 if index else 1).get_pixmap(matrix=matrix)
        start = time.perf_counter()
        doc.load_page(index).get_pixmap(matrix=matrix)
        return time.perf_counter() - start


@pytest.mark.parametrize("view_zoom", ["fit width", 2.0])
def test_uncached_page_vs_pymupdf_and_pdftoppm(
    jfk_window: JfkWindow, tmp_path: Path, view_zoom: str | float
) -> None:
    """Each page is shown once (its first render in the render process) and rendered bare,
    right after, three times in fresh documents (the median is the baseline)."""
    app, window = jfk_window
    pv = window.document_view.page_view
    if isinstance(view_zoom, float):  # not "fit width"
        pv.set_zoom(view_zoom / pv.devicePixelRatioF())
        wait_for(app, window.document_view.is_settled)
    zoom = pv.device_zoom()
    ours, bare = [], []
    for index in PAGES:
        window.renderer.cache = RenderCache(window.renderer.cache.budget)  # nothing cached
        ours.append(show(app, window, index))
        bare.append(statistics.median(first_render(JFK, index, zoom) for _ in range(3)))
    ratios = sorted(o / b for o, b in zip(ours, bare, strict=True))
    print(f"\n[bench] zoom {zoom:.3f}; ours per page (ms) {[round(o * 1000) for o in ours]}")
    print(f"[bench] bare PyMuPDF per page (ms) {[round(b * 1000) for b in bare]}")
    print(f"[bench] per-page ratios, sorted {[round(r, 2) for r in ratios]}")
    print(f"[bench] median per-page ratio {statistics.median(ratios):.2f}x (target <= 1.3x)")
    med_ours, med_bare = statistics.median(ours), statistics.median(bare)
    report("show an uncached page (medians)", med_ours, med_bare, "bare PyMuPDF", "<= 1.3x")
    pdftoppm = need_tool("pdftoppm")
    dpi = str(round(72 * zoom))

    def run_pdftoppm(i: int) -> float:
        cmd = [
            pdftoppm,
            "-f",
            str(i + 1),
            "-l",
            str(i + 1),
            "-r",
            dpi,
            str(JFK),
            str(tmp_path / "p"),
        ]
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        return time.perf_counter() - start

    poppler = statistics.median(min(run_pdftoppm(i) for _ in range(3)) for i in PAGES)
    report("show an uncached page (medians)", med_ours, poppler, "pdftoppm", "< 1x")


def test_cached_flip_vs_render(jfk_window: JfkWindow) -> None:
    app, window = jfk_window
    uncached, cached = [], []
    for index in PAGES:
        window.renderer.cache = RenderCache(window.renderer.cache.budget)
        uncached.append(show(app, window, index))
        show(app, window, index + 1)  # prefetched while page ``index`` was shown
        cached.append(show(app, window, index))  # and back: both are in the cache now
    med_cached, med_uncached = statistics.median(cached), statistics.median(uncached)
    report("cached flip (medians)", med_cached, med_uncached, "uncached show", "< 0.1x")
