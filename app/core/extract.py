"""Reading a file's pages: size and rotation of each, and a PDF's text layer laid out and packed.

Pages are read one at a time and handed to the writer as they come, so a long document never
sits in memory whole. (Reading in worker processes would at best overlap extraction with the
SQLite inserts, which take about as long, on a two-core machine; it was left out to keep a
process pool, with its start-up and failure modes, out of the GUI process.)
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass

import pymupdf

from app.core.errors import IngestError
from app.core.textlayer import PackedLayer, pack_pdf_words

pymupdf.TOOLS.mupdf_display_errors(False)  # MuPDF's own warnings go to our messages, not stderr

CancelCheck = Callable[[], bool]


class ImportCancelled(Exception):
    """The person cancelled; the document being imported was rolled back."""


@dataclass(frozen=True, slots=True)
class ParsedPage:
    width: float  # PDF points of the unrotated page
    height: float
    rotation: int
    layer: PackedLayer | None  # the PDF's text layer; None when the page has no words


def read_page(doc: pymupdf.Document, index: int, kind: str) -> ParsedPage:
    try:
        page = doc.load_page(index)
        box = page.cropbox  # the unrotated page: words and regions are stored in its space
        words = page.get_text("words") if kind == "pdf" else []
    except Exception as exc:  # MuPDF raises several types for damaged content
        raise IngestError(f"page {index + 1} is damaged and cannot be read ({exc})") from exc
    layer = pack_pdf_words(words) if words else None
    return ParsedPage(box.width, box.height, page.rotation, layer)


def iter_pages(
    doc: pymupdf.Document, kind: str, cancel: CancelCheck | None = None
) -> Generator[ParsedPage, None, None]:
    """Every page of ``doc`` in order; raises ImportCancelled as soon as ``cancel()`` is true."""
    for i in range(doc.page_count):
        if cancel is not None and cancel():
            raise ImportCancelled()
        yield read_page(doc, i, kind)
