"""The check of what is drawn in a burned region: no vector art but its own fill and outline,
every image drawn there one value under it at the image's own resolution (soft masks too), and
PyMuPDF's and poppler's renders the fill (less an anti-aliasing margin) but on the letters of the
exemption codes printed there, as the same reader renders them drawn alone (the page's burns
painted again on a blank page of its size and turn). The pixel work is
:mod:`app.core.exchange.pdf_pixels`'.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from app.core.exchange.pdf_burn import Burn, Look, paint
from app.core.exchange.pdf_expected import EDGE, Expected, LeakFound, Region
from app.core.exchange.pdf_pixels import (
    Area,
    Placement,
    mupdf_render_leak,
    placements,
    poppler_render_leak,
    read_pgm,
    samples,
    uniform_under,
)
from app.core.wording import translate


def _inside(box: pymupdf.Rect, region: pymupdf.Rect) -> bool:
    """Whether ``box`` reaches into ``region`` (by more than :data:`EDGE`)."""
    inner = pymupdf.Rect(region.x0 + EDGE, region.y0 + EDGE, region.x1 - EDGE, region.y1 - EDGE)
    return bool(box.intersects(inner))


def _item_box(item: tuple[object, ...]) -> pymupdf.Rect:
    """The bounding box of one drawing command (line, curve, rectangle or quad)."""
    points: list[pymupdf.Point] = []
    for part in item[1:]:
        if isinstance(part, pymupdf.Rect):
            points += [part.tl, part.br]
        elif isinstance(part, pymupdf.Quad):
            points += [part.ul, part.ur, part.ll, part.lr]
        elif isinstance(part, pymupdf.Point):
            points.append(part)
    if not points:
        return pymupdf.Rect()
    xs, ys = [p.x for p in points], [p.y for p in points]
    return pymupdf.Rect(min(xs), min(ys), max(xs), max(ys))


def check_drawings(page: pymupdf.Page, regions: Sequence[Region], expect: Expected) -> None:
    """No vector art inside a region but its own fill and outline."""
    for path in page.get_drawings():
        filled = path.get("fill") is not None
        for item in path["items"]:
            area = _item_box(item)
            for region in regions:
                if not _touches(area, region.rect):
                    continue
                own_fill = filled and item[0] == "re" and any(_close(area, r.rect) for r in regions)
                own_outline = (
                    not filled and expect.inset > 0 and any(area in _grown(r) for r in regions)
                )
                if not (own_fill or own_outline):
                    raise LeakFound(
                        translate(
                            "Redline", "{where}: vector art other than the fill lies inside it"
                        ).format(where=region.where())
                    )


def _touches(area: pymupdf.Rect, region: pymupdf.Rect) -> bool:
    """Whether a drawing's box (a line's may have no width or height) reaches into a region."""
    return (
        area.x0 < region.x1 - EDGE
        and area.x1 > region.x0 + EDGE
        and area.y0 < region.y1 - EDGE
        and area.y1 > region.y0 + EDGE
    )


def _close(a: pymupdf.Rect, b: pymupdf.Rect, tol: float = 0.05) -> bool:
    return all(
        abs(x - y) <= tol for x, y in ((a.x0, b.x0), (a.y0, b.y0), (a.x1, b.x1), (a.y1, b.y1))
    )


def _grown(region: Region) -> pymupdf.Rect:
    r = region.rect
    return pymupdf.Rect(r.x0 - 0.5, r.y0 - 0.5, r.x1 + 0.5, r.y1 + 0.5)


class _Images:
    """The images drawn on one page, decoded once each, with their soft masks."""

    def __init__(self, doc: pymupdf.Document, page: pymupdf.Page) -> None:
        self.doc, self.page = doc, page
        self.listed = page.get_images(full=True)  # (xref, smask, width, height, ...)
        self._decoded: dict[int, np.ndarray] = {}
        self._exact: list[dict[str, Any]] | None = None

    def _pixels(self, xref: int) -> np.ndarray:
        if xref not in self._decoded:
            self._decoded[xref] = samples(pymupdf.Pixmap(self.doc, xref))
        return self._decoded[xref]

    def arrays_of(self, placed: Placement) -> list[np.ndarray]:
        """The sample arrays (image, then its soft mask) of what ``placed`` draws."""
        same = [x for x in self.listed if (x[2], x[3]) == (placed.width, placed.height)]
        if len(same) > 1:  # two images of one size: find which by the (slower) digests
            same = [x for x in same if x[0] == self._exact_xref(placed)]
        if not same:
            return self._inline(placed)
        xref, smask = same[0][0], same[0][1]
        return [self._pixels(xref)] + ([self._pixels(smask)] if smask else [])

    def _exact_xref(self, placed: Placement) -> int:
        if self._exact is None:
            self._exact = self.page.get_image_info(xrefs=True)
        for info in self._exact:
            if _close(pymupdf.Rect(info["bbox"]), placed.bbox):
                return int(info["xref"])
        return 0

    def _inline(self, placed: Placement) -> list[np.ndarray]:
        """An image written into the content stream itself (no object of its own)."""
        found = self.page.get_text("dict", flags=pymupdf.TEXT_PRESERVE_IMAGES, clip=placed.bbox)
        for block in found["blocks"]:
            if block["type"] == 1 and _close(pymupdf.Rect(block["bbox"]), placed.bbox, 0.5):
                return [samples(pymupdf.Pixmap(block["image"]))]
        raise LeakFound(
            translate("Redline", "an image on page {page} cannot be read back to check it").format(
                page=self.page.number + 1
            )
        )


def check_images(
    doc: pymupdf.Document, page: pymupdf.Page, regions: Sequence[Region], expect: Expected
) -> None:
    images = _Images(doc, page)
    for placed in placements(page):
        hit = [r for r in regions if _inside(placed.bbox, r.rect)]
        if not hit:
            continue
        arrays = images.arrays_of(placed)
        for region in hit:
            for pixels in arrays:
                if not uniform_under(pixels, placed.transform, region.rect):
                    raise LeakFound(
                        translate(
                            "Redline",
                            "{where}: an image drawn there ({width} x {height} pixels) still "
                            "holds what lies under it",
                        ).format(where=region.where(), width=placed.width, height=placed.height)
                    )


def _area(region: Region, regions: Sequence[Region], expect: Expected) -> Area:
    labels = tuple(r.label_rect for r in regions if r.label_rect is not None)
    outlines = tuple(r.rect for r in regions if r is not region) if expect.inset else ()
    return Area(region.rect, expect.inset, labels, outlines)


def draw_alone(
    path: Path, by_page: dict[int, list[Region]], expect: Expected, out: Path
) -> dict[int, int]:
    """Write ``out``: for each page of ``path`` whose regions print codes, a page of its size
    and turn holding only its burns, painted as the export paints them. Returns each such
    page's number in ``out`` by its index (empty: no codes printed, nothing written)."""
    numbers: dict[int, int] = {}
    look = Look(expect.fill, expect.ink, outline=expect.inset > 0)
    with pymupdf.open(path) as doc, pymupdf.open() as alone:
        for index, regions in sorted(by_page.items()):
            if not any(r.burn is not None and r.burn.label for r in regions):
                continue
            page = doc[index]
            rotate = page.rotation
            page.set_rotation(0)  # in memory only
            blank = alone.new_page(width=page.rect.width, height=page.rect.height)
            paint(blank, [r.burn or Burn(r.rect) for r in regions], look)
            blank.set_rotation(rotate)
            numbers[index] = len(numbers)
        if numbers:
            alone.save(out)
    return numbers


def check_mupdf_render(
    page: pymupdf.Page, regions: Sequence[Region], expect: Expected, alone: pymupdf.Page | None
) -> None:
    for region in regions:
        wrong = mupdf_render_leak(page, _area(region, regions, expect), expect.fill_grey, alone)
        if wrong:
            raise LeakFound(
                translate(
                    "Redline",
                    "{where}: PyMuPDF renders {wrong} pixel(s) inside it other than the fill",
                ).format(where=region.where(), wrong=wrong)
            )


def check_poppler_render(
    image: Path | None,
    rotation: pymupdf.Matrix,
    regions: Sequence[Region],
    expect: Expected,
    alone: Path | None,
) -> None:
    if image is None:
        raise LeakFound(
            translate("Redline", "page {page}: pdftoppm rendered no image of it").format(
                page=regions[0].page_index + 1
            )
        )
    grey = read_pgm(image)
    drawn = read_pgm(alone) if alone is not None else None
    for region in regions:
        area = _area(region, regions, expect)
        wrong = poppler_render_leak(grey, rotation, area, expect.fill_grey, drawn)
        if wrong:
            raise LeakFound(
                translate(
                    "Redline",
                    "{where}: poppler renders {wrong} pixel(s) inside it other than the fill",
                ).format(where=region.where(), wrong=wrong)
            )
