"""The reviewer's steps on the real JFK scan (jfk-104-10001-10034, OCRed on import): a region box
on page 2 starting just inside the "J" of "Johan Artur", code B6, published. The text layer loses
"Johan" (the box takes the word), and so must the page: rendered by poppler, the part of "Johan"
left of the box is black (until 2026-12-07 the left half of the "J" stayed printed there)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.documents.ingest import import_file
from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import export_pdf
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.run import ocr_documents
from app.core.ocr.tesseract import tesseract_available
from tests.acceptance.publication_helpers import SCAN, name_box_of
from tests.core.exchange.helpers import add_annotation

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not tesseract_available(), reason="the scan needs OCR (tesseract)"),
]


def test_a_box_starting_inside_the_j_burns_all_of_johan(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    doc_id = DocumentId(int(import_file(lib, SCAN).document_id or 0))
    assert ocr_documents(lib, [doc_id]).ok == 4
    name = name_box_of(lib, doc_id)  # "Johan Artur" on page 2
    cut = name.x0 + 4  # inside the "J"
    add_annotation(lib, doc_id, 1, "redaction", body={"exemptions": ["B6"]},
                   region=(cut, name.y0 - 1, name.x1 + 2 - cut, name.height + 2))  # fmt: skip
    out = tmp_path / "pub.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]))
    lib.close()
    said = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Johan" not in said and "name" in said
    prefix = tmp_path / "p2"
    subprocess.run(["pdftoppm", "-gray", "-r", "150", "-f", "2", "-l", "2", "-singlefile",
                    str(out), str(prefix)], check=True)  # fmt: skip
    data = prefix.with_suffix(".pgm").read_bytes()
    width, height = (int(v) for v in data.split(b"\n")[1].split())
    grey = np.frombuffer(data[-width * height :], np.uint8).reshape(height, width)
    z = 150 / 72
    with pymupdf.open(SCAN) as src:  # the scan has the "J"'s ink there
        pix = src[1].get_pixmap(clip=pymupdf.Rect(name.x0, name.y0, cut, name.y1), dpi=150,
                                colorspace=pymupdf.csGRAY)  # fmt: skip
        assert min(pix.samples) < 100
    # left of the box, the J's column, the height of the word's line (less a pixel each way)
    left = grey[
        int(name.y0 * z) + 3 : int(name.y1 * z) - 1, int(name.x0 * z) + 1 : int(cut * z) - 1
    ]
    assert left.size and (left < 40).all(), left
