"""The text check of a burned region: no character either reader extracts lies inside it but
the printed exemption codes: no letter under it as PyMuPDF bounds its glyph's ink (the rule the
burn takes words out by: :mod:`app.core.exchange.pdf_glyphs`), no word's core (its box less a
little of its height each way: :func:`_core`) as poppler boxes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pymupdf

from app.core.exchange.pdf_expected import EDGE, LeakFound, Region
from app.core.exchange.pdf_glyphs import GRAZE, glyph_boxes, under_any
from app.core.wording import Message, translate


def _is_label(text: str, box: pymupdf.Rect, regions: Sequence[Region], slack: float) -> bool:
    """A word or character of the printed codes of one of the page's regions, where they are
    (boxes may overlap, so one region's codes may lie inside another)."""
    for region in regions:
        r = region.label_rect
        if not region.label or r is None:
            continue
        room = pymupdf.Rect(r.x0 - slack, r.y0 - slack, r.x1 + slack, r.y1 + slack)
        if room.contains(box) and all(ch in region.label for ch in text):
            return True
    return False


def _boxes_inside(boxes: np.ndarray, region: pymupdf.Rect) -> np.ndarray:
    """Which of ``boxes`` (n x 4: x0, y0, x1, y1) reach into ``region`` (by more than
    :data:`~app.core.exchange.pdf_expected.EDGE`; vectorised: a page may hold tens of thousands
    of characters)."""
    if not len(boxes):
        return np.zeros(0, dtype=bool)
    return (
        (boxes[:, 0] < region.x1 - EDGE)
        & (boxes[:, 2] > region.x0 + EDGE)
        & (boxes[:, 1] < region.y1 - EDGE)
        & (boxes[:, 3] > region.y0 + EDGE)
    )


Found = Sequence[tuple[str, tuple[float, float, float, float]]]  # (text, x0, y0, x1, y1)


def _check_boxes(
    found: Found,
    regions: Sequence[Region],
    slack: float,
    found_inside: Message,
    inside: Callable[[np.ndarray, pymupdf.Rect], np.ndarray] = _boxes_inside,
) -> None:
    """No extracted character or word ``inside`` a region but the page's printed codes
    (``found_inside``: the finding, with the region's ``{where}`` and the ``{text}``)."""
    boxes = np.array([box for _, box in found], dtype=np.float64).reshape(-1, 4)
    for region in regions:
        for i in np.flatnonzero(inside(boxes, region.rect)).tolist():
            text, box = found[i]
            if not _is_label(text, pymupdf.Rect(box), regions, slack):
                raise LeakFound(found_inside.format(where=region.where(), text=text))


def check_mupdf_text(page: pymupdf.Page, regions: Sequence[Region]) -> None:
    glyphs = glyph_boxes(page)
    chars = list(zip(glyphs.text, map(tuple, glyphs.judged.tolist()), strict=True))
    leak = translate("Redline", "{where}: PyMuPDF still extracts the character {text!r} inside it")
    _check_boxes(chars, regions, 1.0, leak, under_any)


def check_poppler_text(
    words: Sequence[tuple[pymupdf.Rect, str]], derotate: pymupdf.Matrix, regions: Sequence[Region]
) -> None:
    found = []
    for shown, text in words:
        box = shown * derotate
        found.append((text, _core(box)))
    leak = translate("Redline", "{where}: poppler still extracts {text!r} inside it")
    _check_boxes(found, regions, 2.5, leak)


def _core(box: pymupdf.Rect) -> tuple[float, float, float, float]:
    """A word's box less :data:`~app.core.exchange.pdf_glyphs.GRAZE` of its line's height above,
    below and at its ends (never past its middle): where its letters' ink lies, whichever letters
    they are. poppler boxes a word by its font's ascent and descent, which on lines set close
    reach into the lines above and below (1.1 points of 15 on lines set 11 on 14 points) where no
    letter of it is; MuPDF's check sees each letter's ink."""
    trim = GRAZE * min(box.height, box.width)  # (a word printed sideways: its line runs down)
    dx, dy = min(trim, box.width / 2), min(trim, box.height / 2)
    return (box.x0 + dx, box.y0 + dy, box.x1 - dx, box.y1 - dy)
