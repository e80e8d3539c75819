"""Annotation benchmarks (issue 4): making an annotation against rendering the page it is on.

The baseline is PyMuPDF rendering the same page at 150 dpi in the same process; the target is that
making an annotation (one committed transaction, change log and search index included) costs under
a tenth of that. A real scan from ../shared/data is used when present, else a generated one.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pymupdf

from app.core.annotating import annotation_listing
from app.core.annotating import annotations as ann
from app.core.annotating.records import AnnotationFilter, Region, Span
from app.core.documents.ingest import import_file
from app.core.ids import PageId
from app.core.library import Library
from tests.bench.helpers import median_of, report
from tests.builders import SHARED_SCANS, make_text_pdf

SCAN = SHARED_SCANS / "cia-cib-03175207.pdf"  # a real scan with the CIA's own text layer
ME = "bench"


def _source(tmp_path: Path) -> Path:
    if SCAN.exists():
        return SCAN
    words = " ".join(["memorandum secret operation embassy cable"] * 80)
    return make_text_pdf(tmp_path / "generated.pdf", (words,))


def _page(lib: Library, path: Path) -> tuple[PageId, str]:
    outcome = import_file(lib, path)
    assert outcome.document_id is not None, outcome.message
    with lib.reading() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT p.id, t.text FROM pages p JOIN text_layers t "
                "ON t.id = p.active_text_layer_id WHERE p.document_id = ? "
                "ORDER BY length(t.text) DESC LIMIT 1",
                (outcome.document_id,),
            )
            .one()
        )
    return PageId(row[0]), str(row[1])


def _render_seconds(path: Path) -> float:
    doc = pymupdf.open(path)
    try:
        page = doc.load_page(0)
        return median_of(lambda: page.get_pixmap(dpi=150), repeat=7)
    finally:
        doc.close()


def _makers(lib: Library, page: PageId, text: str) -> list[Callable[[int], object]]:
    """One maker per common kind: a correction, a note on a span, a redaction region."""

    def correction(i: int) -> object:
        start = (i * 7) % (len(text) - 10)
        return ann.create_annotation(lib, page, "correction", text=Span(start, start + 5),
                                     body={"replacement": f"fix {i}"}, author=ME)  # fmt: skip

    def note(i: int) -> object:
        start = (i * 13) % (len(text) - 10)
        return ann.create_annotation(lib, page, "note", text=Span(start, start + 8),
                                     body={"text": f"note {i}"}, author=ME)  # fmt: skip

    def redaction(i: int) -> object:
        box = Region(20 + i % 300, 20 + i % 500, 80, 14)
        return ann.create_annotation(lib, page, "redaction", region=box,
                                     body={"exemptions": ["3.5(c)"]}, author=ME)  # fmt: skip

    return [correction, note, redaction]


def _per_create(makers: list[Callable[[int], object]], count: int, offset: int = 0) -> float:
    times = []
    for i in range(offset, offset + count):
        t = time.perf_counter()
        makers[i % len(makers)](i)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def test_create_annotation_vs_page_render(tmp_path: Path) -> None:
    path = _source(tmp_path)
    render = _render_seconds(path)
    with Library.open(tmp_path / "library") as lib:
        page, text = _page(lib, path)
        makers = _makers(lib, page, text)
        first = _per_create(makers, 60)
        report("create annotation (empty page)", first, render, "render 150 dpi", "< 0.10x")
        _per_create(makers, 440, offset=60)  # the page now holds 500 annotations
        busy = _per_create(makers, 60, offset=500)
        report("create annotation (page with 500)", busy, render, "render 150 dpi", "< 0.10x")
        listing = median_of(
            lambda: annotation_listing.list_annotations(lib, AnnotationFilter(page_id=page)),
            repeat=5,
        )
        report("list 560 annotations of a page", listing, render, "render 150 dpi", "info")
    print(f"[bench] page: {path.name}, text {len(text)} code points")
