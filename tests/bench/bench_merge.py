"""Merge benchmark (issue 16): two libraries share 100,000 annotations; each changes 10% of them,
and 1% are changed on both sides to different values (conflicts); one imports the other's set.

Time: the merge (reading, checking, three-way planning and writing, in one transaction) of the
other side's set into a copy of this library, against ``json.loads`` of the same file in the same
run (target <= 6x), best of three each. Memory: the same merge in a fresh process with the library
open (the idle app), the peak of its resident set over the idle one (target < +300 MB), sampled
every 5 ms from /proc/self/statm as the export benchmark does.
"""

from __future__ import annotations

import json
import shutil
import time
from datetime import datetime
from pathlib import Path

from app.core.annotating.revisions import iso, restamp
from app.core.documents.ingest import import_file
from app.core.exchange.merge import import_annotations
from app.core.exchange.merge_writer import db_time
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.bench.helpers import (
    BENCH_ANNOTATIONS,
    RSS_SAMPLER,
    bench_pdf,
    best_of,
    fill_annotations,
    report,
    run_script,
)

N = BENCH_ANNOTATIONS
SAID = {"correction": "replacement", "marking": "value", "redaction": "note", "note": "text"}


def _edit(lib: Library, every: int, offset: int, who: str, value: str) -> int:
    """Change the annotations ``i`` with ``i % every == offset`` (in export order) as the
    annotation service does: the body's field and its version."""
    at = datetime(2026, 12, 5, 9, 0)
    with lib.transaction() as s:
        conn = s.connection()
        rows = conn.exec_driver_sql(
            "SELECT a.id, a.kind, a.body, a.revisions, a.author, a.modified_at FROM annotations a "
            "JOIN pages p ON p.id = a.page_id ORDER BY p.page_index, a.uuid"
        ).all()
        updates = []
        for i, (row_id, kind, raw, stored, author, modified) in enumerate(rows):
            if i % every != offset:
                continue
            key = SAID[kind]
            body = json.loads(raw)
            before, after = {f"body.{key}": body[key]}, {f"body.{key}": f"{value} {i}"}
            body[key] = after[f"body.{key}"]
            revisions = restamp(
                conn, stored, before, after, author=who, at=iso(at),
                implicit_by=author, implicit_at=str(modified),
            )  # fmt: skip
            updates.append((json.dumps(body, sort_keys=True), revisions, db_time(at), row_id))
        conn.exec_driver_sql(
            "UPDATE annotations SET body = ?, revisions = ?, modified_at = ? WHERE id = ?", updates
        )
    return len(updates)


MEASURE = (
    RSS_SAMPLER
    + """
import json, sys
from app.core.exchange.merge import import_annotations
from app.core.library import Library

lib = Library.open(sys.argv[1])
sampler = RssSampler()
sampler.start()
merged = import_annotations(lib, sys.argv[2], author="Ada")
over = sampler.stop()
lib.close()
print(json.dumps({"idle_kb": sampler.idle, "over_idle_kb": over,
                  "conflicts": len(merged.conflicts)}))
"""
)


def _two_libraries(tmp_path: Path) -> tuple[Path, Path]:
    """Library ``a`` and the set ``b.json`` of a library that shares its annotations."""
    pdf = bench_pdf(tmp_path / "bench.pdf")
    with Library.open(tmp_path / "a") as a:
        fill_annotations(a, int(import_file(a, pdf).document_id or 0))
        export_json(a, tmp_path / "shared.json")
    with Library.open(tmp_path / "b") as b:
        import_file(b, pdf)
        assert len(import_annotations(b, tmp_path / "shared.json").added) == N
        assert _edit(b, 10, 5, "B. Colleague", "changed there") == N // 10
        _edit(b, 100, 0, "B. Colleague", "there")  # the 1% both sides change
        export_json(b, tmp_path / "b.json")
    with Library.open(tmp_path / "a") as a:
        assert _edit(a, 10, 0, "Ada", "changed here") == N // 10  # the 1% among them
    return tmp_path / "a", tmp_path / "b.json"


def test_merge_100k_annotations_10_percent_changed_each_side(tmp_path: Path) -> None:
    here, theirs = _two_libraries(tmp_path)
    copies = iter(range(100))

    def merge() -> None:
        copy = tmp_path / f"copy{next(copies)}"
        shutil.copytree(here, copy)
        with Library.open(copy) as lib:
            start = time.perf_counter()
            merged = import_annotations(lib, theirs, author="Ada")
            timings.append(time.perf_counter() - start)
        assert len(merged.updated) == N // 10 and len(merged.conflicts) == N // 100
        assert merged.unchanged == N - N // 10 - N // 100
        shutil.rmtree(copy)

    timings: list[float] = []
    for _ in range(3):
        merge()
    ours = min(timings)
    raw = theirs.read_bytes()
    loads = best_of(lambda: json.loads(raw), repeat=3)
    shutil.copytree(here, tmp_path / "measured")
    rss = run_script(MEASURE, str(tmp_path / "measured"), str(theirs))
    size_mb = theirs.stat().st_size / 1e6
    print(
        f"\n[bench] merge of {N} annotations ({size_mb:.1f} MB; 10% changed on each side, 1% "
        f"in conflict), in a fresh process: peak RSS {rss['over_idle_kb'] / 1024:.1f} MB over "
        f"the idle app's ({rss['idle_kb'] / 1024:.0f} MB; target < +300 MB)"
    )
    report(f"merge of {N} annotations", ours, loads, "json.loads of the file", "<= 6x")
    assert rss["conflicts"] == N // 100
    assert rss["over_idle_kb"] < 300 * 1024
