"""What the window's start does and leaves for later (issue 22): render processes forked before
Qt loads, ready at once and gone when closed; the window's modules without the exporters', OCR's
and detection's libraries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.ui.document.render_process import RenderProcesses, can_fork
from tests.builders import make_text_pdf

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
