"""OCR of real scans: a JFK teletype page and the USDA letter stored landscape with /Rotate 270.

Each test also writes the render with the word boxes drawn over it to /tmp (redline-ocr-*.png),
for a person to look at; the automatic check is that the boxes sit on ink.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select

from app.core.documents.ingest import import_file
from app.core.documents.search import search
from app.core.documents.textlayer import RawWord, load_words
from app.core.ids import PageId, TextLayerId
from app.core.library import Library
from app.core.ocr.companion import attach_companion_text
from app.core.ocr.doubtful import document_doubtful_words
from app.core.ocr.run import ocr_documents
from app.core.ocr.tesseract import PageJob, ocr_page, tesseract_available
from db.models import Page, TextLayer
from tests.core.ocr.helpers import imported, make_scan

SCANS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "scans"
pytestmark = [
    pytest.mark.acceptance,
    pytest.mark.slow,
    pytest.mark.skipif(not SCANS.is_dir(), reason=f"the real scans are not at {SCANS}"),
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
]
SHOW_DPI = 100


def ink_share(pdf: Path, index: int, words: Sequence[RawWord], picture: Path) -> float:
    """Share of word boxes with ink in them; also draws the boxes over the render to ``picture``."""
    with pymupdf.open(pdf) as doc:
        page = doc.load_page(index)
        zoom = pymupdf.Matrix(SHOW_DPI / 72, SHOW_DPI / 72)
        pix = page.get_pixmap(matrix=zoom, colorspace=pymupdf.csGRAY)
        to_render = page.rotation_matrix * zoom
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
    image = Image.fromarray(grey).convert("RGB")
    draw = ImageDraw.Draw(image)
    inked = 0
    for w in words:
        r = pymupdf.Rect(w.x0, w.y0, w.x1, w.y1) * to_render
        cells = grey[int(r.y0) : int(r.y1) + 1, int(r.x0) : int(r.x1) + 1]
        inked += cells.size > 0 and float((cells < 128).mean()) > 0.03
        draw.rectangle([r.x0, r.y0, r.x1, r.y1], outline=(230, 0, 0))
    image.save(picture)
    return inked / len(words)


def test_jfk_teletype_page() -> None:
    pdf = SCANS / "jfk-DOCID-32989794.pdf"
    result = ocr_page(PageJob(PageId(1), str(pdf), 2, dpi=300))
    assert result.error is None
    text = " ".join(w.text for w in result.words)
    assert "INTELLIGENCE" in text and "COMMITTEE" in text
    sure = [w for w in result.words if (w.confidence or 0) >= 50]  # not specks or handwriting
    assert len(sure) >= 100
    assert ink_share(pdf, 2, sure, Path("/tmp/redline-ocr-jfk.png")) >= 0.95


def test_rotated_usda_letter_comes_out_upright(library: Library) -> None:
    pdf = SCANS / "usda-foia-referral-rotated.pdf"
    out = import_file(library, pdf)
    assert out.document_id is not None
    report = ocr_documents(library, [out.document_id], dpi=300)
    assert report.ok == 1, report.pages
    with library.reading() as s:
        page = s.scalars(select(Page).where(Page.document_id == out.document_id)).one()
        layer = s.get(TextLayer, page.active_text_layer_id)
        assert layer is not None and page.rotation == 270
        words = load_words(s.connection(), TextLayerId(layer.id))
        raw = [RawWord(w.text, w.x0, w.y0, w.x1, w.y1) for w in words]
        assert "Referral of Records Freedom of Information Act" in " ".join(layer.text.split())
    assert all(0 <= w.x0 <= w.x1 <= page.width and 0 <= w.y0 <= w.y1 <= page.height for w in raw)  # type: ignore[operator]
    assert ink_share(pdf, 0, raw, Path("/tmp/redline-ocr-usda.png")) >= 0.95
    assert search(library, "Gillum").hits


def test_usda_tesseract_text_aligns_onto_the_rotated_scan(library: Library) -> None:
    text = (SCANS.parent / "ocr-text" / "usda-foia-referral.tesseract.txt").read_text()
    out = import_file(library, SCANS / "usda-foia-referral-rotated.pdf")
    assert out.document_id is not None
    report = attach_companion_text(library, out.document_id, text)  # OCRs the scan first
    assert report.words == len(text.split()) and report.aligned_share >= 0.95
    assert not report.poor and report.alike_share >= 0.9  # (93 %: read alike by both)
    queue = document_doubtful_words(library, out.document_id)
    assert any(w.text == "Agriculture" and w.other_reading == "Agiieultare" for w in queue)
    # The State text is another document's: under half of its words read alike on this scan.
    state = (SCANS.parent / "ocr-text" / "state-foia-F-2017-13804-C06689721.ocr.txt").read_text()
    assert attach_companion_text(library, out.document_id, state).poor


def test_state_department_text_is_split_into_the_pages_of_a_scan_of_it(
    library: Library, tmp_path: Path
) -> None:
    """No scan comes with the State text: print it on 4 pages, OCR them, attach the text."""
    text = (SCANS.parent / "ocr-text" / "state-foia-F-2017-13804-C06689721.ocr.txt").read_text()
    words = text.split()
    chunks = [words[len(words) * p // 4 : len(words) * (p + 1) // 4] for p in range(4)]
    lines = [[" ".join(c[i : i + 12]) for i in range(0, len(c), 12)] for c in chunks]
    pdf, _ = make_scan(tmp_path / "state.pdf", lines, size=(612, 792), dpi=200)
    doc_id = imported(library, pdf)
    assert ocr_documents(library, [doc_id], dpi=200).ok == 4
    report = attach_companion_text(library, doc_id, text)
    assert report.aligned_share >= 0.95 and not report.poor
    assert [p.page_index for p in report.pages] == [0, 1, 2, 3]
    for page, chunk in zip(report.pages, chunks, strict=True):
        assert abs(page.words - len(chunk)) <= 3  # the page breaks fall where the scan's do
