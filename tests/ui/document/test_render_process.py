"""Render processes: pixels equal to an in-process render, and a crashed process is replaced."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.documents.queries import DocumentSummary
from app.core.documents.render import RenderedImage, render_file_page
from app.core.library import Library
from app.ui.base.workers import TaskRunner
from app.ui.document.render_cache import (
    BAND_MIN_PIXELS,
    PRIORITY_PAGE,
    PageRenderer,
    RenderCache,
    RenderKey,
    _stack,
    _to_qimage,
)
from app.ui.document.render_process import RenderProcesses, Started
from tests.builders import make_text_pdf


def _keep(pixels: memoryview, width: int, height: int, stride: int, zoom: float) -> RenderedImage:
    return RenderedImage(width, height, stride, bytes(pixels), zoom)


@pytest.fixture
def processes():
    procs = RenderProcesses(processes=1)
    procs.wait_ready()
    yield procs
    procs.close()


def test_a_render_process_gives_the_same_pixels(processes: RenderProcesses, tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "a.pdf", ["same pixels either way"], rotation=90)
    there = processes.render(path, 0, 1.25, _keep)
    here = render_file_page(path, 0, 1.25)
    assert (there.width, there.height) == (here.width, here.height)
    assert there.samples == here.samples


def test_a_killed_render_process_is_replaced(processes: RenderProcesses, tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "b.pdf", ["still rendering"])
    processes.render(path, 0, 1.0, _keep)
    os.kill(processes.pids()[0], 9)  # as if MuPDF had crashed on a hostile page
    image = processes.render(path, 0, 1.0, _keep)
    assert image.width == 612
    assert processes.render(path, 0, 1.0, _keep).samples == image.samples


def test_a_page_that_cannot_render_raises(processes: RenderProcesses, tmp_path: Path) -> None:
    from app.ui.document.render_process import RenderError

    path = make_text_pdf(tmp_path / "c.pdf", ["one page only"])
    with pytest.raises(RenderError):
        processes.render(path, 5, 1.0, _keep)
    assert processes.render(path, 0, 0.5, _keep).width == 306  # the process is still serving


def test_a_render_started_at_once_is_finished_later(
    processes: RenderProcesses, tmp_path: Path
) -> None:
    path = make_text_pdf(tmp_path / "d.pdf", ["sent straight away"])
    started = processes.start(path, 0, 1.0)
    assert started is not None
    assert processes.start(path, 0, 1.0) is None  # the only process is busy: no blocking
    image = processes.finish(started, _keep)
    assert image.samples == render_file_page(path, 0, 1.0).samples
    again = processes.start(path, 0, 0.5)  # the process is free again
    assert again is not None and processes.finish(again, _keep).width == 306


@pytest.fixture
def two_processes() -> Iterator[RenderProcesses]:
    procs = RenderProcesses(processes=2)
    procs.wait_ready()
    yield procs
    procs.close()


def test_the_page_on_screen_in_bands_is_the_whole_render(
    two_processes: RenderProcesses, tmp_path: Path, qapp: object
) -> None:
    """Both processes render a band each; stacked, the bands are the page rendered whole."""
    path = make_text_pdf(tmp_path / "e.pdf", ["two bands, one page " * 30], rotation=270)
    bands = two_processes.start_bands(path, 0, 1.37)
    assert bands is not None and len(bands) == 2
    assert two_processes.start(path, 0, 1.0) is None  # both are busy
    stacked = _stack(two_processes.finish_bands(bands, _to_qimage))
    whole = two_processes.render(path, 0, 1.37, _to_qimage)
    assert stacked.size() == whole.size() and stacked == whole


def test_bands_wait_for_every_process_and_a_failed_band_fails_the_page(
    two_processes: RenderProcesses, tmp_path: Path
) -> None:
    from app.ui.document.render_process import RenderError

    path = make_text_pdf(tmp_path / "f.pdf", ["one page only"])
    busy = two_processes.start(path, 0, 1.0)
    assert busy is not None
    assert two_processes.start_bands(path, 0, 1.0) is None  # one process is busy: no bands
    two_processes.finish(busy, _keep)
    bands = two_processes.start_bands(path, 7, 1.0)  # no page 8: both bands fail
    assert bands is not None
    with pytest.raises(RenderError):
        two_processes.finish_bands(bands, _keep)
    again = two_processes.start_bands(path, 0, 0.5)  # both answered: the pipes are clean
    assert again is not None
    parts = two_processes.finish_bands(again, _keep)
    assert [(b.top, b.height) for b in parts] == [(0, 396), (198, 396)]
    assert sum(b.image.height for b in parts) == 396


def test_the_renderer_sends_the_page_on_screen_in_bands(
    two_processes: RenderProcesses,
    review_library: Library,
    review_doc: DocumentSummary,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = two_processes.start_bands

    def spy(path: Path, index: int, zoom: float) -> list[Started] | None:
        calls.append(index)
        return real(path, index, zoom)

    monkeypatch.setattr(two_processes, "start_bands", spy)
    runner = TaskRunner(threads=2)
    renderer = PageRenderer(review_library, runner, RenderCache(64 << 20), processes=two_processes)
    page = review_doc.pages[1]
    area = page.width * page.height
    key = RenderKey.at(review_doc.source_sha256, 1, 1.5)  # 1.1 Mpx: split
    assert area * key.zoom**2 >= BAND_MIN_PIXELS
    with qtbot.waitSignal(renderer.rendered, timeout=10_000) as shown:
        assert renderer.request(key, PRIORITY_PAGE, area=area) is None
    assert calls == [1] and shown.args[0] == key
    path = review_library.source_path(review_doc.source_sha256)
    whole = two_processes.render(path, 1, 1.5, _to_qimage)
    assert shown.args[1].toImage().convertToFormat(whole.format()) == whole
    small = RenderKey.at(review_doc.source_sha256, 2, 0.75)  # 0.27 Mpx: whole, in one process
    with qtbot.waitSignal(renderer.rendered, timeout=10_000):
        assert renderer.request(small, PRIORITY_PAGE, area=area) is None
    assert calls == [1]
    runner.wait()


def test_the_page_on_screen_is_waited_for_even_when_every_worker_waits_for_a_process(
    two_processes: RenderProcesses,
    review_library: Library,
    review_doc: DocumentSummary,
    qtbot: QtBot,
) -> None:
    """Both worker threads busy with renders that wait for a render process, while the page on
    screen holds both processes (in bands): its wait runs on a thread of its own, so it finishes,
    gives the processes back, and the others go on (no deadlock)."""
    runner = TaskRunner(threads=2)
    renderer = PageRenderer(review_library, runner, RenderCache(64 << 20), processes=two_processes)
    path = review_library.source_path(review_doc.source_sha256)
    go = threading.Event()
    others: list[int] = []

    def other_render() -> None:
        go.wait(10)
        others.append(two_processes.render(path, 0, 0.3, _keep).width)

    for _ in range(2):  # both threads taken before the page is asked for
        runner.submit(other_render, lambda _r: None)
    page = review_doc.pages[1]
    key = RenderKey.at(review_doc.source_sha256, 1, 1.5)
    with qtbot.waitSignal(renderer.rendered, timeout=10_000):
        renderer.request(key, PRIORITY_PAGE, area=page.width * page.height)
        go.set()  # now they wait for the processes the page holds
    qtbot.waitUntil(lambda: len(others) == 2, timeout=10_000)
    runner.wait()


def test_pages_render_the_same_after_a_trim(tmp_path: Path) -> None:
    """A render process lets go of MuPDF's store and the C library's free memory every so many
    renders; the pages it draws after are the same."""
    from app.ui.document.render_process import _trim

    path = make_text_pdf(tmp_path / "g.pdf", ["drawn again after a trim"])
    before = render_file_page(path, 0, 1.3).samples
    _trim()
    assert render_file_page(path, 0, 1.3).samples == before


def test_a_window_closed_during_a_render_ends_its_process_quietly(tmp_path: Path) -> None:
    """The window hangs up while a page renders: the process's answer finds the pipe closed,
    and it exits as when it finds it closed on reading, with no traceback on the terminal."""
    from app.ui.document.render_process import _Channel

    path = make_text_pdf(tmp_path / "c.pdf", ["a render under way"])
    channel = _Channel()
    assert channel.ask(None) == ("ready",)
    channel.conn.send((str(path), 0, 4.0))  # the answer is sent after the hang-up
    channel.hang_up()
    channel.process.join(timeout=60)
    try:
        assert channel.process.exitcode == 0
    finally:
        channel.close()
