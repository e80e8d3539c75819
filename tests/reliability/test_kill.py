"""kill -9 at random moments of import, OCR, detection, export and merge (REDLINE_KILL_RUNS runs
each: 10 here, 20 under `make bench`), each followed by the checks of
:mod:`tests.reliability.helpers`: integrity, acknowledged work kept, no litter after the next
open, no surviving worker."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from tests.reliability.helpers import (
    LONG_PAGES,
    SCAN_PAGES,
    Material,
    Tally,
    copy_library,
    delays,
    kill_runs,
    make_material,
    redline,
    reopen,
    run_and_kill,
    survivors,
    timed,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Material]:
    yield make_material(tmp_path_factory.mktemp("material"))


def _rows(root: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{root / 'library.sqlite'}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _common(tally: Tally, root: Path, tag: str, killed: bool) -> list[str]:
    """Integrity, litter and survivors after one run; returns the names of imported files."""
    tally.runs += 1
    tally.killed += killed
    left = survivors(tag)
    tally.survivors += len(left)
    after = reopen(root)
    tally.swept += len(after.swept)
    assert after.integrity == "ok"
    assert after.litter == [], after.litter
    assert left == [], left
    return [str(r[0]) for r in _rows(root, "SELECT source_name FROM documents")]


def test_kill_during_import(material: Material, tmp_path: Path) -> None:
    span = timed(redline(tmp_path / "timing", "import", str(material.folder)))
    tally = Tally("import")
    for i, delay in enumerate(delays("import", span, kill_runs())):
        root = tmp_path / f"run{i}"
        run = run_and_kill(redline(root, "import", str(material.folder)), delay)
        acknowledged = [
            Path(line.split(": ")[1]).name for line in run.stdout if line.startswith("imported: ")
        ]
        names = _common(tally, root, run.tag, run.killed)
        tally.acknowledged += len(acknowledged)
        lost = set(acknowledged) - set(names)
        tally.lost += len(lost)
        assert not lost, f"acknowledged imports lost: {lost}"
        pages = _rows(root, "SELECT d.page_count, count(p.id) FROM documents d "
                            "LEFT JOIN pages p ON p.document_id = d.id GROUP BY d.id")  # fmt: skip
        assert all(want == have for want, have in pages), "a half document"
    print("\n" + tally.line())


def test_kill_during_ocr(material: Material, tmp_path: Path) -> None:
    argv = ["ocr", "scan", "--dpi", "100"]
    span = timed(redline(copy_library(material.library, tmp_path / "timing"), *argv))
    tally = Tally("OCR")
    for i, delay in enumerate(delays("ocr", span, kill_runs())):
        root = copy_library(material.library, tmp_path / f"run{i}")
        run = run_and_kill(redline(root, *argv), delay)
        _common(tally, root, run.tag, run.killed)
        layers = _rows(root, "SELECT p.id, (SELECT count(*) FROM page_text_fts f WHERE "
                             "f.rowid = p.id), (SELECT count(*) FROM layer_words w WHERE "
                             "w.text_layer_id = p.active_text_layer_id) FROM pages p JOIN "
                             "documents d ON d.id = p.document_id WHERE d.title = 'scan' "
                             "AND p.active_text_layer_id IS NOT NULL")  # fmt: skip
        assert all(fts == 1 and words == 1 for _, fts, words in layers), layers
        if not run.killed:
            assert run.returncode == 0 and len(layers) == SCAN_PAGES
            tally.acknowledged += SCAN_PAGES
    print("\n" + tally.line())


def test_kill_during_detection(material: Material, tmp_path: Path) -> None:
    argv = ["detect", "memo"]
    timing = copy_library(material.library, tmp_path / "timing")
    span = timed(redline(timing, *argv))
    sql = "SELECT count(*) FROM annotations WHERE status = 'proposed'"
    full = int(str(_rows(timing, sql)[0][0]))
    assert full, "the memo yields proposals"
    tally = Tally("detection")
    for i, delay in enumerate(delays("detect", span, kill_runs())):
        root = copy_library(material.library, tmp_path / f"run{i}")
        run = run_and_kill(redline(root, *argv), delay)
        _common(tally, root, run.tag, run.killed)
        found = _rows(root, sql)[0][0]
        assert found in (0, full), f"{found} of {full} proposals: a half detection"
        if not run.killed:
            tally.acknowledged += full
    print("\n" + tally.line())


def test_kill_during_export(material: Material, tmp_path: Path) -> None:
    out = tmp_path / "out" / "long.pdf"
    out.parent.mkdir()
    argv = ["export", "--format", "pdf", "--document", "long", "--force", "-o", str(out)]
    span = timed(redline(copy_library(material.library, tmp_path / "timing"), *argv))
    out.unlink()
    tally = Tally("export")
    for i, delay in enumerate(delays("export", span, kill_runs())):
        root = copy_library(material.library, tmp_path / f"run{i}")
        run = run_and_kill(redline(root, *argv), delay)
        _common(tally, root, run.tag, run.killed)
        if out.exists():  # the old file or a whole new one, never a part
            with pymupdf.open(out) as doc:
                assert doc.page_count == LONG_PAGES
        if not run.killed:
            tally.acknowledged += 1
        parts = [p.name for p in out.parent.iterdir() if p.name.endswith(".part")]
        if parts or i == 0:
            again = run_and_kill(redline(root, *argv), None)  # the next export sweeps them
            assert again.returncode == 0, again.stderr
            tally.swept += len(parts)
            assert [p.name for p in out.parent.iterdir()] == ["long.pdf"]
    print("\n" + tally.line())


def test_kill_during_merge(material: Material, tmp_path: Path) -> None:
    argv = ["import-annotations", str(material.annotation_set)]
    span = timed(redline(copy_library(material.library, tmp_path / "timing"), *argv))
    tally = Tally("merge")
    for i, delay in enumerate(delays("merge", span, kill_runs())):
        root = copy_library(material.library, tmp_path / f"run{i}")
        run = run_and_kill(redline(root, *argv), delay)
        _common(tally, root, run.tag, run.killed)
        count = _rows(root, "SELECT count(*) FROM annotations")[0][0]
        assert count in (0, material.notes), f"{count} annotations: a partial merge"
        if any(line.startswith("changed: ") for line in run.stdout):
            tally.acknowledged += material.notes
            tally.lost += material.notes - count
            assert count == material.notes
    print("\n" + tally.line())
