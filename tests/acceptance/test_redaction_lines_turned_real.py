"""On the real USDA FOIA referral (one page, /Rotate 270, OCR'd by Tesseract on import): a quoted
phrase over two printed lines burns one box per line as the reader sees them. Its words' boxes
are stored in points of the unrotated page, where a printed line runs down the page; grouped
there, each word of "Mr. Jack Gillum on / behalf of the Associated" was burned as a line of its
own. Through the command line, as a person would: the quote's words are gone from the PDF and the
text export, the rest of their lines stays, the pixels under the two boxes are fill."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.cli import main
from app.core.exchange.pdf_plan import document_plan
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from tests.builders import SHARED_SCANS

SCAN = SHARED_SCANS / "usda-foia-referral-rotated.pdf"
# (quote, what stays before it on its first line and after it on its last, its words found
# nowhere else on the page)
QUOTES = (
    ("Mr. Jack Gillum on behalf of the Associated", "Service Center (FSC) from", "Press.",
     ("Gillum", "Associated")),
    ("four (4) pages of records originating", "the FSC identified", "within the Department",
     ("originating",)),
)  # fmt: skip

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _as_shown(rect: pymupdf.Rect, page: pymupdf.Page) -> pymupdf.Rect:
    return rect * page.rotation_matrix


def test_a_quote_over_two_lines_burns_a_box_per_line_as_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    r = ("--library", str(tmp_path / "lib"))
    run(capsys, *r, "import", "--ocr", "auto", str(SCAN))
    run(capsys, *r, "export", "--format", "text", "--document", SCAN.stem, "-o",
        str(tmp_path / "read.txt"))  # fmt: skip
    read = (tmp_path / "read.txt").read_text(encoding="utf-8")
    assert all(read.count(w) == 1 for *_, gone in QUOTES for w in gone)  # (the OCR read them)
    for quote, *_ in QUOTES:
        add = (*r, "annotate", "add", SCAN.stem, "--page", "1", "--kind", "redaction")
        made = json.loads(run(capsys, *add, "--quote", quote, "--codes", "b6", "--json"))
        assert "\n" in made["quote"]  # (over two printed lines)
    out = tmp_path / "published.pdf"
    report = json.loads(run(capsys, *r, "export", "--format", "pdf", "--document", SCAN.stem,
                            "--pending", "skip", "-o", str(out), "--json"))  # fmt: skip
    assert report["burned"] == 2 and report["verified"]

    with Library.open(tmp_path / "lib") as library, library.read_connection() as conn:
        [page] = document_plan(conn, DocumentId(1))
        burned = [redaction.boxes for redaction in page.burned]
    assert [len(found) for found in burned] == [2, 2], burned  # (unturned: a box per word)
    with pymupdf.open(out) as doc:
        shown = doc[0]
        assert shown.rotation == 270
        boxes = [[_as_shown(b, shown) for b in found] for found in burned]
        pix = shown.get_pixmap(dpi=100, colorspace=pymupdf.csGRAY)  # as the reader sees it
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
    for first, last in boxes:  # a box per printed line, one under the other, each a line high
        assert first.y1 <= last.y0 + 1 and max(first.height, last.height) < 20
        assert first.width > 40 and last.width > 40  # (not a box per word)
        for box in (first, last):
            x0, y0, x1, y1 = (round(v * 100 / 72) for v in (box.x0, box.y0, box.x1, box.y1))
            assert np.mean(grey[y0 + 1 : y1 - 1, x0 + 1 : x1 - 1] < 64) > 0.9  # fill, but label

    run(capsys, *r, "export", "--format", "text", "--document", SCAN.stem, "-o",
        str(tmp_path / "t.txt"))  # fmt: skip
    text = (tmp_path / "t.txt").read_text(encoding="utf-8")
    with pymupdf.open(out) as doc:
        said = " ".join(doc[0].get_text().split())
    for _, before, after, gone in QUOTES:
        for words in (said, " ".join(text.split())):
            assert before in words and after in words
            assert not any(w in words for w in gone)
