"""The order OCR reads pages in: those with the most ink on them first."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pymupdf
from PIL import Image

from app.core.ids import PageId
from app.core.ocr.run import by_cost, page_ink
from app.core.ocr.tesseract import PageJob


def _scan(ink: float, seed: int) -> bytes:
    """A page image with this share of black specks (more ink: more compressed bytes)."""
    rng = random.Random(seed)
    image = Image.new("1", (400, 520), 1)
    pixels = image.load()
    assert pixels is not None
    for _ in range(int(400 * 520 * ink)):
        pixels[rng.randrange(400), rng.randrange(520)] = 0
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_pages_with_most_ink_are_read_first(tmp_path: Path) -> None:
    pdf = tmp_path / "scan.pdf"
    doc = pymupdf.open()
    for i, share in enumerate((0.0, 0.2, 0.05, 0.2)):
        page = doc.new_page()
        page.insert_image(page.rect, stream=_scan(share, i))
    doc.save(pdf, deflate=True)  # (scans are stored compressed)
    ink = page_ink(str(pdf), range(4))
    assert ink[1] > ink[2] > ink[0] and ink[3] > ink[2]
    jobs = [PageJob(PageId(10 + i), str(pdf), i) for i in range(4)]
    order = [j.page_index for j in by_cost(jobs)]
    assert order[2:] == [2, 0] and sorted(order[:2]) == [1, 3]


def test_image_files_and_unreadable_sources_are_scheduled_too(tmp_path: Path) -> None:
    png = tmp_path / "page.png"
    png.write_bytes(_scan(0.1, 1))
    assert page_ink(str(png), [0]) == {0: png.stat().st_size}
    assert page_ink(str(tmp_path / "gone.pdf"), [0, 1]) == {0: 0, 1: 0}
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing else")
    jobs = [PageJob(PageId(1), str(broken), 0), PageJob(PageId(2), str(png), 0)]
    assert [j.page_id for j in by_cost(jobs)] == [2, 1]
