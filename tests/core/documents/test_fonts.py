"""Sharing a PDF's identical fonts between its pages: fewer fonts loaded, the same words read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf

from app.core.documents.fonts import FontSharing

CHARPROC = b"1000 0 d0 0 0 1000 1000 re f"


def _font(doc: pymupdf.Document, source: str) -> int:
    xref = doc.get_new_xref()
    doc.update_object(xref, source)
    return xref


def _fonts_per_page(path: Path, pages: int) -> Path:
    """``pages`` pages of text, each with Helvetica and Times-Roman in objects of its own (as
    scanners write them), the last page's Helvetica with another encoding, and a Type 3 font
    (its glyph drawn by the same procedure) on every page."""
    doc = pymupdf.open()
    charproc = _font(doc, "<<>>")
    doc.update_stream(charproc, CHARPROC)
    for i in range(pages):
        page = doc.new_page()
        page.insert_text((72, 72), f"Page {i} SECRET memorandum", fontname="helv")
        page.insert_text((72, 100), f"Times line {i} of the page", fontname="tiro")
        encoding = "MacRomanEncoding" if i == pages - 1 else "WinAnsiEncoding"
        helv = _font(doc, f"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/{encoding}>>")
        tiro = _font(
            doc, "<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding/WinAnsiEncoding>>"
        )
        type3 = _font(
            doc,
            "<</Type/Font/Subtype/Type3/FontBBox[0 0 1000 1000]/FontMatrix[.001 0 0 .001 0 0]"
            "/FirstChar 65/LastChar 65/Widths[1000]/Encoding<</Differences[65/a]>>"
            f"/CharProcs<</a {charproc} 0 R>>>>",
        )
        kind, value = doc.xref_get_key(page.xref, "Resources")
        where, key = (
            (int(value.split()[0]), "Font") if kind == "xref" else (page.xref, "Resources/Font")
        )
        doc.xref_set_key(where, key, f"<</helv {helv} 0 R/tiro {tiro} 0 R/T3 {type3} 0 R>>")
    doc.save(path)
    doc.close()
    return path


def _read(path: Path, sharing: bool) -> tuple[list[list[Any]], list[dict[str, int]]]:
    """Every page's words, and the object number of each of its fonts by resource name."""
    with pymupdf.open(path) as doc:
        fonts = FontSharing(doc) if sharing else None
        words, objects = [], []
        for i in range(doc.page_count):
            if fonts is not None:
                fonts.share(i)
            words.append(doc[i].get_text("words"))
            objects.append({f[4]: f[0] for f in doc.get_page_fonts(i)})
    return words, objects


def test_the_pages_identical_fonts_become_one_object(tmp_path: Path) -> None:
    pdf = _fonts_per_page(tmp_path / "fonts.pdf", 4)
    _, before = _read(pdf, sharing=False)
    assert len({page["helv"] for page in before}) == 4  # each page its own
    _, after = _read(pdf, sharing=True)
    first = after[0]
    assert [page["tiro"] for page in after] == [first["tiro"]] * 4
    assert [page["helv"] for page in after[:3]] == [first["helv"]] * 3
    assert after[3]["helv"] == before[3]["helv"]  # another encoding: not the same font
    assert [page["T3"] for page in after] == [page["T3"] for page in before]  # Type 3: left


def test_shared_fonts_read_the_same_words_and_leave_the_file_alone(tmp_path: Path) -> None:
    pdf = _fonts_per_page(tmp_path / "fonts.pdf", 4)
    data = pdf.read_bytes()
    plain, _ = _read(pdf, sharing=False)
    shared, _ = _read(pdf, sharing=True)
    assert shared == plain and sum(map(len, plain)) == 4 * 10
    assert pdf.read_bytes() == data


def test_pages_that_cannot_be_looked_up_are_left_as_they_are(tmp_path: Path) -> None:
    pdf = _fonts_per_page(tmp_path / "fonts.pdf", 2)
    with pymupdf.open(pdf) as doc:
        fonts = FontSharing(doc)
        assert fonts.share(0) == 0 and fonts.share(1) == 1
        assert fonts.share(7) == 0  # no such page: nothing done, nothing raised
    with pymupdf.open() as image_like:
        image_like.new_page()
        assert FontSharing(image_like).share(0) == 0
