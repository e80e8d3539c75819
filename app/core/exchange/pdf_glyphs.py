"""Where a PDF page's characters lie, as the burn and its check must both judge them: by their
glyphs' ink where a glyph has an outline, else by their font's box.

A letter's font box (its font's ascent to descent) is taller than its ink: on lines set 11 on 14
points it reaches 1.1 points into the line above. Judged by those boxes, the words of the next
line under a redacted quote's region were taken out of a publication whole, although no letter
of theirs lay under it, and the check counted them as left inside it. A glyph without an
outline, as in the invisible text layer of an OCRed scan, has no ink: MuPDF's outline boxes leave
such characters out altogether (a text layer of blank glyphs, as Tesseract and Redline write
them, extracts nothing), so each character the plain extraction finds keeps its font's box
unless an outline box of the same character at the same origin, lying in its font box, is found:
no character is ever missed for want of ink.

(MuPDF's redaction itself takes a letter when a region covers about a tenth of its font box's
width or height; the burn takes out whole every word it takes a letter of.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pymupdf

INK_BOXES: int = getattr(pymupdf, "TEXT_ACCURATE_BBOXES", 512)
# Characters as MuPDF extracts them for these purposes: ligatures kept as one character, no
# images; without the mediabox clip, so the outline extraction's count cannot differ from the
# plain one's for a character outside it (whitespace is skipped as it is read).
FLAGS = (pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_IMAGES) & ~pymupdf.TEXT_MEDIABOX_CLIP


@dataclass(frozen=True)
class Glyphs:
    """The page's characters (whitespace aside): each one's text, its box as judged (its ink's
    where its glyph has an outline, else its font's) and its font's box, n x 4 (x0, y0, x1, y1:
    points of the page as MuPDF reads it)."""

    text: list[str]
    judged: np.ndarray
    font: np.ndarray


Found = list[tuple[str, tuple[float, float], tuple[float, float, float, float]]]


def _chars(page: pymupdf.Page, flags: int) -> Found:
    return [
        (ch["c"], (round(ch["origin"][0], 2), round(ch["origin"][1], 2)), ch["bbox"])
        for block in page.get_text("rawdict", flags=flags)["blocks"]
        for line in block.get("lines", ())
        for span in line["spans"]
        for ch in span["chars"]
        if not ch["c"].isspace()
    ]


def glyph_boxes(page: pymupdf.Page) -> Glyphs:
    """The page's characters with their boxes (:class:`Glyphs`)."""
    ink: dict[tuple[str, tuple[float, float]], list[tuple[float, float, float, float]]] = {}
    for c, origin, (x0, y0, x1, y1) in _chars(page, FLAGS | INK_BOXES):
        if x1 > x0 and y1 > y0:
            ink.setdefault((c, origin), []).append((x0, y0, x1, y1))
    plain = _chars(page, FLAGS)
    judged = []
    for c, origin, box in plain:
        own = [b for b in ink.get((c, origin), ()) if _within(b, box)]
        # (two characters printed on one spot: the outline that fills this one's box most)
        best = max(own, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])) if own else None
        if best is not None:
            ink[(c, origin)].remove(best)
        judged.append(best if best is not None else box)
    return Glyphs(
        [c for c, _, _ in plain],
        np.array(judged, dtype=np.float64).reshape(-1, 4),
        np.array([box for _, _, box in plain], dtype=np.float64).reshape(-1, 4),
    )


def _within(ink: tuple[float, ...], font: tuple[float, ...], slack: float = 0.25) -> bool:
    """Whether an outline's box lies in a font box, but for a quarter of its height each way (a
    glyph's ink may overshoot its font's ascent or descent a little)."""
    pad = slack * (font[3] - font[1])
    return (
        ink[0] >= font[0] - pad
        and ink[1] >= font[1] - pad
        and ink[2] <= font[2] + pad
        and ink[3] <= font[3] + pad
    )


def font_boxes(page: pymupdf.Page) -> np.ndarray:
    """The font boxes of the page's characters (whitespace aside), n x 4."""
    return np.array([box for _, _, box in _chars(page, FLAGS)], dtype=np.float64).reshape(-1, 4)


# A letter lies under a region when the region covers more than this share of its box's width
# and of its height (its ink's, or its font's): the tip of a descender of the line above, a
# region's edge grazing the next letter, are not what was redacted. The burn takes out whole
# every word with a letter under a region (and every word MuPDF took a letter of); the check
# refuses a publication in which such a letter remains.
GRAZE = 0.15


def under_any(boxes: np.ndarray, region: pymupdf.Rect) -> np.ndarray:
    """Which of ``boxes`` (letters', n x 4: x0, y0, x1, y1) lie under ``region``: the region
    covers more than :data:`GRAZE` of a box's width and of its height; a box without area, where
    its middle is."""
    if not len(boxes):
        return np.zeros(0, dtype=bool)
    x0, y0, x1, y1 = boxes.T
    w, h = x1 - x0, y1 - y0
    across = np.minimum(x1, region.x1) - np.maximum(x0, region.x0)
    down = np.minimum(y1, region.y1) - np.maximum(y0, region.y0)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    point = (cx >= region.x0) & (cx <= region.x1) & (cy >= region.y0) & (cy <= region.y1)
    flat = (w <= 0) | (h <= 0)
    found: np.ndarray = np.where(flat, point, (across > GRAZE * w) & (down > GRAZE * h))
    return found
