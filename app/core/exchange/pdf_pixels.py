"""Pixel checks of a burned region: what every image drawn there holds under it, and what a
renderer paints inside it.

An image is checked at its own resolution: every pixel lying wholly inside the region (and the
pixels of its soft mask) must be one value, so no trace of what was there remains, whichever image
is on top. A render is checked inside the region less an anti-aliasing margin: every pixel must
be the fill, but on the letters of the exemption codes printed there: those of the same codes
drawn alone as the same reader renders them, and :data:`GLYPH_REACH_PX` around them.
A gap between the letters or inside one shows the fill, as the rest of the region does (until
2026-12-06 the codes' whole box went unchecked). Renders come from PyMuPDF
and poppler's ``pdftoppm`` (a grey PGM image per page).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf
from numpy.lib.stride_tricks import sliding_window_view

from app.core.wording import translate

DPI = 100
TOLERANCE = 10  # grey levels a render inside the region may differ from the fill
MARGIN_PX = 2  # anti-aliasing margin inside a region's edge, in rendered pixels
# How far (pixels) the letters printed on the page may reach beyond those of the codes drawn alone
# (the same reader renders both: none on the tests and on the 16 real scans' publications, black
# and white; a pixel of slack for anti-aliasing. Compared across readers they differ: poppler
# draws a thin stroke a pixel higher and in one white pixel that MuPDF spreads over two.)
GLYPH_REACH_PX = 1


@dataclass(frozen=True)
class Area:
    """A region to check on an unrotated page: where, how far in from its edge the fill is flat
    (outline plus anti-aliasing), and what of the page's own drawing may lie inside it: the
    printed codes of every region (``labels``) and, for outlined boxes, the outline of every
    region (``outlines``: regions that may overlap this one)."""

    rect: pymupdf.Rect
    inset: float
    labels: tuple[pymupdf.Rect, ...] = ()
    outlines: tuple[pymupdf.Rect, ...] = ()


def samples(pix: pymupdf.Pixmap) -> np.ndarray:
    """A pixmap's samples as an array of rows x columns x components."""
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)


def inside_pixels(
    transform: Sequence[float], width: int, height: int, rect: pymupdf.Rect
) -> tuple[slice, slice, np.ndarray] | None:
    """The pixels of an image placed by ``transform`` (unit square to page points) that lie
    wholly inside ``rect``: a window of rows and columns and a mask over it (None: none)."""
    a, b, c, d, e, f = transform
    inverse = ~pymupdf.Matrix(a, b, c, d, e, f)
    corners = [pymupdf.Point(x, y) * inverse for x in (rect.x0, rect.x1)
               for y in (rect.y0, rect.y1)]  # fmt: skip
    u0, u1 = min(p.x for p in corners), max(p.x for p in corners)
    v0, v1 = min(p.y for p in corners), max(p.y for p in corners)
    i0, i1 = max(int(np.floor(u0 * width)), 0), min(int(np.ceil(u1 * width)), width)
    j0, j1 = max(int(np.floor(v0 * height)), 0), min(int(np.ceil(v1 * height)), height)
    if i1 <= i0 or j1 <= j0:
        return None
    us = np.arange(i0, i1 + 1) / width
    vs = np.arange(j0, j1 + 1) / height
    uu, vv = np.meshgrid(us, vs)  # pixel corners, (rows + 1) x (columns + 1)
    x, y = a * uu + c * vv + e, b * uu + d * vv + f
    inside = (x >= rect.x0) & (x <= rect.x1) & (y >= rect.y0) & (y <= rect.y1)
    mask = inside[:-1, :-1] & inside[1:, :-1] & inside[:-1, 1:] & inside[1:, 1:]
    if not mask.any():
        return None
    return slice(j0, j1), slice(i0, i1), mask


def uniform_under(pixels: np.ndarray, transform: Sequence[float], rect: pymupdf.Rect) -> bool:
    """Whether the pixels of an image wholly inside ``rect`` all hold one value."""
    height, width = pixels.shape[:2]
    window = inside_pixels(transform, width, height, rect)
    if window is None:
        return True
    rows, cols, mask = window
    chosen = pixels[rows, cols][mask]
    return bool((chosen == chosen[0]).all())


def _pixels(rect: pymupdf.Rect, shape: tuple[int, int], *, outward: bool) -> tuple[slice, slice]:
    """Rows and columns of an image of ``shape`` that ``rect`` (in pixels) covers: whole pixels
    inside it, or (``outward``) every pixel it touches."""
    h, w = shape
    if outward:
        x0, y0, x1, y1 = np.floor(rect.x0), np.floor(rect.y0), np.ceil(rect.x1), np.ceil(rect.y1)
    else:
        x0, y0, x1, y1 = np.ceil(rect.x0), np.ceil(rect.y0), np.floor(rect.x1), np.floor(rect.y1)
    return slice(max(int(y0), 0), max(min(int(y1), h), 0)), slice(
        max(int(x0), 0), max(min(int(x1), w), 0)
    )


def _flat_area(
    shape: tuple[int, int], box: pymupdf.Rect, holes: list[pymupdf.Rect], rings: list[pymupdf.Rect]
) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the pixels of ``box`` that must show the fill (all but those of the ``holes``
    and of the bands just inside the ``rings``) and of those of its ``holes`` (rectangles in
    pixels), where the printed codes are."""
    inside = np.zeros(shape, dtype=bool)
    inside[_pixels(box, shape, outward=False)] = True
    holed = np.zeros(shape, dtype=bool)
    for hole in holes:
        holed[_pixels(hole, shape, outward=True)] = True
    mask = inside & ~holed
    for outer, inner in zip(rings[::2], rings[1::2], strict=True):
        band = np.zeros(shape, dtype=bool)
        band[_pixels(outer, shape, outward=True)] = True
        band[_pixels(inner, shape, outward=False)] = False
        mask &= ~band
    return mask, inside & holed


def _to_pixels(
    area: Area, matrix: pymupdf.Matrix
) -> tuple[pymupdf.Rect, list[pymupdf.Rect], list[pymupdf.Rect]]:
    """The flat box, the holes and the outline rings of ``area`` in pixels (``matrix``: page
    points to pixels)."""
    box = _shrunk(scaled(_shrunk(area.rect, area.inset), matrix), MARGIN_PX)
    holes = [_shrunk(scaled(r, matrix), -MARGIN_PX) for r in area.labels]
    rings: list[pymupdf.Rect] = []
    for r in area.outlines:
        rings += [
            _shrunk(scaled(r, matrix), -MARGIN_PX),
            _shrunk(scaled(_shrunk(r, area.inset), matrix), MARGIN_PX),
        ]
    return box, holes, rings


def off_fill(grey: np.ndarray, mask: np.ndarray, fill: int) -> int:
    """How many masked pixels of a grey image differ from ``fill`` beyond the tolerance."""
    if not mask.any():
        return 0
    return int((np.abs(grey[mask].astype(np.int16) - fill) > TOLERANCE).sum())


def _reach(a: np.ndarray, by: int) -> np.ndarray:
    """Each pixel's greatest value within ``by`` pixels (a square around it)."""
    padded = np.pad(a, by, mode="edge")
    out: np.ndarray = sliding_window_view(padded, (2 * by + 1, 2 * by + 1)).max(axis=(2, 3))
    return out


def off_expected(grey: np.ndarray, expected: np.ndarray, mask: np.ndarray, fill: int) -> int:
    """How many masked pixels of ``grey`` differ from ``fill`` beyond the tolerance, leaving
    out the letters of ``expected`` (the same area as the codes drawn alone show it: every
    pixel they light, and :data:`GLYPH_REACH_PX` around it, may be any grey). Judged in the
    mask's bounding box and the reach around it, the same pixels as on the whole image: poppler's
    render is the whole page, and the letters' reach over every pixel of it took 9 of a 63-page
    publication's 14 s of checks (2026-12-08)."""
    rows, cols = np.nonzero(mask.any(axis=1))[0], np.nonzero(mask.any(axis=0))[0]
    if rows.size == 0:
        return 0
    by = GLYPH_REACH_PX
    y0, y1 = max(int(rows[0]) - by, 0), min(int(rows[-1]) + by + 1, mask.shape[0])
    x0, x1 = max(int(cols[0]) - by, 0), min(int(cols[-1]) + by + 1, mask.shape[1])
    lit = np.abs(expected[y0:y1, x0:x1].astype(np.int16) - fill) > TOLERANCE
    letters = _reach(lit, by)
    return off_fill(grey[y0:y1, x0:x1], mask[y0:y1, x0:x1] & ~letters, fill)


def _leak(grey: np.ndarray, expected: np.ndarray | None, area: Area, matrix: pymupdf.Matrix,
          fill: int) -> int:  # fmt: skip
    """Pixels of ``grey`` inside the region other than the fill, but on the letters of the
    codes ``expected`` shows (no ``expected``: the codes' box unchecked)."""
    flat, codes = _flat_area(grey.shape, *_to_pixels(area, matrix))
    wrong = off_fill(grey, flat, fill)
    if expected is not None:
        wrong += off_expected(grey, _fitted(expected, grey.shape), codes, fill)
    return wrong


def _fitted(image: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """``image`` cut or padded (with its edge) to ``shape``: the codes drawn alone on a page of
    the same size should match it, but a pixel of difference must not misplace them."""
    h, w = shape[:2]
    image = image[:h, :w]
    return np.pad(image, ((0, h - image.shape[0]), (0, w - image.shape[1])), mode="edge")


def scaled(rect: pymupdf.Rect, matrix: pymupdf.Matrix) -> pymupdf.Rect:
    out: pymupdf.Rect = pymupdf.Rect(rect) * matrix
    return out


def _shrunk(rect: pymupdf.Rect, by: float) -> pymupdf.Rect:
    return pymupdf.Rect(rect.x0 + by, rect.y0 + by, rect.x1 - by, rect.y1 - by)


def render_grey(page: pymupdf.Page, clip: pymupdf.Rect | None = None) -> pymupdf.Pixmap:
    """The page (or ``clip`` of it) as PyMuPDF renders it in grey at :data:`DPI`."""
    pix: pymupdf.Pixmap = page.get_pixmap(clip=clip, dpi=DPI, colorspace=pymupdf.csGRAY,
                                          alpha=False)  # fmt: skip
    return pix


def mupdf_render_leak(
    page: pymupdf.Page, area: Area, fill: int, expected: pymupdf.Page | None = None
) -> int:
    """Pixels inside the region that PyMuPDF renders other than the fill (unrotated page;
    ``expected``: the page's burns drawn alone, unrotated, for where codes are printed)."""
    pix = render_grey(page, area.rect)
    to_pixels = pymupdf.Matrix(DPI / 72, DPI / 72) * pymupdf.Matrix(1, 0, 0, 1, -pix.x, -pix.y)
    grey = samples(pix)[:, :, 0]
    drawn = None if expected is None else samples(render_grey(expected, area.rect))[:, :, 0]
    return _leak(grey, drawn, area, to_pixels, fill)


def poppler_render_leak(
    grey: np.ndarray,
    rotation: pymupdf.Matrix,
    area: Area,
    fill: int,
    expected: np.ndarray | None = None,
) -> int:
    """Pixels inside the region that pdftoppm renders other than the fill; ``grey`` is the page
    as rendered (rotated as shown), ``rotation`` maps unrotated page points to it, ``expected``
    the page's burns drawn alone as shown (PyMuPDF's render), for where codes are printed."""
    to_pixels = rotation * pymupdf.Matrix(DPI / 72, DPI / 72)
    return _leak(grey, expected, area, to_pixels, fill)


def read_pgm(path: Path) -> np.ndarray:
    """A binary PGM (P5, 8-bit) as an array of rows x columns."""
    data = path.read_bytes()
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:
        while data[at : at + 1].isspace():
            at += 1
        if data[at : at + 1] == b"#":
            at = data.index(b"\n", at) + 1
            continue
        end = at
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    if fields[0] != b"P5" or int(fields[3]) > 255:
        raise ValueError(
            translate("Redline", "{name} is not an 8-bit PGM image").format(name=path.name)
        )
    width, height = int(fields[1]), int(fields[2])
    return np.frombuffer(data, dtype=np.uint8, count=width * height, offset=at + 1).reshape(
        height, width
    )


@dataclass(frozen=True)
class Placement:
    """One image drawn on a page: where (bounding box), how (unit square to page points) and its
    size in pixels."""

    bbox: pymupdf.Rect
    transform: tuple[float, float, float, float, float, float]
    width: int
    height: int


def placements(page: pymupdf.Page) -> Iterator[Placement]:
    for info in page.get_image_info():
        yield Placement(
            pymupdf.Rect(info["bbox"]),
            tuple(info["transform"]),
            int(info["width"]),
            int(info["height"]),
        )
