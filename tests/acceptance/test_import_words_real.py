"""The real CIA bulletins imported through the page readers: every word and box as MuPDF reads
each page of a freshly opened file (the readers share a PDF's identical fonts between pages)."""

from __future__ import annotations

from array import array
from pathlib import Path

import pymupdf
from sqlalchemy import select

from app.core.documents import extract
from app.core.documents.ingest import import_file
from app.core.documents.textlayer import load_words
from app.core.ids import TextLayerId
from app.core.library import Library
from db.models import Page
from tests.builders import SHARED_SCANS

Word = tuple[str, tuple[float, ...]]


def _bulletins(path: Path, pages: int) -> Path:
    out = pymupdf.open()
    while out.page_count < pages:
        for source in sorted(SHARED_SCANS.glob("cia-cib-*.pdf")):
            with pymupdf.open(source) as doc:
                take = min(doc.page_count, pages - out.page_count)
                if take:
                    out.insert_pdf(doc, to_page=take - 1)
    out.save(path)
    out.close()
    return path


def _as_read(path: Path) -> list[list[Word]]:
    """Each page's words and boxes (in single precision, as stored), page by page."""
    with pymupdf.open(path) as doc:
        return [
            [(w[4], tuple(array("f", w[:4]))) for w in doc.load_page(i).get_text("words")]
            for i in range(doc.page_count)
        ]


def test_imported_words_are_those_of_each_page_read_alone(library: Library, tmp_path: Path) -> None:
    pdf = _bulletins(tmp_path / "bulletins.pdf", extract.PARALLEL_MIN_PAGES + 20)
    out = import_file(library, pdf)
    assert out.status == "imported" and out.pages == extract.PARALLEL_MIN_PAGES + 20
    stored: list[list[Word]] = []
    with library.reading() as s:
        pages = s.scalars(
            select(Page).where(Page.document_id == out.document_id).order_by(Page.page_index)
        ).all()
        for page in pages:
            layer = page.active_text_layer_id
            words = [] if layer is None else load_words(s.connection(), TextLayerId(layer))
            stored.append([(w.text, w.box or ()) for w in words])
    expected = _as_read(pdf)
    assert sum(map(len, expected)) > 5000
    assert stored == expected
