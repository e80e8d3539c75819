"""Page images of a published export: each page rendered at a resolution, rotated as shown, the
burned-in redactions painted black with their exemption codes printed in white in each one's
largest box, placed as the publication PDF places them (:func:`placed`), and the written JPEG
checked before the export is finished.

Rendering runs in worker processes (MuPDF holds Python's lock for a whole render, so a thread
would freeze the window), one per usable core; each writes its JPEG straight into the export's
temporary folder, so no pixels travel back through a pipe. Pillow encodes (libjpeg-turbo: five
times faster than MuPDF's encoder on these scans).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import cache
from types import TracebackType

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

from app.core.exchange.pdf_burn import LABEL_FONT, place_label
from app.core.processes import worker_count, worker_document, worker_pool
from app.core.wording import translate

QUALITY = 85
# A burned-in box is painted a pixel wider on each side than it rounds to, and checked after
# encoding on its inside, this far from the edge (JPEG blocks blur the edge, not the inside).
PAINT_MARGIN = 1
CHECK_MARGIN = 6
DARK = 48  # the brightest value a painted pixel may decode to

PixelBox = tuple[int, int, int, int]  # x, y, w, h in the image's pixels
# A printed label's letters, decoded, may be this much brighter than they are drawn (JPEG rings
# around white letters on black): anything the scan shows there is paper, far brighter.
LABEL_SLACK = 64


@dataclass(frozen=True)
class Label:
    """Exemption codes printed in a burned box (``box``), as agencies print them."""

    box: PixelBox
    text: str


@dataclass(frozen=True)
class Placed:
    """A label as printed: font size and baseline start (pixels), and its letters' box."""

    size: float
    baseline: tuple[float, float]
    letters: PixelBox


def placed(label: Label, dpi: int) -> Placed | None:
    """Where ``label`` is printed in its box at ``dpi``: as the publication PDF places it in the
    same box (:func:`~app.core.exchange.pdf_burn.place_label`, in points), scaled to pixels;
    None where it does not fit."""
    scale = dpi / 72
    x, y, w, h = label.box
    rect = pymupdf.Rect(x / scale, y / scale, (x + w) / scale, (y + h) / scale)
    place = place_label(rect, label.text)
    if place is None:
        return None
    size, baseline, letters = place
    x0, y0 = math.floor(letters.x0 * scale), math.floor(letters.y0 * scale)
    x1, y1 = math.ceil(letters.x1 * scale), math.ceil(letters.y1 * scale)
    return Placed(
        size * scale, (baseline.x * scale, baseline.y * scale), (x0, y0, x1 - x0, y1 - y0)
    )


@cache
def _font(size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(pymupdf.Font(LABEL_FONT).buffer), size)


def _draw(image: Image.Image, text: str, place: Placed, origin: tuple[int, int] = (0, 0)) -> None:
    """``text`` in white where ``place`` says, on ``image`` whose top left is ``origin``."""
    x, y = place.baseline[0] - origin[0], place.baseline[1] - origin[1]
    white = 255 if image.mode == "L" else (255, 255, 255)
    ImageDraw.Draw(image).text(
        (x, y), text, font=_font(round(place.size, 2)), fill=white, anchor="ls"
    )


def print_labels(image: Image.Image, labels: Sequence[Label], dpi: int) -> None:
    """Print each label (white) in its painted box, where :func:`placed` says."""
    for label in labels:
        place = placed(label, dpi)
        if place is not None:
            _draw(image, label.text, place)


def _label_patch(label: Label, place: Placed, area: PixelBox, size: tuple[int, int]) -> np.ndarray:
    """What ``area`` (full-size pixels, inside the label's box) shows when the label is printed
    on black, scaled to ``size`` (the decoded image's pixels there)."""
    x, y, w, h = area
    patch = Image.new("L", (w, h), 0)
    _draw(patch, label.text, place, (x, y))
    return np.asarray(patch.resize(size, Image.Resampling.BOX), dtype=np.int16)


class PageImageError(Exception):
    """A page image that could not be made or does not hide what it must (picklable: it crosses
    from a worker process)."""


@dataclass(frozen=True)
class PageImageTask:
    """One page image to make (everything a worker process needs, plain and picklable)."""

    source: str
    filetype: str | None
    index: int
    dpi: int
    size: tuple[int, int]  # what PageGeometry.image_size says it must be
    burn: tuple[PixelBox, ...]
    out: str
    labels: tuple[Label, ...] = ()


def paint(image: Image.Image, boxes: Sequence[PixelBox]) -> None:
    """Paint ``boxes`` black (a margin wider, clipped to the image). Pillow, not
    ``Pixmap.set_rect``: PyMuPDF fills a pixmap byte by byte from Python (0.1 s a box)."""
    draw = ImageDraw.Draw(image)
    for x, y, w, h in boxes:
        left, top = max(0, x - PAINT_MARGIN), max(0, y - PAINT_MARGIN)
        right = min(image.width, x + w + PAINT_MARGIN)
        bottom = min(image.height, y + h + PAINT_MARGIN)
        if right > left and bottom > top:
            draw.rectangle((left, top, right - 1, bottom - 1), fill=(0, 0, 0))


@contextmanager
def _own_image(path: str) -> Iterator[Image.Image]:
    """A page image this export wrote, opened whatever its size. Pillow refuses an image over
    about 179 million pixels as a decompression bomb, a guard against files from elsewhere; a
    large image page written at 300 dpi is one (a 5,000 x 4,000 px PNG that names no resolution
    is taken as 96 dpi, 52 in wide: 195 million pixels), and its export failed with Pillow's
    error until 2026-12-07. Redline opens no other image with Pillow."""
    limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        image = Image.open(path)
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    with image:
        yield image


def check_burned(
    path: str, boxes: Sequence[PixelBox], labels: Sequence[Label] = (), dpi: int = 72
) -> None:
    """Decode the written image and check that the inside of every box is dark (decoded at a
    quarter of its size, as JPEG allows: enough to see a box, a quarter of the work), but for
    the letters of a label printed in it (``labels``, placed at ``dpi``), which may be as light
    as the letters printed on black are, and no lighter. A label expected but not printed
    passes: black is darker than any letter."""
    if not boxes:
        return
    with _own_image(path) as image:
        full = image.size
        image.draft("L", (full[0] // 4, full[1] // 4))
        pixels = np.asarray(image.convert("L"), dtype=np.int16)
    # JPEG decodes at a half, a quarter or an eighth of its size, each side rounded up: decoded
    # pixel r holds full rows k*r to k*r + k - 1. (Scaled by size over size, a side that is no
    # multiple of k drifted from where the boxes are, 6 px at the foot of a 1545 px page, and a
    # label printed there failed the check: the codes of a CIA bulletin's boxes.)
    factor = max(1, round(full[0] / pixels.shape[1]))
    sx = sy = 1 / factor
    limit = np.full(pixels.shape, 255, dtype=np.int16)  # (outside the boxes: not checked)
    for x, y, w, h in boxes:  # (clamped: a negative start would index from the far edge)
        top, bottom = max(0, round((y + CHECK_MARGIN) * sy)), round((y + h - CHECK_MARGIN) * sy)
        left, right = max(0, round((x + CHECK_MARGIN) * sx)), round((x + w - CHECK_MARGIN) * sx)
        if bottom > top and right > left:
            limit[top:bottom, left:right] = DARK
    for label in labels:
        place = placed(label, dpi)
        if place is None:
            continue
        lx, ly, lw, lh = place.letters
        left, top = max(0, math.floor(lx * sx)), max(0, math.floor(ly * sy))
        right = min(pixels.shape[1], math.ceil((lx + lw) * sx))
        bottom = min(pixels.shape[0], math.ceil((ly + lh) * sy))
        if right <= left or bottom <= top:
            continue
        area = (
            round(left / sx),
            round(top / sy),
            round((right - left) / sx),
            round((bottom - top) / sy),
        )
        expected = _label_patch(label, place, area, (right - left, bottom - top))
        here = limit[top:bottom, left:right]
        checked = here < 255
        here[checked] = np.maximum(here, expected + LABEL_SLACK)[checked]
    over = np.argwhere(pixels > limit)
    if over.size:
        row, col = (int(v) for v in over[0])
        for x, y, w, h in boxes:
            if x <= col / sx < x + w and y <= row / sy < y + h:
                break
        raise PageImageError(
            translate(
                "Redline",
                "the page image {value} shows pixels inside the "
                "burned-in region at {x},{y} ({w}x{h} px)",
            ).format(value=path.rsplit("/", 1)[-1], x=x, y=y, w=w, h=h)
        )


def make_page_image(task: PageImageTask) -> int:
    """Worker process: render, paint, write and check one page image; return its byte size."""
    try:
        doc = worker_document(task.source, task.filetype)
        zoom = task.dpi / 72
        pix = doc.load_page(task.index).get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
    except Exception as exc:  # MuPDF raises several types for a broken source
        raise PageImageError(
            translate("Redline", "page {value} cannot be rendered ({exc})").format(
                value=task.index + 1, exc=exc
            )
        ) from None
    finally:
        # MuPDF keeps decoded images for reuse (up to 256 MB); a scan's image is drawn once.
        pymupdf.TOOLS.store_shrink(100)
    if (pix.width, pix.height) != task.size:
        raise PageImageError(
            translate(
                "Redline",
                "page {value} rendered as {width}x{height} px, not the canvas's {value2}x{value3}",
            ).format(
                value=task.index + 1,
                width=pix.width,
                height=pix.height,
                value2=task.size[0],
                value3=task.size[1],
            )
        )
    image = Image.frombytes("RGB", (pix.width, pix.height), pix.samples, "raw", "RGB", pix.stride)
    paint(image, task.burn)
    print_labels(image, task.labels, task.dpi)
    try:
        image.save(task.out, "JPEG", quality=QUALITY)
    except OSError as exc:
        raise PageImageError(
            translate("Redline", "cannot write page {value}: {value2}").format(
                value=task.index + 1, value2=exc.strerror or exc
            )
        ) from None
    check_burned(task.out, task.burn, task.labels, task.dpi)
    return len(pix.samples)


class PageImagePool(AbstractContextManager["PageImagePool"]):
    """Worker processes making page images; :meth:`wait` collects them, cancellably."""

    def __init__(self, pages: int) -> None:
        self.pool = worker_pool(worker_count(max(pages, 1)))
        self.futures: list[Future[int]] = []

    def submit(self, task: PageImageTask) -> None:
        self.futures.append(self.pool.submit(make_page_image, task))

    def wait(self, on_done: Callable[[], None]) -> None:
        """Collect every image in order, calling ``on_done`` after each (it may raise to stop,
        as a cancelled export does); the first failure raises :class:`PageImageError`."""
        for future in self.futures:
            future.result()
            on_done()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for future in self.futures:
            future.cancel()
        self.pool.shutdown(wait=True, cancel_futures=True)
