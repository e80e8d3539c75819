"""Rendering pages and mapping stored word boxes onto rotated pages."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.annotating.page_content import read_page
from app.core.documents.ingest import import_paths
from app.core.documents.queries import document_summary
from app.core.documents.render import (
    PageGeometry,
    RenderedImage,
    render_file_band,
    render_file_page,
    render_file_pixmap,
    render_page,
)
from app.core.library import Library
from tests.builders import make_text_pdf


def _six(m: pymupdf.Matrix) -> tuple[float, ...]:
    """``tuple(m)``, spelled out: pymupdf iterates a Matrix through ``__getitem__`` alone."""
    return (m.a, m.b, m.c, m.d, m.e, m.f)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("size", [(612, 792), (200, 304), (1224, 792)])
def test_geometry_matches_pymupdf(tmp_path: Path, rotation: int, size: tuple[int, int]) -> None:
    path = make_text_pdf(tmp_path / "p.pdf", ["x"], size=size, rotation=rotation)
    with pymupdf.open(path) as doc:
        page = doc[0]
        geometry = PageGeometry(page.cropbox.width, page.cropbox.height, page.rotation)
        assert _six(geometry.matrix) == pytest.approx(_six(page.rotation_matrix))
        assert geometry.display_size == pytest.approx((page.rect.width, page.rect.height))
    box = (10.0, 20.0, 50.0, 30.0)
    x0, y0, x1, y1 = geometry.to_display(box)
    assert x0 < x1 and y0 < y1
    back = [geometry.to_page(x0, y0), geometry.to_page(x1, y1)]
    xs, ys = sorted(p[0] for p in back), sorted(p[1] for p in back)
    assert (xs[0], ys[0], xs[1], ys[1]) == pytest.approx(box)


def _ink(img: RenderedImage, box: tuple[float, ...]) -> float:
    """Share of dark pixels inside a box given in displayed-page points."""
    a = np.frombuffer(img.samples, np.uint8).reshape(img.height, img.stride)[:, : img.width * 3]
    x0, y0, x1, y1 = (round(v * img.zoom) for v in box)
    cut = a[y0:y1, x0 * 3 : x1 * 3]
    return float((cut < 128).mean()) if cut.size else 0.0


@pytest.mark.parametrize("rotation", [90, 270])
def test_word_boxes_land_on_the_printed_words_of_a_rotated_page(
    library: Library, tmp_path: Path, rotation: int
) -> None:
    text = "Vienna station budget figures " * 6
    path = make_text_pdf(tmp_path / "rot.pdf", [text], size=(612, 500), rotation=rotation)
    [outcome] = import_paths(library, [path])
    assert outcome.document_id is not None
    summary = document_summary(library, outcome.document_id)
    page = summary.pages[0]
    words = read_page(library, page.id).text.words
    img = render_page(library, summary.source_sha256, 0, 2.0)
    geometry = PageGeometry(page.width, page.height, page.rotation)
    assert (img.width, img.height) == (1000, 1224)  # shown rotated
    mapped = [_ink(img, geometry.to_display(w.box)) for w in words if w.box]
    unmapped = [_ink(img, w.box) for w in words if w.box]
    assert min(mapped) > 0.05  # every mapped box holds ink
    assert sum(unmapped) / len(unmapped) < min(mapped)


def test_render_sizes(library: Library, tmp_path: Path) -> None:
    [outcome] = import_paths(library, [make_text_pdf(tmp_path / "a.pdf", ["a", "b"])])
    assert outcome.document_id is not None
    sha = document_summary(library, outcome.document_id).source_sha256
    img = render_page(library, sha, 1, 1.5)
    assert (img.width, img.height) == (918, 1188)
    assert img.nbytes == img.stride * img.height


def test_huge_zoom_is_capped(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "big.pdf", ["x"])
    img = render_file_page(path, 0, 40.0)
    assert img.width * img.height <= 24_000_000 and img.zoom < 40.0


def test_image_documents_render_too(library: Library, tmp_path: Path) -> None:
    from tests.builders import make_image

    [outcome] = import_paths(library, [make_image(tmp_path / "scan.png")])
    assert outcome.document_id is not None
    summary = document_summary(library, outcome.document_id)
    img = render_page(library, summary.source_sha256, 0, 1.0)
    assert img.width > 0 and img.height > img.width  # a portrait 300x400 image


@pytest.mark.parametrize("rotation", [0, 270])
@pytest.mark.parametrize("zoom", [0.73, 1.37, 2.0])
@pytest.mark.parametrize("parts", [2, 3])
def test_bands_rendered_apart_stack_up_to_the_whole_render(
    tmp_path: Path, rotation: int, zoom: float, parts: int
) -> None:
    pdf = make_text_pdf(tmp_path / "p.pdf", ["Bands of one page " * 40], rotation=rotation)
    whole, used = render_file_pixmap(pdf, 0, zoom)
    rows = np.frombuffer(whole.samples, np.uint8).reshape(whole.height, whole.stride)
    next_row = 0
    for part in range(parts):
        pix, band_zoom, band = render_file_band(pdf, 0, zoom, part, parts)
        assert band_zoom == used and band.height == whole.height and band.top == next_row
        assert pix.width == whole.width and pix.height > 0
        got = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)
        assert (got == rows[band.top : band.top + pix.height]).all(), part
        next_row = band.top + pix.height
    assert next_row == whole.height


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_image_pixels_match_the_render_and_map_back(rotation: int) -> None:
    """Exported image coordinates (IIIF canvases, ALTO/PAGE/hOCR) refer to the page as rendered."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=1008)
    page.set_rotation(rotation)
    geometry = PageGeometry(612, 1008, rotation)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(150 / 72, 150 / 72), alpha=False)
    assert geometry.image_size(150) == (pix.width, pix.height)
    box = (100.0, 200.0, 300.0, 260.0)
    x, y, w, h = geometry.to_image(box, 150)
    back = geometry.from_image((x, y, w, h), 150)
    assert all(abs(a - b) < 72 / 150 for a, b in zip(back, box, strict=True))
    # The box lands where MuPDF draws it on the rotated render.
    shown = pymupdf.Rect(box) * page.rotation_matrix * pymupdf.Matrix(150 / 72, 150 / 72)
    assert abs(shown.x0 - x) <= 1 and abs(shown.y0 - y) <= 1


@pytest.mark.parametrize("rotation", [0, 90, 180, 270, 450, -90])
def test_from_image_gives_the_box_of_the_inverted_rotation_matrix(rotation: int) -> None:
    """In plain arithmetic, the box MuPDF's inverse of the page's rotation matrix gives (which
    rounds to single precision: this does not), for random boxes (negative widths, off the
    page, fractions) at random resolutions."""
    rng = random.Random(rotation)
    for _ in range(2000):
        geometry = PageGeometry(rng.uniform(1, 2000), rng.uniform(1, 2000), rotation)
        x, y, w, h = (rng.uniform(-500, 3000) for _ in range(4))
        box = (x, y, w, h)
        dpi = rng.choice([36, 72, 96, 150, 300, rng.uniform(10, 1200)])
        s = 72 / dpi
        r = pymupdf.Rect(x * s, y * s, (x + w) * s, (y + h) * s) * ~geometry.matrix
        r.normalize()
        expected = pytest.approx((r.x0, r.y0, r.x1, r.y1), rel=1e-6, abs=1e-3)
        assert geometry.from_image(box, dpi) == expected, (geometry, box, dpi)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_image_boxes_agree_with_mupdfs_rotation(rotation: int) -> None:
    geometry = PageGeometry(300.5, 700.25, rotation)
    for box in [(0.0, 0.0, 10.0, 20.0), (12.5, 40.0, 290.0, 41.5), (299.0, 690.0, 300.5, 700.25)]:
        x0, y0, x1, y1 = geometry.to_display(box)
        s = 200 / 72
        x, y, w, h = geometry.to_image(box, 200)
        assert (x, y) == (round(x0 * s), round(y0 * s))
        assert (x + w, y + h) == (round(x1 * s), round(y1 * s))
