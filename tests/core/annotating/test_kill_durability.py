"""A writer killed with SIGKILL mid-stream loses nothing it acknowledged, and the file stays sound.

A child process makes annotations one transaction at a time and prints each uuid only after its
commit returned. The parent kills it at a random point, reopens the library, and checks that every
acknowledged annotation is there, intact, and that ``PRAGMA integrity_check`` says ok.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.reading import corrected_reading
from app.core.ids import PageId
from app.core.library import Library
from db.engine import integrity_check
from tests.core.annotating.helpers import fts_corrected, import_doc

pytestmark = pytest.mark.slow

CHILD = """
import sys
from app.core.annotating.annotations import Span, create_annotation
from app.core.ids import PageId
from app.core.library import Library

lib = Library.open(sys.argv[1])
page, length, seed = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
i = 0
while True:
    if i % 2:
        start = i % (length - 1)
        text = f"fix {seed}-{i}"
        kw = dict(text=Span(start, start + 1), body={"replacement": text})
        change = create_annotation(lib, page, "correction", author="kill-test", **kw)
    else:
        text = f"note {seed}-{i}"
        change = create_annotation(lib, page, "note", body={"text": text}, author="kill-test")
    print(change.uuid, text, flush=True)
    i += 1
"""


def _acknowledged(lines: list[str]) -> dict[str, str]:
    """uuid -> text of every complete line the child printed."""
    pairs = (line.partition(" ") for line in lines)
    return {uuid: text for uuid, _, text in pairs}


def _write_and_kill(root: Path, page: int, length: int, seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    stop_after = rng.randint(1, 60)
    args = [sys.executable, "-c", CHILD, str(root), str(page), str(length), str(seed)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, cwd=Path.cwd())
    assert proc.stdout is not None
    lines: list[str] = []
    while len(lines) < stop_after:
        line = proc.stdout.readline()
        assert line, f"the writer stopped by itself (exit {proc.wait()})"
        lines.append(line.rstrip("\n"))
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()  # lines acknowledged between our last read and the kill
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    lines += rest.split("\n")[:-1]  # the last piece may be a torn line
    return _acknowledged(lines)


def _check(root: Path, page: int, acknowledged: dict[str, str]) -> None:
    with Library.open(root) as lib:
        assert integrity_check(lib.db.engine) == "ok"
        for uuid, text in acknowledged.items():
            record = get_annotation(lib, uuid)
            assert text in (record.body.get("text"), record.body.get("replacement"))
            assert not record.deleted
        reading = corrected_reading(lib, PageId(page))
        assert fts_corrected(lib, reading.page_id) == (reading.corrected if reading.spans else "")


def run_kill_rounds(root: Path, pdfs: Path, runs: int) -> int:
    """Kill a writer ``runs`` times; return how many acknowledged annotations were checked."""
    with Library.open(root) as lib:
        doc = import_doc(lib, pdfs)
    checked = 0
    for seed in range(runs):
        acknowledged = _write_and_kill(root, doc.pages[0], len(doc.text), seed)
        _check(root, doc.pages[0], acknowledged)
        checked += len(acknowledged)
    return checked


@pytest.mark.parametrize("runs", [3, pytest.param(20, id="twenty-runs")])
def test_acknowledged_annotations_survive_sigkill(tmp_path: Path, runs: int) -> None:
    checked = run_kill_rounds(tmp_path / "library", tmp_path / "pdfs", runs)
    assert checked >= runs
    print(f"\n[kill] {runs}/{runs} runs: {checked} acknowledged annotations intact")
