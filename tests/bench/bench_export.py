"""Export benchmark (issue 5): 100,000 annotations to Redline JSON and back.

Memory, measured in a fresh process with the library open (the idle app): the peak of its
resident set during the export (sampled every 5 ms from /proc/self/statm) over the idle one, and
in a second run the ``tracemalloc`` peak of Python allocations. Time: against ``json.dumps`` of
the same records already in memory, with the same settings.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pymupdf

from app.core.documents.ingest import import_file
from app.core.exchange.common import (
    ExportScope,
    annotation_record,
    dump,
    iter_annotation_rows,
    resolve_scope,
)
from app.core.exchange.merge import import_annotations
from app.core.exchange.merge_writer import db_time
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.bench.helpers import active_pages, best_of, report

N = 100_000
PAGES = 20
KINDS = ("correction", "marking", "redaction", "note")


def _body(kind: str, i: int) -> dict[str, object]:
    if kind == "correction":
        return {"replacement": f"fix {i}"}
    if kind == "marking":
        return {"category": "classification", "value": "SECRET"}
    if kind == "redaction":
        return {"exemptions": ["B1", "B6"], "note": f"r{i}"}
    return {"text": f"note {i}"}


def _pdf(path: Path) -> Path:
    doc = pymupdf.open()
    for i in range(PAGES):
        page = doc.new_page()
        page.insert_text((54, 60), f"Page {i} of the benchmark memorandum. " * 20, fontsize=10)
    doc.save(path)
    doc.close()
    return path


def _fill(lib: Library, doc_id: int) -> None:
    rng = random.Random(5)
    when = db_time(__import__("datetime").datetime(2026, 1, 1))
    with lib.transaction() as s:
        conn = s.connection()
        pages = active_pages(conn, doc_id)
        rows = []
        for i in range(N):
            page_id, layer, text = pages[i % PAGES]
            kind = KINDS[i % len(KINDS)]
            start = rng.randrange(0, len(text) - 4)
            body = _body(kind, i)
            rows.append((
                str(uuid.UUID(int=rng.getrandbits(128), version=4)), page_id, kind, "accepted",
                layer, start, start + 4, text[start : start + 4], "x", "y",
                10.0 + i % 300, 20.0, 50.0, 12.0,
                json.dumps(body), "person", "bench", when, when,
            ))  # fmt: skip
        conn.exec_driver_sql(
            "INSERT INTO annotations (uuid, page_id, kind, status, text_layer_id, start, "
            '"end", quote, prefix, suffix, x, y, w, h, body, origin, author, created_at, '
            "modified_at, orphaned, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0)",
            rows,
        )


MEASURE = """
import json, resource, sys, threading, time, tracemalloc
from app.core.exchange.redline_json import export_json
from app.core.library import Library

def rss_kb():
    with open("/proc/self/statm") as f:  # resident pages now (Linux)
        return int(f.read().split()[1]) * resource.getpagesize() // 1024

lib = Library.open(sys.argv[1])
idle = rss_kb()
samples, done = [idle], threading.Event()

def sample():
    while not done.is_set():
        samples.append(rss_kb())
        time.sleep(0.005)

thread = threading.Thread(target=sample)
thread.start()
if sys.argv[3] == "trace":
    tracemalloc.start()
export_json(lib, sys.argv[2])
peak = tracemalloc.get_traced_memory()[1] if sys.argv[3] == "trace" else 0
done.set()
thread.join()
print(json.dumps({"idle_kb": idle, "over_idle_kb": max(samples) - idle, "peak": peak}))
"""


def _measure(root: Path, out: Path, mode: str) -> dict[str, float]:
    """Export in a fresh process: its maxrss growth over the idle app, or tracemalloc's peak."""
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(root), str(out), mode],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _import_once(root: Path, pdf: Path, annotations: Path) -> float:
    """Seconds to import ``annotations`` into a fresh library holding ``pdf``."""
    with Library.open(root) as lib:
        import_file(lib, pdf)
        start = time.perf_counter()
        result = import_annotations(lib, annotations)
        took = time.perf_counter() - start
    assert len(result.added) == N
    return took


def test_export_100k_annotations_and_import_back(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "bench.pdf")
    lib = Library.open(tmp_path / "a")
    doc_id = int(import_file(lib, pdf).document_id or 0)
    _fill(lib, doc_id)
    out = tmp_path / "a.json"
    lib.close()
    rss = _measure(tmp_path / "a", out, "rss")
    traced = _measure(tmp_path / "a", out, "trace")
    lib = Library.open(tmp_path / "a")
    ours = best_of(lambda: export_json(lib, out), repeat=3)
    with lib.reading() as s:
        conn = s.connection()
        scope = resolve_scope(conn, ExportScope())
        records = [annotation_record(r) for r in iter_annotation_rows(conn, doc_id, scope)]
    assert len(records) == N
    baseline = best_of(lambda: dump(records), repeat=3)
    loads = best_of(lambda: json.loads(out.read_bytes()), repeat=3)
    size_mb = out.stat().st_size / 1e6
    print(
        f"\n[bench] export of {N} annotations ({size_mb:.1f} MB), in a fresh process: "
        f"peak RSS {rss['over_idle_kb'] / 1024:.1f} MB over the idle app's "
        f"({rss['idle_kb'] / 1024:.0f} MB; sampled every 5 ms from /proc/self/statm); "
        f"tracemalloc peak {traced['peak'] / 1e6:.1f} MB (target < 200 MB)"
    )
    report(f"export of {N} annotations", ours, baseline, "json.dumps in memory", "<= 3x")
    took = min(_import_once(tmp_path / f"b{i}", pdf, out) for i in range(2))
    report(f"import of {N} annotations", took, baseline, "json.dumps in memory", "<= 5x")
    report(f"import of {N} annotations", took, loads, "json.loads of the file", "(for scale)")
    assert rss["over_idle_kb"] < 200 * 1024
    lib.close()
