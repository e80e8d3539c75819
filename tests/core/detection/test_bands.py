"""Banners re-read from the scan: read where the text layer missed them, struck ones proposed
as struck, and only where the text is poor or a level is expected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import pytest

from app.core.detection import band_images, bands
from app.core.detection.band_images import margins_with_text
from app.core.detection.band_splits import split_banners
from app.core.detection.bands import (
    BandMarking,
    BandResult,
    _without_fragments,
    needs_bands,
    read_cleanly,
    read_page_bands,
    readable_share,
)
from app.core.detection.redactions import Box
from app.core.documents.textlayer import RawWord
from app.core.ocr import tesseract, tesseract_api
from app.core.ocr.tesseract import tesseract_available
from tests.builders import PROSE, make_banner_scan_pdf

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


@pytest.fixture
def heights(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The height of each image the band reading sends to OCR, in order."""
    sent: list[int] = []
    ocr = bands._ocr

    def counted(image: np.ndarray, exe: str | None) -> list[RawWord]:
        sent.append(image.shape[0])
        return ocr(image, exe)

    monkeypatch.setattr(bands, "_ocr", counted)
    return sent


@needs_tesseract
@pytest.mark.parametrize("reader", ["library", "command"])
@pytest.mark.parametrize(("banner", "struck"), [("TOP SECRET", False), ("CONFIDENTIAL", True)])
def test_a_banner_the_text_layer_missed_is_read_from_the_scan(
    tmp_path: Path, banner: str, struck: bool, reader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if reader == "command":  # no library of Tesseract's to load: the command reads the bands
        monkeypatch.setattr(bands, "engine_for", lambda *_, **__: None)
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


def test_when_a_page_is_re_read() -> None:
    prose = "The Minister met the Ambassador in Vienna on Tuesday to discuss the treaty."
    garbled = "1°0P SE0RE'f ~~ ,_, .H.~'f T~~Iy 3 5E IL ~-~ ::;-"
    assert readable_share(prose) == 1.0 and readable_share(garbled) < 0.5
    assert needs_bands(garbled, has_level=True, expected=False)  # poor text: always
    assert needs_bands(prose, has_level=False, expected=True)  # a level expected, none found
    assert not needs_bands(prose, has_level=True, expected=True)
    assert not needs_bands(prose, has_level=False, expected=False)  # a letter, not a record


def _line(*words: tuple[str, float, float], band: int = 0) -> list[tuple[int, int, RawWord]]:
    """Words of a band OCR line (text, x0, x1; 80 px high) with their spans in a joined text."""
    out, at = [], 0
    for text, x0, x1 in words:
        out.append((at, at + len(text), RawWord(text, x0, 700, x1, 780, block=1000 * band)))
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    "words",
    [
        [("TOP.", 780, 976), ("RET", 1218, 1399)],  # "SEC" lost under the strike line
        [("TOP", 780, 976), ("ET", 1280, 1399)],
        [("TO", 780, 900), ("SECRET", 1010, 1399)],  # the P lost
        [("LOP", 780, 976), ("SECRET", 1030, 1399)],  # T read as its look-alike L
    ],
)
def test_a_banner_split_by_its_strike_line_is_read_whole(
    words: list[tuple[str, float, float]],
) -> None:
    found = split_banners(_line(*words))
    assert [(d.value, i, j) for d, i, j in found] == [("TOP SECRET", 0, 1)]


@pytest.mark.parametrize(
    ("words", "band"),
    [
        ([("TOP.", 780, 976), ("RET", 1900, 2080)], 0),  # far more room than the letters lost
        ([("to", 780, 900), ("SECRET", 1010, 1399)], 0),  # prose
        ([("TOP", 780, 976), ("ET", 1280, 1399)], None),  # in two bands
        ([("RET", 780, 976), ("TOP", 1218, 1399)], 0),  # the wrong way round
        ([("T", 780, 830), ("ET", 900, 1000)], 0),  # too little of the phrase
    ],
)
def test_what_is_not_a_split_banner(
    words: list[tuple[str, float, float]], band: int | None
) -> None:
    line = _line(*words)
    if band is None:  # the second word in the next band
        s, e, w = line[1]
        line[1] = (s, e, RawWord(w.text, w.x0, w.y0, w.x1, w.y1, block=1000))
    assert split_banners(line) == []


def test_a_garbled_tail_of_a_level_read_on_the_page_is_not_a_level_of_its_own() -> None:
    box = Box(0, 0, 10, 10)
    top = BandMarking("classification", "TOP SECRET", "TOP SECRET", 0.9, "r", box)
    tail = BandMarking("classification", "SECRET", "SECRE", 0.7, "r", box)
    printed = BandMarking("classification", "SECRET", "SECRET", 0.9, "r", box)
    assert _without_fragments([top, tail]) == [top]
    assert _without_fragments([top, printed]) == [top, printed]  # a page may carry both
    assert _without_fragments([tail]) == [tail]


def test_a_line_the_bands_read_cleanly_is_not_read_again() -> None:
    line = Box(200, 14, 420, 23)
    words = [Box(205, 13, 260, 24), Box(265, 13, 330, 24), Box(335, 13, 400, 24)]  # 84 %
    assert read_cleanly(line, words)
    assert not read_cleanly(line, words[:1])  # a quarter of it: the rest may be a banner
    assert not read_cleanly(line, [Box(w.x0, w.y0 + 20, w.x1, w.y1 + 20) for w in words])


@needs_tesseract
def test_a_band_whose_every_line_was_read_cleanly_is_not_read_again(heights: list[int]) -> None:

    def read(top: str) -> BandResult:
        heights.clear()
        with pymupdf.open() as doc:
            page = doc.new_page(width=612, height=792)
            page.insert_text((72, 40), top, fontname="cour", fontsize=14)
            page.insert_text((72, 760), PROSE[:60], fontname="tiro", fontsize=12)
            return read_page_bands(page)

    # prose top and bottom, no level: read once, not again erased or thickened
    assert read(PROSE[:60]).markings == () and len(heights) == 1
    # a line of marks no word can be read from: its band alone is read again, then the line
    read("#%@ &*~ %#@ ~&* @%# ~~")
    band = round(0.15 * 792 * bands.DPI / 72) + band_images.GAP
    assert len(heights) == 3 and abs(heights[1] - band) <= 3


def _stamp(page: pymupdf.Page) -> None:
    """A SECRET stamp up the left margin, as a reviewer stamps a page along its edge."""
    page.insert_text((34, 500), "SECRET", fontname="hebo", fontsize=16, rotate=90)


def _scan_edges(page: pymupdf.Page) -> None:
    """What a scan leaves in margins with no text: its dark edge, a grey shadow, specks; and a
    page of prose between them."""
    page.draw_rect(pymupdf.Rect(600, 0, 612, 792), color=None, fill=(0, 0, 0))
    page.draw_rect(pymupdf.Rect(0, 0, 6, 792), color=None, fill=(0.3, 0.3, 0.3))
    for y in (200, 330, 470):
        page.draw_circle((20, y), 1.2, color=None, fill=(0, 0, 0))
    for k in range(30):
        page.insert_text((72, 150 + 14 * k), PROSE, fontname="tiro", fontsize=11)


def _margins(*draws: Callable[[pymupdf.Page], None]) -> tuple[bool, bool]:
    with pymupdf.open() as doc:
        page = doc.new_page(width=612, height=792)
        for draw in draws:
            draw(page)
        return margins_with_text(band_images.coarse_ink(page.get_displaylist(), page))


def test_a_margin_is_read_only_where_it_holds_a_line_of_text() -> None:
    def up_right(page: pymupdf.Page) -> None:  # a stamp read from the top down, on the right
        page.insert_text((578, 250), "RELEASE IN PART", fontname="helv", fontsize=10, rotate=-90)

    def across(page: pymupdf.Page) -> None:  # a code written across: OCR reads none sideways
        page.insert_text((576, 400), "25X1", fontname="cour", fontsize=10)

    assert _margins(_scan_edges) == (False, False)
    assert _margins(_scan_edges, _stamp) == (True, False)
    assert _margins(_scan_edges, up_right) == (False, True)
    assert _margins(_scan_edges, across) == (False, False)


@needs_tesseract
def test_a_stamp_up_the_margin_is_read_and_an_empty_margin_is_not_sent_to_ocr(
    heights: list[int],
) -> None:
    with pymupdf.open() as doc:
        page = doc.new_page(width=612, height=792)
        _scan_edges(page)
        _stamp(page)
        result = read_page_bands(page)
    levels = [m for m in result.markings if m.category == "classification"]
    assert [m.value for m in levels] == ["SECRET"]
    assert levels[0].box.x1 < 0.07 * 612 and 380 < levels[0].box.y0 < 500  # up the margin
    # the top and bottom bands and the left margin turned (its width: the stack's rows)
    dpi = bands.DPI / 72
    expected = sum(round(v * dpi) + band_images.GAP for v in (0.15 * 792, 0.12 * 792, 0.07 * 612))
    assert abs(heights[0] - expected) <= 3


@needs_tesseract
def test_the_bands_are_read_without_inverted_second_readings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No banner is printed white on black: the band reading, by Tesseract's library and by its
    command alike, does not read unsure words a second time inverted (a tenth of its time)."""
    assert ("tessedit_do_invert", "0") in bands.VARIABLES
    asked: list[object] = []

    def library(*args: object, **kwargs: object) -> object:
        asked.append(("library", kwargs.get("variables")))
        return tesseract_api.engine_for(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bands, "engine_for", library)
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="SECRET", struck=False)
    with pymupdf.open(pdf) as doc:
        read_page_bands(doc[0])

        def command(*args: object, **kwargs: object) -> str:
            asked.append(("command", kwargs.get("variables")))
            return tesseract.run_tesseract(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(bands, "engine_for", lambda *_, **__: None)
        monkeypatch.setattr(bands, "run_tesseract", command)
        read_page_bands(doc[0])
    assert set(asked) == {("library", bands.VARIABLES), ("command", bands.VARIABLES)}


@needs_tesseract
def test_a_page_too_big_to_render_whole_has_its_bands_rendered_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page over MAX_PIXELS at 300 dpi (a poster) is not rendered whole for its bands: each
    area is rendered alone, and the banner is read as on a page rendered whole."""
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="TOP SECRET", struck=False)
    sharp: list[pymupdf.Rect] = []  # the areas rendered at the bands' resolution
    real = band_images.render

    def render(shown: Any, clip: pymupdf.Rect, zoom: float) -> Any:
        if zoom == bands.DPI / 72.0:
            sharp.append(pymupdf.Rect(clip))
        return real(shown, clip, zoom)

    monkeypatch.setattr(band_images, "render", render)
    found = {}
    for limit in (band_images.MAX_PIXELS, 1_000_000):
        monkeypatch.setattr(band_images, "MAX_PIXELS", limit)
        sharp.clear()
        with pymupdf.open(pdf) as doc:
            page = doc[0]
            result = read_page_bands(page)
            whole = [a for a in sharp if a == page.rect]
        found[limit] = sorted((m.value, round(m.box.y0)) for m in result.markings)
        if limit == 1_000_000:
            assert not whole and len(sharp) >= 2  # the top and the bottom band at least
        else:
            assert len(whole) == len(sharp) == 1
        assert [v for v, _ in found[limit]] == ["TOP SECRET"] * 2
    assert found[1_000_000] == found[band_images.MAX_PIXELS]
