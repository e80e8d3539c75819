"""A team library (issue 21): annotations a second from 8 writer processes on PostgreSQL at once,
against one writer on an SQLite library, in the same run on the same machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary
from app.core.library import Library
from tests.builders import make_text_pdf

NOTES = int(os.environ.get("REDLINE_BENCH_NOTES", "400"))  # per writer
# One writer: opens the library, then makes NOTES notes, one transaction each (as a person's
# actions are), and prints when its writing began and ended.
WRITER = r"""
import json, sys, time
from app.core.annotating import annotations as ann
from app.core.ids import PageId
from app.core.library import Library

location, page, count, name = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with Library.open(location) as lib:
    start = time.time()
    for i in range(count):
        ann.create_annotation(lib, PageId(page), "note", body={"text": f"{name} {i}"}, author=name)
    print(json.dumps([start, time.time()]), flush=True)
"""


def _page(location: str | Path, tmp_path: Path) -> int:
    with Library.open(location) as lib:
        doc = import_file(lib, make_text_pdf(tmp_path / "memo.pdf", ["A memo"])).document_id
        assert doc is not None
        return int(document_summary(lib, doc).pages[0].id)


def _rate(location: str | Path, page: int, writers: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(location), str(page), str(NOTES), f"w{i}"],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(writers)
    ]
    spans = [json.loads(p.communicate(timeout=1800)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    wall = max(end for _, end in spans) - min(start for start, _ in spans)
    return writers * NOTES / wall


def test_eight_writers_on_postgresql_against_one_on_sqlite(
    tmp_path: Path, pg_library_url: str
) -> None:
    lite = tmp_path / "lite"
    one_sqlite = _rate(lite, _page(lite, tmp_path), 1)
    page = _page(pg_library_url, tmp_path)
    one_server = _rate(pg_library_url, page, 1)
    eight_server = _rate(pg_library_url, page, 8)
    print(
        f"\n[bench] annotations a second: 8 writers on PostgreSQL {eight_server:.0f}/s, "
        f"1 writer on PostgreSQL {one_server:.0f}/s, 1 writer on SQLite {one_sqlite:.0f}/s "
        f"(ratio 8 on PostgreSQL / 1 on SQLite {eight_server / one_sqlite:.2f}x; "
        f"{os.cpu_count()} cores, {NOTES} notes per writer, one transaction each)"
    )
    with Library.open(pg_library_url) as lib, lib.reading() as s:
        count = s.connection().exec_driver_sql("SELECT count(*) FROM annotations").scalar()
    assert count == 9 * NOTES
