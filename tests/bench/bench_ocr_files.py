"""Benchmark: ALTO export of the 63-page jfk-DOCID-32989794 after OCR, and its import back,
each against ``pdftotext -bbox`` of the same pages in the same run.

The JFK file has no text layer, so ``pdftotext -bbox`` of it would find nothing to write. The
baseline is therefore run on the same pages carrying the same OCR words as an invisible text layer
(as OCRmyPDF writes a scan): poppler then writes the same words with their boxes as XHTML, the
work an ALTO export does. Redline's export reads the library, applies corrections, maps every box
to pixels, builds and validates (libxml2, the official XSD) 63 ALTO files and writes them; the
import parses them hardened, scales every box back onto its page and stores 63 layers in one
transaction.

    .venv/bin/python -m tests.bench.bench_ocr_files [PAGES]   (default 63; OCR is not timed)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

from app.core.documents.ingest import import_file
from app.core.documents.textlayer import load_words
from app.core.exchange.ocr_export import export_ocr
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.attach import attach_ocr_files
from app.core.ocr.run import ocr_pages
from app.core.ocr.tesseract import tesseract_available
from tests.bench.helpers import best_of, need_tool, report

SCAN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "scans"
PDF = SCAN / "jfk-DOCID-32989794.pdf"


def ocred_library(root: Path, pages: int) -> tuple[Library, int]:
    lib = Library.open(root)
    doc = import_file(lib, PDF).document_id
    assert doc is not None
    with lib.reading() as s:
        ids = [r[0] for r in s.connection().exec_driver_sql(
            "SELECT id FROM pages WHERE document_id = ? ORDER BY page_index LIMIT ?", (doc, pages)
        )]  # fmt: skip
    started = time.perf_counter()
    result = ocr_pages(lib, ids)
    words = sum(p.words for p in result.pages)
    took = time.perf_counter() - started
    print(f"\n[bench] OCR of {pages} pages (setup, not compared): {took:.1f} s, {words} words")
    return lib, int(doc)


def sandwich(lib: Library, doc: int, pages: int, target: Path) -> int:
    """The scan's pages with the OCR words as invisible text, each word in its box."""
    count = 0
    with pymupdf.open(PDF) as src, pymupdf.open() as out, lib.reading() as s:
        out.insert_pdf(src, to_page=pages - 1)
        conn = s.connection()
        rows = conn.exec_driver_sql(
            "SELECT page_index, active_text_layer_id FROM pages WHERE document_id = ? "
            "ORDER BY page_index LIMIT ?",
            (doc, pages),
        ).all()
        for index, layer in rows:
            page = out[index]
            writer = pymupdf.TextWriter(page.rect)
            for w in load_words(conn, layer):
                if w.box is None:
                    continue
                x0, y0, x1, y1 = pymupdf.Rect(w.box) * page.rotation_matrix
                size = max(min(abs(y1 - y0), 40.0), 1.0) / 1.15
                writer.append((min(x0, x1), max(y0, y1)), w.text, fontsize=size)
                count += 1
            writer.write_text(page, render_mode=3)
        out.save(target)
    return count


def run(pages: int, tmp: Path) -> None:
    pdftotext = need_tool("pdftotext")
    lib, doc = ocred_library(tmp / "lib", pages)
    words = sandwich(lib, doc, pages, tmp / "sandwich.pdf")
    bbox = [pdftotext, "-bbox", str(tmp / "sandwich.pdf"), str(tmp / "bbox.html")]
    baseline = best_of(lambda: subprocess.run(bbox, check=True, capture_output=True))
    found = (tmp / "bbox.html").read_text(encoding="utf-8").count("<word ")
    print(f"[bench] pdftotext -bbox wrote {found} words of the {words} in the sandwich PDF")
    n = iter(range(100))
    export = best_of(lambda: export_ocr(lib, tmp / f"alto{next(n)}", fmt="alto"))
    report(f"ALTO export of {pages} pages ({words} words)", export, baseline,
           "pdftotext -bbox", "none set; compare")  # fmt: skip
    (folder,) = (tmp / "alto0").iterdir()
    fresh = Library.open(tmp / "fresh")
    assert import_file(fresh, PDF).ok
    imported = best_of(lambda: attach_ocr_files(fresh, DocumentId(1), [folder]))
    report(f"ALTO import of {pages} pages ({words} words)", imported, baseline,
           "pdftotext -bbox", "none set; compare")  # fmt: skip
    fresh.close()
    lib.close()


def test_alto_export_and_import_against_pdftotext_bbox(tmp_path: Path) -> None:
    if not PDF.exists() or not tesseract_available():
        import pytest

        pytest.skip("needs ../shared/data/scans and Tesseract")
    run(63, tmp_path)


def main() -> int:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 63
    with tempfile.TemporaryDirectory() as tmp:
        run(pages, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
