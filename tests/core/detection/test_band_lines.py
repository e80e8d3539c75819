"""The line finder: a banner and a stamp are lines; prose, rules, boxes are not; a banner touching
the line printed over it, or struck into a box beside it, is a line of its own."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pymupdf

from app.core.detection.band_lines import Line, find_lines
from tests.builders import PROSE


def _zone_ink(draw: Callable[[pymupdf.Page], None], dpi: int = 50) -> np.ndarray:
    """The top 30 % of a drawn letter page at ``dpi``, True where inked (as the finder sees it)."""
    with pymupdf.open() as doc:
        page = doc.new_page(width=612, height=792)
        draw(page)
        clip = pymupdf.Rect(0, 0, 612, 0.3 * 792)
        pix = page.get_pixmap(dpi=dpi, clip=clip, colorspace=pymupdf.csGRAY)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)
    return np.asarray(gray[:, : pix.width] < 170)


def _rows(lines: list[Line], dpi: int = 50) -> list[tuple[float, float]]:
    """Each line's top and bottom in points, top to bottom."""
    return sorted((ln.y0 * 72 / dpi, ln.y1 * 72 / dpi) for ln in lines)


def test_the_line_finder_finds_a_banner_and_a_stamp_not_prose_rules_or_boxes() -> None:
    def draw(page: pymupdf.Page) -> None:
        width = pymupdf.get_text_length("SECRET", fontname="hebo", fontsize=20)
        page.insert_text(((612 - width) / 2, 40), "SECRET", fontname="hebo", fontsize=20)
        page.insert_text((430, 80), "CONFIDENTIAL", fontname="cour", fontsize=11)  # a stamp
        page.draw_line((72, 100), (540, 100), width=1.5)  # a rule
        page.draw_rect(pymupdf.Rect(300, 108, 480, 120), color=None, fill=(0, 0, 0))  # a box
        for k in range(5):  # a paragraph
            page.insert_text((72, 140 + 14 * k), PROSE, fontname="tiro", fontsize=11)

    rows = _rows(find_lines(_zone_ink(draw), 50))
    assert len(rows) == 2, rows
    (a0, a1), (b0, b1) = rows
    assert a0 <= 26 and a1 >= 38  # the banner (20 pt capitals standing on y 40)
    assert 70 <= b0 <= 75 and 78 <= b1 <= 84  # the stamp (11 pt capitals standing on y 80)


def test_a_banner_touching_the_line_printed_over_it_is_a_line_of_its_own() -> None:
    """The reading room's release line printed over the foot of a banner: two lines, so the
    banner can be read alone."""

    def draw(page: pymupdf.Page) -> None:
        width = pymupdf.get_text_length("SECRET", fontname="tibo", fontsize=22)
        page.insert_text(((612 - width) / 2, 60), "SECRET", fontname="tibo", fontsize=22)
        release = "Approved for Release: 2019/10/21 C02989474"
        width = pymupdf.get_text_length(release, fontname="helv", fontsize=12)
        page.insert_text(((612 - width) / 2, 66), release, fontname="helv", fontsize=12)

    rows = _rows(find_lines(_zone_ink(draw), 50))
    assert len(rows) == 2, rows
    (a0, a1), (_, b1) = rows
    assert a0 <= 46 and a1 <= 60 < b1  # the banner above, the release line below


def test_a_struck_banner_whose_line_runs_into_a_box_beside_it_is_a_line() -> None:
    """A strike line that runs on past the banner into a redaction box's outline joins them
    into one piece of ink too tall for a line: rules and long lines are left out first."""

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((230, 60), "TOP SECRET", fontname="tibo", fontsize=22)
        page.draw_rect(pymupdf.Rect(380, 30, 470, 100), width=1)  # the box's outline
        page.draw_line((220, 58), (390, 40), width=1.5)  # the strike, into the box

    rows = _rows(find_lines(_zone_ink(draw), 50))
    assert len(rows) == 1, rows
    assert rows[0][0] <= 46 and 58 <= rows[0][1] <= 66
