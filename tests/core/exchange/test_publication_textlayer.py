"""The invisible text layer keeps every character: Polish, Russian, Greek, typographic quotes and
dashes, characters beyond the Basic Multilingual Plane, and a generated memo's whole text come back
from PyMuPDF and from pdftotext exactly, word by word, each on its word's line box (its box less
the strip it shares with the line above, app.core.documents.word_lines)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pymupdf
import pytest

from app.core.changelog import utcnow
from app.core.documents.textlayer import RawWord, insert_text_layer, load_words, set_active_layer
from app.core.documents.word_lines import line_boxes
from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import export_pdf
from app.core.exchange.pdf_font import font_program
from app.core.exchange.pdf_poppler import parse_bbox_html
from app.core.ids import DocumentId
from app.core.library import Library
from app.samples.generator import generate_memo_pdf
from tests.builders import make_image_only_pdf
from tests.core.exchange.helpers import add_annotation, new_library, page_info

UNICODE = "Łódź Привет “quote” — café ΑΒΓ"
OCR = 'Lodz Privet "quote" - cafe ABG'  # what an English OCR made of it
Word = tuple[str, tuple[float, float, float, float]]


def _mupdf_words(path: Path, page: int = 0) -> list[Word]:
    with pymupdf.open(path) as doc:
        return [(w[4], (w[0], w[1], w[2], w[3])) for w in doc[page].get_text("words")]


def _poppler_words(path: Path, page: int = 0) -> list[Word]:
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [(text, (b.x0, b.y0, b.x1, b.y1)) for b, text in parse_bbox_html(html)[page]]


def _same(found: list[Word], expected: list[Word], tol: float = 0.05) -> None:
    """The same words in the same order, each box within ``tol`` points of the expected one."""
    assert [w for w, _ in found] == [w for w, _ in expected]
    for (word, got), (_, want) in zip(found, expected, strict=True):
        assert all(abs(a - b) <= tol for a, b in zip(got, want, strict=True)), (word, got, want)


def _same_by_box(found: list[Word], expected: list[Word], tol: float = 0.05) -> None:
    """The same words, each found on its expected box (readers order words their own way)."""
    assert len(found) == len(expected)
    for word, want in expected:
        on_box = [
            w for w, got in found if all(abs(a - b) <= tol for a, b in zip(got, want, strict=True))
        ]
        assert on_box == [word], (word, want, on_box)


def _scan_with_ocr_words(tmp_path: Path, words: list[RawWord]) -> tuple[Library, DocumentId]:
    lib, doc_id = new_library(tmp_path / "lib", make_image_only_pdf(tmp_path / "scan.pdf"))
    page_id, _, _ = page_info(lib, doc_id, 0)
    with lib.transaction() as s:
        conn = s.connection()
        layer, text = insert_text_layer(conn, page_id, words, source="tesseract",
                                        created_at=utcnow(), engine="tesseract")  # fmt: skip
        set_active_layer(conn, page_id, layer, text)
    return lib, doc_id


def test_every_character_comes_back_on_its_words_box(tmp_path: Path) -> None:
    boxes = [(72.0 + 80 * i, 100.0 + 3 * (i % 2), 140.0 + 80 * i, 114.0 + 3 * (i % 2))
             for i in range(6)]  # fmt: skip
    ocr = [
        RawWord(w, *box, line=0, word=i)
        for i, (w, box) in enumerate(zip(OCR.split(), boxes, strict=True))
    ]
    astral = RawWord("𝔘nicode😀", 72, 140, 160, 154, line=1)
    lib, doc_id = _scan_with_ocr_words(tmp_path, [*ocr, astral])
    for wrong, right in zip(OCR.split(), UNICODE.split(), strict=True):
        add_annotation(lib, doc_id, 0, "correction", word=wrong, body={"replacement": right})
    out = tmp_path / "pub.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]))
    expected = [(w, b) for w, b in zip(UNICODE.split(), boxes, strict=True)]
    expected.append(("𝔘nicode😀", (72.0, 140.0, 160.0, 154.0)))
    _same(_mupdf_words(out), expected)
    _same(_poppler_words(out), expected)
    plain = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert UNICODE in plain  # and as one line of plain text
    lib.close()


def test_the_seed_memos_text_round_trips(tmp_path: Path) -> None:
    memo = generate_memo_pdf(tmp_path / "memo.pdf", pages=1, seed=11, text_layer="clean")
    lib, doc_id = new_library(tmp_path / "lib", memo.path)
    _, layer_id, text = page_info(lib, doc_id, 0)
    assert layer_id is not None and text.strip()
    with lib.reading() as s:
        stored = load_words(s.connection(), layer_id)
    lines = line_boxes([w.box for w in stored])  # written on line boxes (word_lines)
    expected: list[Word] = [
        (w.text, b) for w, b in zip(stored, lines, strict=True) if b is not None
    ]
    assert len(expected) > 100 and "".join(w for w, _ in expected) == "".join(text.split())
    out = tmp_path / "pub.pdf"
    export_pdf(lib, out, ExportScope(documents=[doc_id]))
    _same_by_box(_mupdf_words(out), expected)
    _same_by_box(_poppler_words(out), expected)
    lib.close()


def test_the_font_is_an_embedded_unicode_cid_font(tmp_path: Path) -> None:
    font = pymupdf.Font(fontbuffer=font_program())  # FreeType reads the program
    assert font.name == "GlyphLessFont" and font.glyph_count == 2
    assert font.ascender == pytest.approx(0.8) and font.descender == pytest.approx(-0.2)
    lib, doc_id = _scan_with_ocr_words(tmp_path, [RawWord("Привет", 72, 100, 130, 114)])
    export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]))
    listing = subprocess.run(
        ["pdffonts", str(tmp_path / "pub.pdf")], capture_output=True, text=True, check=True
    ).stdout
    line = next(row for row in listing.splitlines() if row.startswith("GlyphLessFont"))
    assert (
        "CID TrueType" in line
        and "Identity-H" in line
        and line.split()[-5:-2]
        == [
            "yes",
            "no",
            "yes",
        ]
    )  # embedded, not a subset, with a ToUnicode map
    lib.close()
