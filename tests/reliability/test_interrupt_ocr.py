"""Ctrl-C in `redline ocr` while a worker is stuck where no cancel reaches (a sleep in native code
that Ctrl-C does not break, as in Tesseract's layout analysis; injected by a ``sitecustomize``
the child loads, which its forked workers inherit): the command ends at once with its one line,
and leaves no process, no litter and no half-written page. And Ctrl-C while the pool forks a
worker, in `redline ocr`, `import --ocr` and `export --format iiif`: the run stops."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.documents.ingest import import_file
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from app.samples.generator import generate_memo_pdf
from db.models import Page, TextLayer
from tests.builders import make_text_pdf
from tests.reliability.helpers import (
    interrupt_when_stuck,
    reopen,
    stuck_hook,
    survivors,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
]

HOOK = stuck_hook(
    "app.core.ocr.tesseract", "render_page", "source, page_index, dpi, target", "page_index == 1"
)


def _layers(root: Path) -> list[str | None]:
    with Library.open(root, read_only=True) as lib, lib.reading() as s:
        pages = s.scalars(select(Page).order_by(Page.page_index))
        return [
            s.get(TextLayer, p.active_text_layer_id).source  # type: ignore[union-attr]
            if p.active_text_layer_id is not None
            else None
            for p in pages
        ]


def test_ctrl_c_ends_redline_ocr_at_once_while_a_worker_is_stuck(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    generate_memo_pdf(scan, pages=3, dpi=100, seed=3, text_layer="none")
    root = tmp_path / "library"
    with Library.open(root) as lib:
        assert import_file(lib, scan).ok
    before = _layers(root)
    run = interrupt_when_stuck(root, HOOK, tmp_path, "ocr")
    assert run.returncode == 130
    assert run.stderr.strip().startswith("redline: interrupted")  # no worker's traceback
    assert "Traceback" not in run.stderr
    assert survivors(run.tag) == []
    after = reopen(root)
    assert after.integrity == "ok" and after.litter == [] and after.swept == []
    layers = _layers(root)
    assert layers[1] == before[1]  # the stuck page: nothing written
    assert all(now in ("tesseract", was) for now, was in zip(layers, before, strict=True))


# The parent's own fork hook made slow (it says so, then sleeps in Python): Ctrl-C pressed while
# the pool forks a worker. Raised there as KeyboardInterrupt, it was swallowed by the hook's
# caller ("Exception ignored in ...") and the run went on to its end, exit 0; raised inside the
# pool's locks, it could leave the run waiting for ever.
FORK_HOOK = """
import os, time
from pathlib import Path


def _slow_parent():
    flag = Path(os.environ["REDLINE_TEST_STUCK"])
    if not flag.exists():
        flag.touch()
        time.sleep(3)


os.register_at_fork(after_in_parent=_slow_parent)
"""


@pytest.mark.parametrize(
    "command",
    [
        ("ocr",),
        ("import", "--ocr", "auto", "SCAN"),
        ("export", "--format", "iiif", "-o", "OUT"),
    ],
)
def test_ctrl_c_while_a_worker_is_forked_stops_the_run(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    scan = tmp_path / "scan.pdf"
    generate_memo_pdf(scan, pages=3, dpi=100, seed=3, text_layer="none")
    root = tmp_path / "library"
    if command[0] != "import":
        with Library.open(root) as lib:
            assert import_file(lib, scan).ok
    out = tmp_path / "iiif"
    args = [{"SCAN": str(scan), "OUT": str(out)}.get(a, a) for a in command]
    run = interrupt_when_stuck(root, FORK_HOOK, tmp_path, *args)
    assert run.returncode == 130, run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("redline: interrupted")
    assert survivors(run.tag) == []
    assert not out.exists()  # (an export interrupted writes nothing)
    after = reopen(root)
    assert after.integrity == "ok" and after.litter == [] and after.swept == []


def test_ctrl_c_while_an_import_forks_its_readers_imports_nothing(tmp_path: Path) -> None:
    # A PDF long enough to be read by worker processes, which start before the library opens.
    big = make_text_pdf(tmp_path / "big.pdf", [f"Page {n} of the long report." for n in range(60)])
    root = tmp_path / "library"
    run = interrupt_when_stuck(root, FORK_HOOK, tmp_path, "import", str(big))
    assert run.returncode == 130, run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr
    assert run.stderr.strip().splitlines()[-1] == "redline: interrupted"
    assert survivors(run.tag) == []
    after = reopen(root)
    assert after.integrity == "ok" and after.litter == [] and after.swept == []
    with Library.open(root, read_only=True) as lib, lib.reading() as s:
        assert s.scalars(select(Page)).all() == []  # the file in hand: rolled back whole
