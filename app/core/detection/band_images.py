"""The page images the band reading OCRs: a page's top and bottom bands and its margins cut out
of one render, stacked into one image, and boxes in that image mapped back to the page.

The page is rendered once for all its bands and lines (:func:`cutter`); a margin is read only
where a coarse render shows a line of text in it (:func:`margins_with_text`), and the lines a
banner or stamp may be are found in that coarse render too (:func:`line_clips`). What is read
in these images, and what is made of it, is :mod:`app.core.detection.bands`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pymupdf

from app.core.detection.band_lines import find_lines
from app.core.detection.redactions import Box

TOP, BOTTOM, MARGIN = 0.15, 0.12, 0.07  # band heights (of the page height), margin width
GAP = 40  # white pixels between the stacked bands


@dataclass(frozen=True)
class Crop:
    """One band rendered: its pixels, where it sits in the stacked image, how to map back."""

    gray: np.ndarray  # as OCRed (turned for the margins)
    top: int  # first row in the stack
    clip: pymupdf.Rect  # the displayed page area it shows
    zoom: float
    turned: bool  # a margin, turned 90 degrees clockwise


def render(page: pymupdf.Page | pymupdf.DisplayList, clip: pymupdf.Rect, zoom: float) -> np.ndarray:
    """Grey pixels of ``clip`` (a page's display list renders many clips for one parse)."""
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=clip, colorspace=pymupdf.csGRAY)
    return (
        np.frombuffer(pix.samples, dtype=np.uint8)
        .reshape(pix.height, pix.stride)[:, : pix.width]
        .copy()
    )


Cut = Callable[[pymupdf.Rect], tuple[np.ndarray, pymupdf.Rect]]
MAX_PIXELS = 40_000_000  # a page rendered whole for its bands at most this big (grey bytes)


def cutter(shown: pymupdf.DisplayList, page: pymupdf.Page, zoom: float) -> Cut:
    """What cuts an area (points of the displayed page) out of the page rendered at ``zoom``:
    its pixels, and the page area they show (the area to whole pixels). The page is rendered
    once for all its bands and lines, as MuPDF decodes a scan's image again for each area
    rendered alone (three quarters of a line's reading); a page too big for that (a poster:
    over :data:`MAX_PIXELS`) has each area rendered alone."""
    if page.rect.width * page.rect.height * zoom * zoom > MAX_PIXELS:
        return lambda clip: (render(shown, clip, zoom), clip)
    full = render(shown, page.rect, zoom)
    bounds = pymupdf.IRect(0, 0, full.shape[1], full.shape[0])

    def cut(clip: pymupdf.Rect) -> tuple[np.ndarray, pymupdf.Rect]:
        r = (clip * pymupdf.Matrix(zoom, zoom)).irect & bounds
        return full[r.y0 : r.y1, r.x0 : r.x1].copy(), pymupdf.Rect(r) / zoom

    return cut


def band_areas(page: pymupdf.Page, margins: tuple[bool, bool]) -> list[tuple[pymupdf.Rect, bool]]:
    """The top and bottom bands, and the left and right margins where ``margins`` says."""
    w, h = page.rect.width, page.rect.height
    out = [
        (pymupdf.Rect(0, 0, w, TOP * h), False),
        (pymupdf.Rect(0, (1 - BOTTOM) * h, w, h), False),
    ]
    left, right = margins
    if left:
        out.append((pymupdf.Rect(0, TOP * h, MARGIN * w, (1 - BOTTOM) * h), True))
    if right:
        out.append((pymupdf.Rect((1 - MARGIN) * w, TOP * h, w, (1 - BOTTOM) * h), True))
    return out


FIND_DPI = 50  # the page rendered this coarse to find where a banner or stamp line can be
FIND_INK = 170  # darker than this is ink, at that resolution
OUTER = 0.18  # lines are looked for in the top and bottom 18 % (the bands, and a little more)
PAD_IN = 0.12  # paper kept around a line found, each way (a strike line runs past the letters)


def coarse_ink(shown: pymupdf.DisplayList, page: pymupdf.Page) -> np.ndarray:
    """The displayed page rendered at :data:`FIND_DPI`, True where inked."""
    return np.asarray(render(shown, page.rect, FIND_DPI / 72.0) < FIND_INK)


def margins_with_text(ink: np.ndarray) -> tuple[bool, bool]:
    """Whether the left and the right margin band (:func:`band_areas`) of a page hold a line of
    text running up or down it (a stamp), as OCR reads the margin (turned 90 degrees): a line
    :func:`find_lines` finds in it turned, in the page's coarse ink (:func:`coarse_ink`). A
    margin with none is not read: most hold only a scan's edge, a hatched border, a binding's
    shadow or a code written across them (which OCR does not read sideways), and they cost
    Tesseract a fifth of its time on the CIA bulletins for nothing."""
    h, w = ink.shape
    rows = slice(round(TOP * h), round((1 - BOTTOM) * h))
    wide = round(MARGIN * w)
    left, right = (
        bool(find_lines(np.rot90(zone, -1), FIND_DPI))
        for zone in (ink[rows, :wide], ink[rows, w - wide :])
    )
    return left, right


def line_clips(page: pymupdf.Page, ink: np.ndarray) -> list[tuple[pymupdf.Rect, pymupdf.Rect]]:
    """The page areas (displayed page's points, with paper around them) of the lines a banner
    or stamp may be (:func:`find_lines`) in its top and bottom :data:`OUTER` share, from one
    coarse render of the page (``ink``: :func:`coarse_ink`). Each with the line's own box
    (points)."""
    zoom = FIND_DPI / 72.0
    h = ink.shape[0]
    pad, outer = PAD_IN * 72.0, round(OUTER * h)
    out = []
    for r0, r1 in ((0, outer), (h - outer, h)):
        for ln in find_lines(ink[r0:r1], FIND_DPI):
            rect = pymupdf.Rect(ln.x0, r0 + ln.y0, ln.x1, r0 + ln.y1) / zoom
            more = max(pad / 2, 0.6 * rect.height)  # half a letter's height, at least
            clip = pymupdf.Rect(rect.x0 - pad, rect.y0 - more, rect.x1 + pad, rect.y1 + more)
            out.append((clip & page.rect, rect))
    return [(clip, rect) for clip, rect in out if not clip.is_empty]


def stack(crops: Sequence[np.ndarray]) -> tuple[np.ndarray, list[int]]:
    width = max(c.shape[1] for c in crops)
    height = sum(c.shape[0] + GAP for c in crops)
    image = np.full((height, width), 255, dtype=np.uint8)
    tops, y = [], 0
    for c in crops:
        image[y : y + c.shape[0], : c.shape[1]] = c
        tops.append(y)
        y += c.shape[0] + GAP
    return image, tops


def to_points(page: pymupdf.Page, crop: Crop, px: tuple[float, float, float, float]) -> Box:
    """A box in the crop's (turned) pixels to points of the unrotated page."""
    x0, y0, x1, y1 = px
    if crop.turned:  # np.rot90(a, -1): new[i, j] = a[h - 1 - j, i]
        h = crop.gray.shape[1]  # the unturned crop's height is the turned one's width
        x0, y0, x1, y1 = y0, h - x1, y1, h - x0
    rect = pymupdf.Rect(
        crop.clip.x0 + x0 / crop.zoom,
        crop.clip.y0 + y0 / crop.zoom,
        crop.clip.x0 + x1 / crop.zoom,
        crop.clip.y0 + y1 / crop.zoom,
    )
    rect = rect * page.derotation_matrix
    rect.normalize()
    return Box(rect.x0, rect.y0, rect.x1, rect.y1)
