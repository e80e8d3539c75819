"""The real JFK scan whose page 2 names "Johan Artur", made ready for the publication tests
(tests/acceptance/test_publication_real.py and tests/ui/tools/test_publication_real_scan.py): the
library with it OCRed and detected, where the name is, and the check of a publication of it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pymupdf

from app.core.detection.run import detect_document
from app.core.documents.ingest import import_file
from app.core.documents.textlayer import load_words
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.run import ocr_documents
from tests.builders import SHARED_SCANS

SCAN = SHARED_SCANS / "jfk-104-10001-10034.pdf"
NAME = ("Johan", "Artur")  # "…the name Johan Artur", page 2: only there in the document


def name_box_of(lib: Library, doc_id: int) -> pymupdf.Rect:
    """The box around "Johan Artur" in page 2's OCR words."""
    with lib.reading() as s:
        layer, text = (
            s.connection()
            .exec_driver_sql(
                "SELECT t.id, t.text FROM pages p JOIN text_layers t ON t.id = "
                "p.active_text_layer_id WHERE p.document_id = ? AND p.page_index = 1",
                (doc_id,),
            )
            .one()
        )
        words = load_words(s.connection(), layer)
    start = text.index(" ".join(NAME))
    box = pymupdf.Rect()
    for w in words:
        if w.box is not None and start <= w.start < start + len(" ".join(NAME)):
            box |= pymupdf.Rect(w.box)
    assert box.width > 40, box
    return box


def _bytes_of(path: Path) -> bytes:
    parts = [path.read_bytes()]
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            parts.append(doc.xref_object(xref).encode("latin-1", "replace"))
            if doc.xref_is_stream(xref) and doc.xref_get_key(xref, "Subtype")[1] != "/Image":
                parts.append(doc.xref_stream(xref) or b"")
    return b"\n".join(parts)


def black_inside(path: Path, page: int, box: pymupdf.Rect) -> None:
    """Both renderers paint the box's inside (less 2 pixels, less the printed codes) black."""
    inner = pymupdf.Rect(box.x0 + 1.5, box.y0 + 1.5, box.x1 - 1.5, box.y1 - 1.5)
    with pymupdf.open(path) as doc:
        pix = doc[page].get_pixmap(clip=inner, dpi=100, colorspace=pymupdf.csGRAY)
    mupdf = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
    prefix = path.with_name(f"{path.stem}-p{page}")
    subprocess.run(["pdftoppm", "-gray", "-r", "100", "-f", str(page + 1), "-l", str(page + 1),
                    "-singlefile", str(path), str(prefix)], check=True)  # fmt: skip
    data = prefix.with_suffix(".pgm").read_bytes()
    width, height = (int(v) for v in data.split(b"\n")[1].split())
    whole = np.frombuffer(data[-width * height :], np.uint8).reshape(height, width)
    z = 100 / 72
    poppler = whole[
        int(inner.y0 * z) + 1 : int(inner.y1 * z) - 1, int(inner.x0 * z) + 1 : int(inner.x1 * z) - 1
    ]
    for grey in (mupdf, poppler):
        assert (grey < 40).mean() > 0.85, (grey < 40).mean()  # black, but for the white codes


def check_publication(
    out: Path, source: Path, name_box: pymupdf.Rect, boxes: list[tuple[int, pymupdf.Rect]]
) -> None:
    """Nothing of the name by any reader; fill under every burned box; text elsewhere kept."""
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    with pymupdf.open(out) as doc:
        mupdf = "".join(page.get_text() for page in doc)
    for word in NAME:
        for found in (text, bbox, mupdf):
            assert not re.search(rf"\b{word}\b", found, re.IGNORECASE), word
        assert not re.search(word.encode(), _bytes_of(out), re.IGNORECASE), word
    assert "Embassy" in text and "Embassy" in mupdf  # the searchable corrected text is there
    with pymupdf.open(source) as src:  # the source had ink under the name: it was removed
        pix = src[1].get_pixmap(clip=name_box, dpi=100, colorspace=pymupdf.csGRAY)
        assert len(set(pix.samples)) > 2
    for page, box in boxes:
        black_inside(out, page, box)


def jfk_library(tmp_path: Path) -> tuple[Library, DocumentId]:
    lib = Library.open(tmp_path / "lib")
    doc_id = DocumentId(int(import_file(lib, SCAN).document_id or 0))
    assert ocr_documents(lib, [doc_id]).ok == 4
    detect_document(lib, doc_id)
    return lib, doc_id
