"""Render processes: pixels equal to an in-process render, and a crashed process is replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.render import RenderedImage, render_file_page
from app.ui.render_process import RenderProcesses
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
    from app.ui.render_process import RenderError

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
