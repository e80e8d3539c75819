"""Burning redactions into a page: what lies under each region is removed from the file, then the
region is filled and may carry its exemption codes, as agencies release them.

MuPDF's redaction does the removal: every character a region covers about a tenth of (of its
font box: MuPDF's rule), in the page's content and in the form XObjects it draws, the pixels of
every image drawn there (each at its own resolution, masks and soft masks too, not only the top
image) and every vector path touching it. A word with a letter under a region, or a letter
MuPDF took, loses its visible rest as well, so no part of a name stays on the page; a word the
region only grazes (the font box of the next line's letters, not their ink) stays whole. Links,
form fields and other annotations of the source are not copied into a publication at all
(:mod:`app.core.exchange.pdf_scrub`), and the verification (:mod:`app.core.exchange.pdf_verify`)
checks the result with two readers before the file exists.

The removal options are module constants so that a test can switch one step off and watch the
verification refuse the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import pymupdf

from app.core.exchange.pdf_glyphs import font_boxes, glyph_boxes, under_any

# MuPDF's redaction options (not in PyMuPDF's type stubs): what apply_redactions removes.
IMAGE_NONE: int = getattr(pymupdf, "PDF_REDACT_IMAGE_NONE", 0)
IMAGE_PIXELS: int = getattr(pymupdf, "PDF_REDACT_IMAGE_PIXELS", 2)
LINE_ART_NONE: int = getattr(pymupdf, "PDF_REDACT_LINE_ART_NONE", 0)
LINE_ART_TOUCHED: int = getattr(pymupdf, "PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED", 2)
TEXT_REMOVE: int = getattr(pymupdf, "PDF_REDACT_TEXT_REMOVE", 0)
TEXT_NONE: int = getattr(pymupdf, "PDF_REDACT_TEXT_NONE", 1)

# What a burn removes under a region (tests switch one off to see the verification catch it).
REMOVE_IMAGES = IMAGE_PIXELS
REMOVE_LINE_ART = LINE_ART_TOUCHED
REMOVE_TEXT = TEXT_REMOVE

NO_FILL: Any = False  # MuPDF paints nothing over a redaction (the fill is drawn afterwards)

LABEL_FONT = "helv"
LABEL_MAX_SIZE = 9.0
LABEL_MIN_SIZE = 3.5
OUTLINE = 0.75  # width of the white style's outline, points (drawn inside the region)


@dataclass(frozen=True)
class Look:
    """How a burned region looks: the fill, the label's colour, and the outline (white style)."""

    fill: tuple[float, float, float]
    ink: tuple[float, float, float]
    outline: bool

    @property
    def fill_grey(self) -> int:
        """The fill as an 8-bit grey value (what a grey render shows inside the region)."""
        r, g, b = self.fill
        return round(255 * (0.3 * r + 0.59 * g + 0.11 * b))


LOOKS: dict[str, Look] = {
    "black": Look((0.0, 0.0, 0.0), (1.0, 1.0, 1.0), outline=False),
    "white": Look((1.0, 1.0, 1.0), (0.0, 0.0, 0.0), outline=True),
}


@dataclass(frozen=True)
class Burn:
    """One region burned on a page: where (unrotated page points, origin top-left), its label
    (exemption codes as printed, "" for none), where the label's letters lie, and how it is
    printed: its size, where its baseline starts, and turned with the page (``rotate``, its
    /Rotate) so that it reads upright as the page is shown."""

    rect: pymupdf.Rect
    label: str = ""
    label_rect: pymupdf.Rect | None = None
    size: float = 0.0
    baseline: pymupdf.Point | None = None
    rotate: int = 0


@cache
def _label_font() -> pymupdf.Font:
    return pymupdf.Font(LABEL_FONT)


def place_label(rect: pymupdf.Rect, label: str) -> tuple[float, pymupdf.Point, pymupdf.Rect] | None:
    """Font size, baseline start and the box of the label centred in ``rect`` (None: no room)."""
    if not label:
        return None
    font = _label_font()
    height = font.ascender - font.descender
    pad = OUTLINE + 0.5
    size = min(LABEL_MAX_SIZE, (rect.height - 2 * pad) / height)
    width = font.text_length(label, fontsize=1.0)
    size = min(size, (rect.width - 2 * pad) / width) if width > 0 else size
    if size < LABEL_MIN_SIZE:
        return None
    x = rect.x0 + (rect.width - width * size) / 2
    top = rect.y0 + (rect.height - height * size) / 2
    baseline = pymupdf.Point(x, top + font.ascender * size)
    return size, baseline, pymupdf.Rect(x, top, x + width * size, top + height * size)


@dataclass(frozen=True)
class _Words:
    """The page's visible words: their boxes (n x 4: x0, y0, x1, y1) and each one's letters'
    boxes as judged (their ink: :func:`~app.core.exchange.pdf_glyphs.glyph_boxes`, k x 4)."""

    boxes: np.ndarray
    letters: list[np.ndarray]


def _words(page: pymupdf.Page) -> _Words:
    boxes = np.array([w[:4] for w in page.get_text("words", flags=0)], dtype=np.float64).reshape(
        -1, 4
    )
    glyphs = glyph_boxes(page)
    return _Words(boxes, [glyphs.judged[held] for held in _held_by(boxes, glyphs.font)])


def _held_by(words: np.ndarray, letters: np.ndarray) -> list[np.ndarray]:
    """For each of ``words`` (boxes), the indices of the ``letters`` (boxes) whose middles it
    holds: the letters sorted by height on the page, each word looks only at those of its own
    rows (a page may hold tens of thousands of each)."""
    mx, my = (letters[:, 0] + letters[:, 2]) / 2, (letters[:, 1] + letters[:, 3]) / 2
    order = np.argsort(my, kind="stable")
    ys = my[order]
    first = np.searchsorted(ys, words[:, 1], side="left").tolist()
    last = np.searchsorted(ys, words[:, 3], side="right").tolist()
    out = []
    for (x0, _, x1, _), a, b in zip(words.tolist(), first, last, strict=True):
        rows = order[a:b]
        out.append(rows[(mx[rows] >= x0) & (mx[rows] <= x1)])
    return out


def _meeting(boxes: np.ndarray, region: pymupdf.Rect) -> np.ndarray:
    """Which of ``boxes`` meet ``region``."""
    found: np.ndarray = (
        (boxes[:, 0] < region.x1)
        & (boxes[:, 2] > region.x0)
        & (boxes[:, 1] < region.y1)
        & (boxes[:, 3] > region.y0)
    )
    return found


def remove_under(page: pymupdf.Page, regions: Sequence[pymupdf.Rect], *, whole_words: bool) -> None:
    """Remove everything under ``regions`` from an unrotated page and, with ``whole_words``,
    every visible word they take a letter of, whole: a word with a letter under a region
    (:func:`~app.core.exchange.pdf_glyphs.under_any`, the rule the check holds the file to),
    and a word MuPDF's removal took a letter of by its own rule (on the letters' font boxes,
    which on lines set close reach into the next line: taking a word out letter by letter may
    take letters of a word beside it, which then goes too)."""
    if not regions:
        return
    words = _words(page) if whole_words else None
    for rect in regions:
        page.add_redact_annot(rect, fill=NO_FILL, cross_out=False)
    page.apply_redactions(images=REMOVE_IMAGES, graphics=REMOVE_LINE_ART, text=REMOVE_TEXT)
    if words is None or not len(words.boxes):
        return
    had = np.array([len(x) for x in words.letters])
    due = np.zeros(len(had), dtype=bool)
    for r in regions:
        for i in np.flatnonzero(_meeting(words.boxes, r)).tolist():
            due[i] |= bool(under_any(words.letters[i], r).any())
    before = None
    while True:  # (a round of ours that takes no letter out is the last)
        left = np.array([len(held) for held in _held_by(words.boxes, font_boxes(page))])
        whole = np.flatnonzero((left > 0) & (due | (left < had))).tolist()
        if not whole or (before is not None and (left == before).all()):
            return
        for i in whole:
            for x0, y0, x1, y1 in words.letters[i].tolist():
                grow = max(0.0, (TAKEN_HEIGHT - (y1 - y0)) / 2)
                page.add_redact_annot((x0, y0 - grow, x1, y1 + grow), fill=NO_FILL, cross_out=False)
        page.apply_redactions(images=IMAGE_NONE, graphics=LINE_ART_NONE, text=REMOVE_TEXT)
        due[:], before = False, left


# A letter is taken out by its ink, at least this high (points): a full stop's ink is a tenth of
# its font box, about where MuPDF's rule stops taking a letter.
TAKEN_HEIGHT = 1.0


def paint(page: pymupdf.Page, burns: Sequence[Burn], look: Look) -> None:
    """Fill each region (black, or white with an outline) and print its label inside."""
    if not burns:
        return
    shape = page.new_shape()
    for b in burns:
        shape.draw_rect(b.rect)
    shape.finish(fill=look.fill, color=None, width=0)
    if look.outline:
        for b in burns:
            half = OUTLINE / 2
            shape.draw_rect(pymupdf.Rect(b.rect.x0 + half, b.rect.y0 + half,
                                         b.rect.x1 - half, b.rect.y1 - half))  # fmt: skip
        shape.finish(color=look.ink, fill=None, width=OUTLINE)
    for b in burns:
        if b.label and b.baseline is not None:
            shape.insert_text(
                b.baseline, b.label, fontname=LABEL_FONT, fontsize=b.size, color=look.ink,
                rotate=b.rotate,
            )  # fmt: skip
    shape.commit()


def with_labels(
    regions: Sequence[tuple[pymupdf.Rect, str]],
    rotation: int = 0,
    turn: pymupdf.Matrix | None = None,
) -> list[Burn]:
    """Burns with their labels placed (a label that does not fit is left out), on a page shown
    turned by ``rotation`` (its /Rotate; ``turn``: the page's matrix from unrotated to shown
    points): each label is placed in its box as the page is shown and printed turned with the
    page, so that it reads upright there (until 2026-12-06 it was printed along the unrotated
    page: sideways on the USDA referral, /Rotate 270)."""
    back = ~turn if turn is not None else pymupdf.Identity
    out = []
    for rect, label in regions:
        shown = pymupdf.Rect(rect * turn) if turn is not None else pymupdf.Rect(rect)
        shown.normalize()
        placed = place_label(shown, label)
        if placed is None:
            out.append(Burn(rect))
            continue
        size, baseline, box = placed
        box = pymupdf.Rect(box * back)
        box.normalize()
        out.append(Burn(rect, label, box, size, baseline * back, rotation % 360))
    return out
