"""Banners re-read from the scan: read where the text layer missed them, struck ones proposed
as struck, and only where the text is poor or a level is expected."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.detection.bands import (
    _erase_strokes,
    _struck,
    needs_bands,
    read_page_bands,
    readable_share,
)
from app.core.detection.redactions import Box
from app.core.ocr.tesseract import tesseract_available
from tests.builders import make_banner_scan_pdf

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


@needs_tesseract
@pytest.mark.parametrize(("banner", "struck"), [("TOP SECRET", False), ("CONFIDENTIAL", True)])
def test_a_banner_the_text_layer_missed_is_read_from_the_scan(
    tmp_path: Path, banner: str, struck: bool
) -> None:
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner=banner, struck=struck)
    with pymupdf.open(pdf) as doc:
        page = doc[0]
        assert banner not in page.get_text()
        result = read_page_bands(page)
    levels = [m for m in result.markings if m.category == "classification"]
    assert [(m.value, m.struck) for m in levels] == [(banner, struck)] * 2  # top and bottom
    top, bottom = sorted(levels, key=lambda m: m.box.y0)
    assert 30 < top.box.y0 < top.box.y1 < 70 and 740 < bottom.box.y0 < bottom.box.y1 < 770
    assert 200 < top.box.x0 < top.box.x1 < 420  # the words' box, in points, centred


@needs_tesseract
def test_the_strike_check_of_text_layer_levels(tmp_path: Path) -> None:
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="SECRET", struck=True)
    with pymupdf.open(pdf) as doc:
        page = doc[0]
        width = pymupdf.get_text_length("SECRET", fontname="hebo", fontsize=22)
        x0 = (612 - width) / 2
        struck_box, plain = Box(x0, 42, x0 + width, 64), Box(72, 150, 300, 165)
        result = read_page_bands(page, bands=False, level_boxes=[struck_box, plain])
    assert result.struck == (True, False) and result.markings == ()


def test_struck_is_a_line_through_the_middle_not_letters_or_an_underline() -> None:
    img = np.full((40, 200), 255, dtype=np.uint8)
    for x in range(10, 190, 16):  # letters: stems with gaps between them
        img[8:32, x : x + 5] = 0
    assert not _struck(img, (0, 0, 200, 40))
    underlined = img.copy()
    underlined[36:38, :] = 0
    assert not _struck(underlined, (0, 0, 200, 40))
    slanted = img.copy()
    for x in range(200):  # a line through the middle, rising 8 degrees
        y = round(24 - np.tan(np.radians(8)) * (x - 100) * 0.5)
        slanted[y : y + 2, x] = 0
    assert _struck(slanted, (0, 0, 200, 40))


def test_erasing_a_strike_keeps_the_letters() -> None:
    img = np.full((120, 900), 255, dtype=np.uint8)
    for x in range(100, 800, 60):
        img[30:90, x : x + 12] = 0  # stems, thicker than a strike line
    img[58:62, 60:840] = 0  # the strike
    out = _erase_strokes(img, 300)
    assert (out[58:62, 70:95] == 255).all()  # the line between letters is gone
    assert (out[30:50, 100:112] == 0).all() and (out[70:90, 100:112] == 0).all()  # stems stay


def test_when_a_page_is_re_read() -> None:
    prose = "The Minister met the Ambassador in Vienna on Tuesday to discuss the treaty."
    garbled = "1°0P SE0RE'f ~~ ,_, .H.~'f T~~Iy 3 5E IL ~-~ ::;-"
    assert readable_share(prose) == 1.0 and readable_share(garbled) < 0.5
    assert needs_bands(garbled, has_level=True, expected=False)  # poor text: always
    assert needs_bands(prose, has_level=False, expected=True)  # a level expected, none found
    assert not needs_bands(prose, has_level=True, expected=True)
    assert not needs_bands(prose, has_level=False, expected=False)  # a letter, not a record
