"""The check a publication PDF passes before it exists: the written file is read back by two
independent readers, PyMuPDF (MuPDF) and poppler (``pdftotext -bbox``, ``pdftoppm``).

For every burned region:
- no character either reader extracts lies inside it (only the printed exemption codes): no
  letter under it as PyMuPDF bounds its glyph's ink (the rule the burn takes words out by:
  :mod:`app.core.exchange.pdf_glyphs`), no word's core (its box less a little of its height
  each way) as poppler boxes it (:mod:`app.core.exchange.pdf_text_check`);
- PyMuPDF and poppler both render it as the fill (less an anti-aliasing margin), but on the
  letters of the exemption codes printed there, as the same reader renders them drawn alone (the
  page's burns painted again on a blank page of its size and turn);
- every image drawn there holds one value under it, at the image's own resolution (soft masks
  too), and no vector art but the fill lies there (:mod:`app.core.exchange.pdf_image_check`).
For the whole file:
- no quote of a burned, text-anchored redaction appears in the text either reader extracts from
  any page (a refusal names every place a reader finds one, with the words around it:
  :func:`~app.core.exchange.pdf_file_check.refuse_places`), nor in any object or decompressed
  stream (images and font programs aside);
- no document information, XMP metadata, embedded file, script, form or outline (unless asked
  for) is present, and no annotation but those asked for, none over a region
  (:mod:`app.core.exchange.pdf_file_check`).

Any finding raises :class:`~app.core.exchange.pdf_expected.LeakFound`, naming the page and the
region; the export then writes nothing. poppler runs in its own processes while PyMuPDF checks,
so the two overlap (:mod:`app.core.exchange.pdf_poppler`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from app.core.exchange.pdf_expected import Expected, LeakFound, Region
from app.core.exchange.pdf_file_check import (
    Place,
    check_bytes,
    check_document,
    quote_places,
    refuse_places,
    searched_quotes,
)
from app.core.exchange.pdf_image_check import (
    check_drawings,
    check_images,
    check_mupdf_render,
    check_poppler_render,
    draw_alone,
)
from app.core.exchange.pdf_poppler import Cancel, Poppler, poppler_version
from app.core.exchange.pdf_text_check import check_mupdf_text, check_poppler_text
from app.core.scratch import scratch_dir
from app.core.wording import translate


@dataclass(frozen=True)
class Verification:
    """What was checked and by whom."""

    readers: tuple[str, ...]
    pages: int
    regions: int
    quotes: int
    seconds: float


def readers() -> tuple[str, ...]:
    """The two readers and their versions."""
    return (f"PyMuPDF {pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})", poppler_version())


def _on_page(regions: Sequence[Region]) -> dict[int, list[Region]]:
    found: dict[int, list[Region]] = {}
    for r in regions:
        found.setdefault(r.page_index, []).append(r)
    return found


def verify_publication(
    path: Path,
    expect: Expected,
    *,
    on_page: Callable[[], None] | None = None,
    cancel: Cancel | None = None,
) -> Verification:
    """Read ``path`` back with PyMuPDF and poppler; raise :class:`LeakFound` on any finding.
    ``on_page()`` is called as PyMuPDF starts each page (it may raise to cancel)."""
    started = time.perf_counter()
    who = readers()
    by_page = _on_page(expect.regions)
    quotes = searched_quotes(expect.quotes)
    with scratch_dir("verify") as work:
        alone_file = Path(work) / "alone.pdf"
        alone = draw_alone(path, by_page, expect, alone_file)
        poppler = Poppler(path, list(by_page), Path(work), alone_file if alone else None)
        try:
            rotations = _check_with_mupdf(path, by_page, expect, quotes, on_page, alone_file, alone)
            words = poppler.words(cancel)
            for index, regions in by_page.items():
                check_poppler_text(words[index], ~rotations[index], regions)
            places: list[Place] = []
            for index, page_words in enumerate(words):
                places += quote_places(index, " ".join(w for _, w in page_words), quotes)
            refuse_places(places, "poppler")
            images = poppler.renders_by_page(cancel)
            drawn = poppler.renders_by_page(cancel, "alone")
            for index, regions in by_page.items():
                codes = drawn.get(alone[index]) if index in alone else None
                if index in alone and codes is None:
                    raise LeakFound(
                        translate("Redline", "page {page}: pdftoppm rendered no image of its codes")
                        .format(page=index + 1)
                    )  # fmt: skip
                check_poppler_render(images.get(index), rotations[index], regions, expect, codes)
        finally:
            poppler.stop()
    return Verification(
        who,
        len(words),
        len(expect.regions),
        len(quotes),
        time.perf_counter() - started,
    )


def _check_with_mupdf(
    path: Path,
    by_page: dict[int, list[Region]],
    expect: Expected,
    quotes: Sequence[str],
    on_page: Callable[[], None] | None,
    alone_file: Path,
    alone: dict[int, int],
) -> dict[int, pymupdf.Matrix]:
    """The PyMuPDF half; returns each checked page's rotation (unrotated to shown points).
    ``alone``: the page in ``alone_file`` that holds a page's burns drawn alone, by index."""
    rotations: dict[int, pymupdf.Matrix] = {}
    places: list[Place] = []  # (every page's: a refusal names them all)
    with (
        pymupdf.open(path) as doc,
        pymupdf.open(alone_file) if alone else contextlib.nullcontext() as drawn,
    ):
        for index in range(doc.page_count):
            if on_page is not None:
                on_page()
            page = doc[index]
            regions = by_page.get(index)
            if regions:
                rotations[index] = pymupdf.Matrix(page.rotation_matrix)
                page.set_rotation(0)  # in memory only: regions are in unrotated points
                check_mupdf_text(page, regions)
                check_drawings(page, regions, expect)
                check_images(doc, page, regions, expect)
                codes = drawn[alone[index]] if drawn is not None and index in alone else None
                if codes is not None:
                    codes.set_rotation(0)  # in memory only, as the page
                check_mupdf_render(page, regions, expect, codes)
            places += quote_places(index, page.get_text(), quotes)
        refuse_places(places, "PyMuPDF")
        check_bytes(doc, quotes)
        check_document(doc, expect, quotes)
    return rotations
