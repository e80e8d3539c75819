"""Render processes: pixels equal to an in-process render, and a crashed process is replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.render import render_file_page
from app.ui.render_process import RenderProcesses
from tests.builders import make_text_pdf


@pytest.fixture
def processes():  # type: ignore[no-untyped-def]
    procs = RenderProcesses(processes=1)
    procs.wait_ready()
    yield procs
    procs.close()


def test_a_render_process_gives_the_same_pixels(processes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = make_text_pdf(tmp_path / "a.pdf", ["same pixels either way"], rotation=90)
    there = processes.render(path, 0, 1.25)
    here = render_file_page(path, 0, 1.25)
    assert (there.width, there.height) == (here.width, here.height)
    assert there.samples == here.samples


def test_a_killed_render_process_is_replaced(processes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = make_text_pdf(tmp_path / "b.pdf", ["still rendering"])
    pid = processes._pool.submit(os.getpid).result()
    os.kill(pid, 9)  # as if MuPDF had crashed on a hostile page
    image = processes.render(path, 0, 1.0)
    assert image.width == 612
