"""Strike lines: a line through the middle of words or across part of them strikes them, an
underline, a rule or a letter's own stroke does not; erasing a strike keeps the letters."""

from __future__ import annotations

import numpy as np

from app.core.detection.band_strokes import (
    erase_strokes,
    long_runs,
    run_lengths,
    shear,
    struck_through,
)


def test_struck_is_a_line_through_the_middle_not_letters_or_an_underline() -> None:
    img = np.full((40, 200), 255, dtype=np.uint8)
    for x in range(10, 190, 16):  # letters: stems with gaps between them
        img[8:32, x : x + 5] = 0
    assert not struck_through(img, (0, 0, 200, 40))
    underlined = img.copy()
    underlined[36:38, :] = 0
    assert not struck_through(underlined, (0, 0, 200, 40))
    slanted = img.copy()
    for x in range(200):  # a line through the middle, rising 8 degrees
        y = round(24 - np.tan(np.radians(8)) * (x - 100) * 0.5)
        slanted[y : y + 2, x] = 0
    assert struck_through(slanted, (0, 0, 200, 40))


def _letters(height: int = 90, count: int = 10) -> np.ndarray:
    """A banner's letters at 300 dpi: stems and bars with gaps, paper above and below."""
    img = np.full((3 * height, 160 * count), 255, dtype=np.uint8)
    for k in range(count):
        x = 40 + 150 * k
        img[height : 2 * height, x : x + 16] = 0  # a stem
        img[height : height + 12, x : x + 90] = 0  # a top bar
        img[2 * height - 12 : 2 * height, x : x + 90] = 0  # a foot
    return img


def _stroke(img: np.ndarray, x0: int, y0: int, x1: int, y1: int, width: int = 5) -> None:
    for x in range(x0, x1):
        y = round(y0 + (y1 - y0) * (x - x0) / (x1 - x0))
        img[y - width // 2 : y + width - width // 2, x] = 0


def test_a_line_crossing_part_of_a_banner_strikes_it() -> None:
    """A reviewer's one slanted stroke through a word or two of the banner (the stroke that
    splits it for OCR) strikes it; the letters alone, an underline, a rule above, a letter's own
    short diagonal do not."""
    img = _letters()
    box = (40.0, 90.0, 1480.0, 180.0)  # the words' box: the letters' height
    assert not struck_through(img, box)
    crossed = img.copy()
    _stroke(crossed, 500, 240, 900, 20)  # 29 degrees, through the middle of letters 4 to 6
    assert struck_through(crossed, box)
    steep = img.copy()
    _stroke(steep, 600, 260, 760, 10)  # 57 degrees: a mark, not a strike
    assert not struck_through(steep, box)
    underlined = img.copy()
    _stroke(underlined, 40, 195, 1480, 195)
    _stroke(underlined, 40, 80, 1480, 80)  # a rule above
    assert not struck_through(underlined, box)
    diagonal = img.copy()
    _stroke(diagonal, 400, 180, 470, 90, width=14)  # a Z's or an N's stroke: short and thick
    assert not struck_through(diagonal, box)


def test_erasing_a_strike_keeps_the_letters() -> None:
    img = np.full((120, 900), 255, dtype=np.uint8)
    for x in range(100, 800, 60):
        img[30:90, x : x + 12] = 0  # stems, thicker than a strike line
    img[58:62, 60:840] = 0  # the strike
    out = erase_strokes(img, 300)
    assert (out[58:62, 70:95] == 255).all()  # the line between letters is gone
    assert (out[30:50, 100:112] == 0).all() and (out[70:90, 100:112] == 0).all()  # stems stay


def test_a_slanted_strike_is_erased_and_a_sliver_of_a_page_left_as_it_is() -> None:
    img = np.full((160, 900), 255, dtype=np.uint8)
    for x in range(100, 800, 60):
        img[30:130, x : x + 12] = 0
    for x in range(60, 840):  # a strike rising 1 in 10 (under 6 degrees), 4 px thick
        y = 110 - (x - 60) // 10
        img[y : y + 4, x] = 0
    out = erase_strokes(img, 300)
    assert (out[100:114, 70:95] == 255).all()  # gone where it crosses paper, at its slant
    assert (out[30:50, 100:112] == 0).all()  # the stems stay
    for sliver in (np.zeros((1, 1), np.uint8), np.zeros((1, 900), np.uint8)):
        assert (erase_strokes(sliver, 300) == sliver).all()


def test_a_shear_moves_each_column_by_its_shift() -> None:
    rng = np.random.default_rng(5)
    dark = rng.random((40, 300)) < 0.3
    for degrees in (-15.0, -3.0, 0.0, 9.0, 15.0):
        xs = np.arange(dark.shape[1])
        shift = np.round(np.tan(np.radians(degrees)) * (xs - 150)).astype(int)
        pad = int(np.abs(shift).max()) + 1
        expected = np.zeros_like(dark)  # out[y, x] = dark[y + shift[x], x], paper outside
        for x in range(dark.shape[1]):
            for y in range(dark.shape[0]):
                if 0 <= y + shift[x] < dark.shape[0]:
                    expected[y, x] = dark[y + shift[x], x]
        assert (shear(dark, shift, pad) == expected).all(), degrees


def test_long_runs_are_the_runs_at_least_that_long() -> None:
    """The strike eraser's quick test for long runs agrees with the run lengths, pixel for
    pixel, on random rows (runs at both edges, single pixels, rows without ink)."""
    rng = np.random.default_rng(7)
    for density in (0.05, 0.5, 0.9, 0.99):
        mask = rng.random((40, 300)) < density
        mask[0] = False
        mask[1] = True
        for least in (1, 2, 5, 30, 300, 301):
            assert (long_runs(mask, least) == (run_lengths(mask) >= least)).all()
