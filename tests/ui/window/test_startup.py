"""What the window's start does and leaves for later (issue 22): render processes forked before
Qt loads, ready at once and gone when closed; the window's modules without the exporters', OCR's
and detection's libraries."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.documents.queries import DocumentSummary
from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.document.render_process import RenderProcesses, can_fork
from app.ui.window import launch, opening
from tests.builders import make_text_pdf
from tests.ui.helpers import make_window

_FORKED = """
import sys, time
from pathlib import Path
from app.core.documents.render import render_file_page
from app.ui.document.render_process import RenderProcesses

path = Path(sys.argv[1])
procs = RenderProcesses(fork=True)
assert procs.forked
there = procs.render(path, 0, 1.5, lambda px, w, h, s, z: bytes(px))
assert there == render_file_page(path, 0, 1.5).samples
processes = [c.process for c in procs._all]
started = time.perf_counter()
procs.close()
assert all(p.exitcode == 0 for p in processes), [p.exitcode for p in processes]
print(f"closed in {time.perf_counter() - started:.3f} s")
"""


def test_render_processes_forked_before_qt_render_and_leave_when_closed(tmp_path: Path) -> None:
    """Forked, each process holds copies of the others' pipes: unless it closes them, no process
    sees its own pipe close, and closing the window waits for the timeout."""
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["Rendered in a forked process."])
    run = subprocess.run(
        [sys.executable, "-c", _FORKED, str(pdf)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert float(run.stdout.split()[-2]) < 1.0  # (each waited for 2 s before it was killed)


def test_no_render_process_is_forked_once_qt_is_loaded(qapp: object) -> None:
    assert not can_fork()
    procs = RenderProcesses(processes=1, fork=True)
    try:
        assert not procs.forked
        procs.wait_ready()
    finally:
        procs.close()


_WINDOW_IMPORTS = """
import sys
import app.ui.window.main_window
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[1:]))))
"""


def test_the_window_starts_without_exporters_ocr_or_detection_libraries() -> None:
    """The File, Tools and Help dialogs, the OCR offer's run, the doubtful-word queue and the
    layer switch import theirs when first used."""
    heavy = ["numpy", "lxml", "PIL", "rapidfuzz", "jsonschema", "jsonschema_rs"]
    run = subprocess.run(
        [sys.executable, "-c", _WINDOW_IMPORTS, *heavy], capture_output=True, text=True, check=True
    )
    assert run.stdout.split() == []


def test_work_that_can_wait_starts_after_the_first_paint(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fork server (and whatever else can wait) starts once the first page is on screen, and
    once only; without a document, a few seconds after the window shows."""
    monkeypatch.setattr(opening, "FIRST_PAINT_DELAY_MS", 50)
    monkeypatch.setattr(opening, "NO_PAINT_DELAY_MS", 10_000)
    window = make_window(qtbot, review_library, settings)
    ran: list[bool] = []
    window.after_first_paint(lambda: ran.append(window.document_view.page is not None))
    qtbot.wait(150)
    assert ran == []
    window.open_document(review_doc.id)
    qtbot.waitUntil(lambda: ran == [True], timeout=2000)
    window.document_view.next_page()
    qtbot.wait(150)
    assert ran == [True]
    monkeypatch.setattr(opening, "NO_PAINT_DELAY_MS", 50)
    alone = make_window(qtbot, review_library, settings)
    alone.after_first_paint(lambda: ran.append(False))
    qtbot.waitUntil(lambda: ran == [True, False], timeout=2000)
    alone.open_document(review_doc.id)  # a page painted after the wait: it ran already
    qtbot.waitUntil(lambda: alone.document_view.page is not None, timeout=2000)
    qtbot.wait(150)
    assert ran == [True, False]


def test_start_up_milestones_are_logged_at_info(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """REDLINE_LOG=INFO logs when the first page's pixels, then its text, are on screen (the
    start-up benchmark reads these lines)."""
    caplog.set_level(logging.INFO, logger="redline.startup")
    window = make_window(qtbot, review_library, settings)
    launch._log_first_paint(window)
    window.open_document(review_doc.id)
    logged = lambda: [r.getMessage().split(":")[0] for r in caplog.records]  # noqa: E731
    qtbot.waitUntil(lambda: logged() == ["first page painted", "its text shown"], timeout=5000)
    window.document_view.next_page()
    qtbot.wait(200)
    assert logged() == ["first page painted", "its text shown"]  # the first page's only


_FORK_SERVER = """
from multiprocessing import forkserver
from concurrent.futures import ProcessPoolExecutor
import multiprocessing, os
from app.core.processes import start_fork_server
assert forkserver._forkserver._forkserver_pid is None
start_fork_server()
pid = forkserver._forkserver._forkserver_pid
assert pid is not None
with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as pool:
    assert pool.submit(os.getpid).result() != os.getpid()
assert forkserver._forkserver._forkserver_pid == pid  # the one started, used
"""


def test_the_fork_server_started_ahead_is_the_one_pools_use() -> None:
    run = subprocess.run([sys.executable, "-c", _FORK_SERVER], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
