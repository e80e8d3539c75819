"""Memory (issue 22): the window on a 100,000-page library (99,500 pages of generated text and the
real CIA bulletins repeated to 500 pages), flipped through those 500 pages one by one; the
window's resident memory after, in a process of its own, beside a minimal PySide6 window's (the
floor Qt sets). Target: under 400 MB, the render cache bounded in bytes (render/cache_mb)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from app.core.documents.ingest import import_file
from app.core.library import Library
from tests.bench.helpers import fill_library, make_bulletins_pdf

PAGES = 100_000
FLIPS = int(os.environ.get("BENCH_FLIPS", "499"))
MINIMAL_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from tests.bench.flip_window import rss_mb
app = QApplication([])
label = QLabel("Redline")
label.resize(1440, 900)
label.show()
app.processEvents()
print(rss_mb())
"""


def test_window_memory_after_flipping_500_pages(tmp_path: Path) -> None:
    pdf = make_bulletins_pdf(tmp_path / "bulletins.pdf", 500)
    root = tmp_path / "lib"
    with Library.open(root) as lib:
        fill_library(lib, PAGES - 500, random.Random(7))
        outcome = import_file(lib, pdf)
        assert outcome.document_id is not None, outcome.message
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.bench.flip_window", str(root), str(outcome.document_id),
         str(FLIPS)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    result = json.loads(run.stdout.strip().splitlines()[-1])
    floor = float(
        subprocess.run(
            [sys.executable, "-c", MINIMAL_WINDOW], capture_output=True, text=True, env=env,
            check=True,
        ).stdout.split()[-1]
    )  # fmt: skip
    renderers = ", ".join(f"{mb:.0f}" for mb in result["render_processes_mb"])
    print(
        f"\n[bench] window on a {PAGES}-page library after flipping {FLIPS} pages of real scans "
        f"({result['seconds']:.0f} s): {result['window_mb']:.0f} MB resident "
        f"({result['window_mb_at_start']:.0f} MB before the flips; render cache "
        f"{result['cache_mb']:.0f} MB, {result['pages_cached']} pages), a minimal PySide6 "
        f"window {floor:.0f} MB, ratio {result['window_mb'] / floor:.1f}x (target < 400 MB); "
        f"render processes {renderers} MB"
    )
    print(f"[bench] load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
