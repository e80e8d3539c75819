"""Helpers for the benchmarks: timing, ratio lines, baselines, big generated inputs.

Benchmarks print ratios against a baseline measured in the same run; they never fail on time."""

from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import Connection

from app.core.exchange.merge_writer import db_time
from app.core.library import Library


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by a noisy machine)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def report(name: str, ours: float, baseline: float, baseline_name: str, target: str) -> None:
    """One line per figure: both times, the ratio, and the target it is measured against."""
    ratio = ours / baseline if baseline else float("inf")
    print(
        f"\n[bench] {name}: redline {ours * 1000:.1f} ms, {baseline_name} {baseline * 1000:.1f} ms,"
        f" ratio {ratio:.2f}x (target {target})"
    )


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed: the baseline cannot be measured")
    return path


WORDS = (
    "memorandum secretary telegram embassy soviet minister policy conference delegation "
    "security council treaty cable department intelligence bulletin summary general military "
    "economic political report source agency operation review release declassified the of and "
    "to in for on with by from at that this which"
).split()


def _page_lines(rng: random.Random, lines: int = 40) -> list[str]:
    return [" ".join(rng.choices(WORDS, k=11)) for _ in range(lines)]


def make_big_pdf(path: Path, pages: int = 500, seed: int = 1) -> Path:
    rng = random.Random(seed)
    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page()
        page.insert_text((54, 60), "\n".join(_page_lines(rng)), fontsize=10, lineheight=1.6)
    doc.save(path, garbage=1, deflate=True)
    doc.close()
    return path


def make_bulletins_pdf(path: Path, pages: int = 500) -> Path:
    """The CIA bulletins of ../shared/data/scans (real scans with the CIA's own OCR as their text
    layer, 37 pages) one after another until ``pages``: the issue's "real scans" (skips without
    them)."""
    from tests.builders import SHARED_SCANS

    sources = sorted(SHARED_SCANS.glob("cia-cib-*.pdf"))
    if not sources:
        pytest.skip(f"no cia-cib-*.pdf in {SHARED_SCANS}")
    out = pymupdf.open()
    while out.page_count < pages:
        for source in sources:
            with pymupdf.open(source) as doc:
                take = min(doc.page_count, pages - out.page_count)
                if take:
                    out.insert_pdf(doc, to_page=take - 1)
    out.save(path, garbage=1, deflate=True)
    out.close()
    return path


# The page levels of the 16 real scans, labelled by eye (`make eval` and bench_detect use them).
SCAN_LABELS = Path(__file__).parent / "labels" / "scans-levels.json"
CLASSIFICATIONS = ("SECRET", "CONFIDENTIAL", "TOP SECRET", "UNCLASSIFIED")
RARE_PHRASE = "Chinese Communists turn to Western Europe"  # on ~0.2 % of the pages


def fill_library(
    lib: Library, pages: int, rng: random.Random, text_dir: Path | None = None, per_doc: int = 100
) -> None:
    """Documents of ``per_doc`` pages straight into the tables, as an import leaves them (each
    page's text as its active layer, indexed for search, without word boxes; a classification
    and a case number a document), because importing 100,000 PDF pages would take minutes.
    ``text_dir``: each document's text also as a file, for grep."""
    with lib.transaction() as s:
        conn = s.connection()
        for d in range(pages // per_doc):
            cur = conn.exec_driver_sql(
                "INSERT INTO documents (uuid, title, source_sha256, source_name, source_kind, "
                "source_size, page_count, imported_at, modified_at) "
                "VALUES (?, ?, ?, ?, 'pdf', 0, ?, '2026-01-01', '2026-01-01')",
                (str(uuid.uuid4()), f"doc{d}", f"{d:064x}", f"doc{d}.pdf", per_doc),
            )
            doc_id = cur.lastrowid
            for key, value in (
                ("classification", CLASSIFICATIONS[d % len(CLASSIFICATIONS)]),
                ("case_number", f"F-2017-{d:05d}"),
            ):
                conn.exec_driver_sql(
                    "INSERT INTO document_metadata (document_id, key, value, origin, "
                    "modified_at) VALUES (?, ?, ?, 'detector', '2026-01-01')",
                    (doc_id, key, value),
                )
            texts = ["\n".join(_page_lines(rng, 30)) for _ in range(per_doc)]
            for i, text in enumerate(texts):
                if rng.random() < 0.002:
                    text += "\n" + RARE_PHRASE
                    texts[i] = text
                page = conn.exec_driver_sql(
                    "INSERT INTO pages (document_id, page_index, width, height, rotation, "
                    "needs_ocr, review_status) VALUES (?, ?, 612, 792, 0, 0, ?)",
                    (doc_id, i, "reviewed" if rng.random() < 0.1 else "unreviewed"),
                ).lastrowid
                layer = conn.exec_driver_sql(
                    "INSERT INTO text_layers (uuid, page_id, source, engine, text, created_at) "
                    "VALUES (?, ?, 'pdf-text-layer', 'pymupdf', ?, '2026-01-01')",
                    (str(uuid.uuid4()), page, text),
                ).lastrowid
                conn.exec_driver_sql(
                    "UPDATE pages SET active_text_layer_id = ? WHERE id = ?", (layer, page)
                )
                conn.exec_driver_sql(
                    "INSERT INTO page_text_fts (rowid, text, corrected) VALUES (?, ?, '')",
                    (page, text),
                )
            if text_dir is not None:
                (text_dir / f"doc{d}.txt").write_text("\f".join(texts))


BASELINE = {
    "classification": r"\b(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE|"
    r"FOR OFFICIAL USE ONLY)\b",
    "control": r"\b(?:NOFORN(?: EXCEPT [A-Z ]+)?|ORCON|NODIS|EXDIS|LIMDIS|STADIS|EYES ONLY|"
    r"NOT RELEASABLE TO FOREIGN NATIONALS|CONTINUED CONTROL)\b",
    "release": r"RELEASE IN FULL|RELEASE IN PART|DENY IN FULL|\bDECLASSIFIED\b|"
    r"Approved for Release: \d{4}/\d\d/\d\d",
    "exemption": r"\(b\)\(\d\)|\bB\d\b|\b1\.[45]\([a-h]\)|\b3\.3\([a-h]\)\(\d\)|\b3\.5\([a-z]\)",
    "identifier": r"\bFL?-\d{4}-\d{5}\b|\bC0\d{7}\b|\b\d{3}-\d{5}-\d{5}\b|\bNW \d{4,6}\b",
    "declassification": r"Classified By:|Derived From:|Declassify On:|DECL:|"
    r"Declassification Authority",
}


def active_pages(conn: Connection, document_id: int) -> list[tuple[int, int, str]]:
    """(page id, active layer id, its text) of each page of a document, in order."""
    rows = conn.exec_driver_sql(
        "SELECT p.id, p.active_text_layer_id, t.text FROM pages p JOIN text_layers t "
        "ON t.id = p.active_text_layer_id WHERE p.document_id = ? ORDER BY p.page_index",
        (document_id,),
    )
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


# Prepended to the scripts benchmarks run in a fresh process: the resident set, sampled every
# 5 ms from /proc/self/statm (Linux) by a thread between start() and stop().
RSS_SAMPLER = """
import resource, threading, time

def rss_kb():
    with open("/proc/self/statm") as f:  # resident pages now
        return int(f.read().split()[1]) * resource.getpagesize() // 1024

class RssSampler:
    def __init__(self):
        self.idle = rss_kb()
        self.samples, self.done = [self.idle], threading.Event()
        # (a daemon: a script that fails ends, and its error is seen, instead of hanging)
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        while not self.done.is_set():
            self.samples.append(rss_kb())
            time.sleep(0.005)

    def start(self):
        self.thread.start()

    def stop(self):
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()
        return max(self.samples) - self.idle
"""


def run_script(script: str, *args: str) -> dict[str, float]:
    """Run ``script`` in a fresh Python process from the repository; its last line of output,
    JSON, is the result."""
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=repo, check=True, capture_output=True, text=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- a large library: the export and merge benchmarks -----------------------------------

BENCH_ANNOTATIONS = 100_000
BENCH_PAGES = 20
BENCH_KINDS = ("correction", "marking", "redaction", "note")


def bench_body(kind: str, i: int) -> dict[str, object]:
    if kind == "correction":
        return {"replacement": f"fix {i}"}
    if kind == "marking":
        return {"category": "classification", "value": "SECRET"}
    if kind == "redaction":
        return {"exemptions": ["B1", "B6"], "note": f"r{i}"}
    return {"text": f"note {i}"}


def bench_pdf(path: Path) -> Path:
    """The benchmarks' document: 20 pages of text."""
    doc = pymupdf.open()
    for i in range(BENCH_PAGES):
        page = doc.new_page()
        page.insert_text((54, 60), f"Page {i} of the benchmark memorandum. " * 20, fontsize=10)
    doc.save(path)
    doc.close()
    return path


def fill_annotations(lib: Library, doc_id: int, n: int = BENCH_ANNOTATIONS) -> None:
    """``n`` annotations of four kinds on the document's pages, written as rows (fast)."""
    rng = random.Random(5)
    when = db_time(__import__("datetime").datetime(2026, 1, 1))
    with lib.transaction() as s:
        conn = s.connection()
        pages = active_pages(conn, doc_id)
        rows = []
        for i in range(n):
            page_id, layer, text = pages[i % BENCH_PAGES]
            kind = BENCH_KINDS[i % len(BENCH_KINDS)]
            start = rng.randrange(0, len(text) - 4)
            body = bench_body(kind, i)
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
