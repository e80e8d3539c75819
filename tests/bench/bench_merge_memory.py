"""Merge memory benchmark (issue 20): a large Redline set merged in a fresh process, its peak
RSS and time against a process that only parses the same file with json.loads (the least a
merge that reads the set whole needs). Target: a 500 MB set in under 1 GB of RSS."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from app.core.documents.ingest import import_file
from app.core.exchange.merge_writer import db_time
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.bench.helpers import active_pages
from tests.builders import make_text_pdf

N = int(os.environ.get("REDLINE_BENCH_MERGE", "200000"))  # ~100 MiB; 950000 makes ~490 MiB
REPO = Path(__file__).resolve().parents[2]


# VmHWM: the peak RSS of this program (ru_maxrss would count the forked pytest before exec)
PEAK = "\nprint([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"


def _child(code: str, *args: str) -> tuple[float, int]:
    """Seconds and peak RSS (KiB, as the child itself saw it) of a fresh Python running
    ``code``."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code + PEAK, *args],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - start, int(done.stdout.split()[-1])


MERGE = """
import sys
from app.core.exchange.merge import import_annotations
from app.core.library import Library
with Library.open(sys.argv[1]) as lib:
    assert len(import_annotations(lib, sys.argv[2]).added) == int(sys.argv[3])
"""
LOADS = "import json, sys; json.loads(open(sys.argv[1], 'rb').read())"


def _fill(lib: Library, doc_id: int) -> None:
    """N corrections, markings, redactions and notes spread over the document's pages."""
    when = db_time(datetime(2026, 1, 1))
    with lib.transaction() as s:
        conn = s.connection()
        pages = active_pages(conn, doc_id)
        kinds = [
            ("correction", {"replacement": "fix"}),
            ("marking", {"category": "classification", "value": "SECRET"}),
            ("redaction", {"exemptions": ["B1", "B6"], "note": "r"}),
            ("note", {"text": "a note on this passage"}),
        ]
        rows = []
        for i in range(N):
            page_id, layer, text = pages[i % len(pages)]
            kind, body = kinds[i % len(kinds)]
            start = (i * 7) % (len(text) - 4)
            rows.append((
                str(uuid.UUID(int=i + 1, version=4)), page_id, kind, layer, start, start + 4,
                text[start : start + 4], text[max(0, start - 8) : start], text[start + 4 :][:8],
                10.0 + i % 300, 20.0, 50.0, 12.0, json.dumps(body), when, when,
            ))  # fmt: skip
        conn.exec_driver_sql(
            "INSERT INTO annotations (uuid, page_id, kind, status, text_layer_id, start, "
            '"end", quote, prefix, suffix, x, y, w, h, body, origin, author, created_at, '
            "modified_at, orphaned, deleted) VALUES "
            "(?,?,?,'accepted',?,?,?,?,?,?,?,?,?,?,?,'person','bench',?,?,0,0)",
            rows,
        )


@pytest.mark.slow
def test_merge_of_a_large_set_keeps_memory_bounded(tmp_path: Path) -> None:
    pdf = make_text_pdf(
        tmp_path / "bench.pdf", [f"Page {i} of the benchmark memorandum. " * 20 for i in range(20)]
    )
    with Library.open(tmp_path / "a") as lib:
        _fill(lib, int(import_file(lib, pdf).document_id or 0))
        export_json(lib, tmp_path / "set.json")
    with Library.open(tmp_path / "b") as lib:
        import_file(lib, pdf)
    size = (tmp_path / "set.json").stat().st_size / 2**20
    merged, merged_kb = _child(MERGE, str(tmp_path / "b"), str(tmp_path / "set.json"), str(N))
    parsed, parsed_kb = _child(LOADS, str(tmp_path / "set.json"))
    print(
        f"\n[bench] merge of {N} annotations ({size:.0f} MiB) in a fresh process: "
        f"{merged:.1f} s, peak RSS {merged_kb / 1024:.0f} MiB; json.loads of the file alone: "
        f"{parsed:.1f} s, peak RSS {parsed_kb / 1024:.0f} MiB; RSS ratio "
        f"{merged_kb / parsed_kb:.2f}x (target: under 1 GiB for a 500 MiB set)"
    )
