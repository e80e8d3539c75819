"""Rendering library pages to pixels with PyMuPDF, and mapping page points to the rendered image.

Words and regions are stored in points of the *unrotated* page; a page with ``/Rotate`` is shown
rotated. :class:`PageGeometry` maps between the two with the same matrix as PyMuPDF's
``page.rotation_matrix``, so boxes drawn over a rotated scan land on the printed words.

MuPDF is not thread-safe: every call into it from here holds one lock, and open documents are kept
in a small LRU so flipping pages does not reopen the file.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pymupdf

if TYPE_CHECKING:  # (a render process imports this module: PyMuPDF, not the database)
    from app.core.library import Library

MAX_PIXELS = 24_000_000  # a render larger than this is scaled down (memory, and GIL hold time)
OPEN_DOCUMENTS = 4
_LOCK = threading.RLock()
_OPEN: OrderedDict[Path, pymupdf.Document] = OrderedDict()


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """A page's unrotated size in points and its clockwise rotation; maps points both ways."""

    width: float
    height: float
    rotation: int = 0

    @property
    def matrix(self) -> pymupdf.Matrix:
        """Unrotated page points → displayed (rotated) page points, as ``page.rotation_matrix``."""
        w, h = self.width, self.height
        return {
            0: pymupdf.Matrix(1, 0, 0, 1, 0, 0),
            90: pymupdf.Matrix(0, 1, -1, 0, h, 0),
            180: pymupdf.Matrix(-1, 0, 0, -1, w, h),
            270: pymupdf.Matrix(0, -1, 1, 0, 0, w),
        }[self.rotation % 360]

    @property
    def display_size(self) -> tuple[float, float]:
        """Width and height of the page as shown (points)."""
        if self.rotation % 180:
            return self.height, self.width
        return self.width, self.height

    def to_display(self, box: tuple[float, float, float, float]) -> tuple[float, ...]:
        """A box in unrotated points → the same box on the displayed page (points, normalized)."""
        r = pymupdf.Rect(box) * self.matrix
        r.normalize()
        return (r.x0, r.y0, r.x1, r.y1)

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A point on the displayed page → unrotated page points (where words are stored)."""
        p = pymupdf.Point(x, y) * ~self.matrix
        return (p.x, p.y)

    def image_size(self, dpi: float) -> tuple[int, int]:
        """Width and height in pixels of the page rendered at ``dpi`` (rotated as shown), as MuPDF
        rounds a render's size: the pixel space every exported image coordinate refers to."""
        return _image_size(*self.display_size, dpi)

    def _display_box(self, box: tuple[float, float, float, float]) -> tuple[float, ...]:
        """:meth:`to_display` in plain arithmetic (called per word by the OCR exports)."""
        x0, y0, x1, y1 = box
        w, h, rot = self.width, self.height, self.rotation % 360
        if rot == 90:
            x0, y0, x1, y1 = h - y1, x0, h - y0, x1
        elif rot == 180:
            x0, y0, x1, y1 = w - x1, h - y1, w - x0, h - y0
        elif rot == 270:
            x0, y0, x1, y1 = y0, w - x1, y1, w - x0
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    def to_image(self, box: tuple[float, float, float, float], dpi: float) -> tuple[int, ...]:
        """A box in unrotated points → integer ``(x, y, w, h)`` in the pixels of the page image
        rendered at ``dpi`` (see :meth:`image_size`), clipped to the image."""
        x0, y0, x1, y1 = self._display_box(box)
        s = dpi / 72
        iw, ih = self.image_size(dpi)
        left, top = max(0, round(x0 * s)), max(0, round(y0 * s))
        right, bottom = min(iw, round(x1 * s)), min(ih, round(y1 * s))
        return (left, top, max(0, right - left), max(0, bottom - top))

    def from_image(self, box: tuple[float, float, float, float], dpi: float) -> tuple[float, ...]:
        """Inverse of :meth:`to_image`: ``(x, y, w, h)`` image pixels at ``dpi`` → a box
        ``(x0, y0, x1, y1)`` in unrotated page points (the same numbers as the inverse of
        :attr:`matrix` gives, in plain arithmetic: called per word by the OCR exports' checks
        and per annotation by the W3C import, where inverting the matrix each time was an
        eighth of the import)."""
        s = 72 / dpi
        x, y, w, h = box
        x0, y0, x1, y1 = x * s, y * s, (x + w) * s, (y + h) * s
        x0, y0, x1, y1 = min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
        pw, ph, rot = self.width, self.height, self.rotation % 360
        if rot == 90:
            x0, y0, x1, y1 = y0, ph - x1, y1, ph - x0
        elif rot == 180:
            x0, y0, x1, y1 = pw - x1, ph - y1, pw - x0, ph - y0
        elif rot == 270:
            x0, y0, x1, y1 = pw - y1, x0, pw - y0, x1
        return (x0, y0, x1, y1)


@functools.lru_cache(maxsize=256)
def _image_size(width: float, height: float, dpi: float) -> tuple[int, int]:
    r = (pymupdf.Rect(0, 0, width, height) * pymupdf.Matrix(dpi / 72, dpi / 72)).round()
    return r.width, r.height


@dataclass(frozen=True, slots=True)
class RenderedImage:
    """Packed RGB pixels (3 bytes a pixel, rows ``stride`` bytes apart) and the zoom used."""

    width: int
    height: int
    stride: int
    samples: bytes
    zoom: float

    @property
    def nbytes(self) -> int:
        return len(self.samples)


def _document(path: Path) -> pymupdf.Document:
    doc = _OPEN.get(path)
    if doc is None:
        doc = pymupdf.open(path)
        _OPEN[path] = doc
        while len(_OPEN) > OPEN_DOCUMENTS:
            _OPEN.popitem(last=False)[1].close()
    _OPEN.move_to_end(path)
    return doc


def _fitted_zoom(page: pymupdf.Page, zoom: float) -> float:
    """``zoom``, lowered so that the render stays within MAX_PIXELS."""
    w, h = page.rect.width * zoom, page.rect.height * zoom
    if w * h > MAX_PIXELS:
        zoom *= 0.995 * (MAX_PIXELS / (w * h)) ** 0.5  # 0.995: sizes round up
    return zoom


def render_file_pixmap(path: Path, index: int, zoom: float) -> tuple[pymupdf.Pixmap, float]:
    """Page ``index`` of the PDF or image at ``path`` as a MuPDF RGB pixmap at ``zoom``
    (1 = 72 dpi), rotated as the page says; returns it with the zoom actually used."""
    with _LOCK:
        page = _document(path).load_page(index)
        zoom = _fitted_zoom(page, zoom)
        return page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False), zoom


@dataclass(frozen=True, slots=True)
class Band:
    """Where a band of a page's render goes: its first row and the whole render's height."""

    top: int
    height: int  # of the whole page's render


def render_file_band(
    path: Path, index: int, zoom: float, part: int, parts: int
) -> tuple[pymupdf.Pixmap, float, Band]:
    """Band ``part`` of ``parts`` (top to bottom) of what :func:`render_file_pixmap` renders.

    MuPDF renders a clip of a page pixel for pixel as it renders the whole page, so bands rendered
    apart (in two processes at once) and stacked are that render. A scan's image is decoded only
    down to the band's last row, so the top band costs least: two bands of a page take 50-70 % of
    the time of the page.
    """
    with _LOCK:
        page = _document(path).load_page(index)
        zoom = _fitted_zoom(page, zoom)
        matrix = pymupdf.Matrix(zoom, zoom)
        whole = (page.rect * matrix).round()  # as MuPDF rounds a render's size
        top = whole.y0 + whole.height * part // parts
        bottom = whole.y0 + whole.height * (part + 1) // parts
        r = page.rect
        clip = pymupdf.Rect(r.x0, r.y0 + top / zoom, r.x1, r.y0 + bottom / zoom)
        pix = page.get_pixmap(matrix=matrix, clip=clip, alpha=False)
        return pix, zoom, Band(pix.y - whole.y0, whole.height)


def render_file_page(path: Path, index: int, zoom: float) -> RenderedImage:
    """Render page ``index`` of the PDF or image at ``path`` at ``zoom`` (1 = 72 dpi), rotated."""
    pix, zoom = render_file_pixmap(path, index, zoom)
    return RenderedImage(pix.width, pix.height, pix.stride, pix.samples, zoom)


def render_page(lib: Library, source_sha256: str, index: int, zoom: float) -> RenderedImage:
    """Render page ``index`` of a library document (by its source hash) at ``zoom``."""
    return render_file_page(lib.source_path(source_sha256), index, zoom)
