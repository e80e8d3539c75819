"""What the clipped-word tests share: a scan printing a line of words, with the boxes an OCR
engine would give them (tests/core/exchange/test_publication_clipped_word.py,
test_page_images_clipped_word.py), and the page-image pool run in this process (so that a
test's patch of the painting holds; test_publication_lines_everywhere.py too)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image, ImageDraw, ImageFont

from app.core.changelog import utcnow
from app.core.documents.textlayer import RawWord, insert_text_layer, set_active_layer
from app.core.exchange import page_images
from app.core.ids import DocumentId
from app.core.library import Library
from tests.core.exchange.helpers import add_annotation, new_library, page_info

SCALE = 2  # image pixels a point
LINE = [("name", 60.0), ("Johan", 100.0), ("Artur", 150.0)]  # words and where they start (pt)
TOP = 200.0  # points


def clipped_scan(path: Path) -> list[RawWord]:
    """A one-page scan printing LINE in its pixels; its words as an OCR engine would box them."""
    img = Image.new("L", (612 * SCALE, 792 * SCALE), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=12 * SCALE)
    words = []
    for n, (text, x) in enumerate(LINE):
        at = (x * SCALE, TOP * SCALE)
        draw.text(at, text, fill=0, font=font)
        x0, y0, x1, y1 = draw.textbbox(at, text, font=font)
        words.append(RawWord(text, x0 / SCALE, y0 / SCALE, x1 / SCALE, y1 / SCALE, word=n))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    doc = pymupdf.open()
    doc.new_page(width=612, height=792).insert_image(
        pymupdf.Rect(0, 0, 612, 792), stream=buf.getvalue()
    )
    doc.save(path)
    doc.close()
    return words


class InProcessImages:
    """The page-image pool, in this process (so that a test's patch of the painting holds)."""

    def __init__(self, pages: int) -> None:
        self.tasks: list[page_images.PageImageTask] = []

    def __enter__(self) -> InProcessImages:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def submit(self, task: page_images.PageImageTask) -> None:
        self.tasks.append(task)

    def wait(self, on_done: Callable[[], None]) -> None:
        for task in self.tasks:
            page_images.make_page_image(task)
            on_done()


@dataclass
class Clipped:
    """A library of :func:`clipped_scan` with its words as the active layer and a B6 redaction
    box starting inside "Johan" (at ``cut``) and holding "Artur"."""

    lib: Library
    doc_id: DocumentId
    name: pymupdf.Rect
    johan: pymupdf.Rect
    cut: float

    @property
    def clipped(self) -> pymupdf.Rect:
        """The clipped word's letters outside the box."""
        return pymupdf.Rect(self.johan.x0, self.johan.y0, self.cut, self.johan.y1)


def clipped_library(tmp_path: Path) -> Clipped:
    words = clipped_scan(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", tmp_path / "scan.pdf")
    page_id, _, _ = page_info(lib, doc_id, 0)
    with lib.transaction() as s:
        layer, text = insert_text_layer(s.connection(), page_id, words, source="tesseract",
                                        created_at=utcnow(), engine="tesseract")  # fmt: skip
        set_active_layer(s.connection(), page_id, layer, text)
    name, johan, artur = (pymupdf.Rect(w.x0, w.y0, w.x1, w.y1) for w in words)
    cut = johan.x0 + 0.4 * johan.width  # the box starts inside the "J…"
    box = (cut, johan.y0 - 1, artur.x1 + 2 - cut, johan.height + 2)
    add_annotation(lib, doc_id, 0, "redaction", region=box, body={"exemptions": ["B6"]})
    return Clipped(lib, doc_id, name, johan, cut)
