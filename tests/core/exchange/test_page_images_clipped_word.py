"""The page images of the other publications (IIIF, the OCR exports' ``--images``) burn a word a
redaction box clips whole, as their texts leave it out whole: until 2026-12-07 they hid the word
in the text (its line box meets the box) and painted only the box, so half its letters stood
beside it (the publication PDF's own case: tests/core/exchange/test_publication_clipped_word.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from app.core.exchange import iiif, page_images
from app.core.exchange.common import ExportError, ExportScope
from app.core.exchange.iiif import IiifOptions, export_iiif
from app.core.exchange.ocr_export import export_ocr
from app.core.exchange.page_images import PixelBox
from app.core.ids import DocumentId
from app.core.library import Library
from tests.core.exchange.clipped_helpers import InProcessImages, clipped_library

DPI = 100


def _clipped(tmp_path: Path) -> tuple[Library, DocumentId, dict[str, pymupdf.Rect]]:
    """The scan of the PDF's test, its words as OCR boxed them, a box starting inside "Johan"."""
    made = clipped_library(tmp_path)
    return made.lib, made.doc_id, {"name": made.name, "clipped": made.clipped}


def _inside(image: Path, box: pymupdf.Rect) -> np.ndarray:
    """The pixels of ``box`` (points) less one pixel each way, grey."""
    grey = np.asarray(Image.open(image).convert("L"))
    z = DPI / 72
    return grey[
        int(box.y0 * z) + 1 : int(box.y1 * z) - 1, int(box.x0 * z) + 1 : int(box.x1 * z) - 1
    ]


def _burned_whole(image: Path, places: dict[str, pymupdf.Rect]) -> None:
    assert (_inside(image, places["clipped"]) < 60).all(), _inside(image, places["clipped"])
    assert (_inside(image, places["name"]) > 200).mean() > 0.3  # the word before still shows


def test_an_iiif_page_image_burns_a_clipped_word_whole(tmp_path: Path) -> None:
    lib, doc_id, places = _clipped(tmp_path)
    export_iiif(lib, tmp_path / "iiif", ExportScope(documents=[doc_id]),
                options=IiifOptions(dpi=DPI, print_codes=False))  # fmt: skip
    lib.close()
    [image] = [p for p in (tmp_path / "iiif").rglob("*.jpg")]
    _burned_whole(image, places)


def test_an_ocr_exports_page_image_burns_a_clipped_word_whole(tmp_path: Path) -> None:
    lib, doc_id, places = _clipped(tmp_path)
    export_ocr(lib, tmp_path / "alto", ExportScope(documents=[doc_id]), dpi=DPI, images=True)
    lib.close()
    [image] = [p for p in (tmp_path / "alto").rglob("*") if p.suffix in (".png", ".jpg", ".tif")]
    _burned_whole(image, places)
    [alto] = [p for p in (tmp_path / "alto").rglob("*.xml")]
    said = alto.read_text(encoding="utf-8")
    assert 'CONTENT="name"' in said and "Johan" not in said


def test_the_iiif_export_refuses_a_clipped_word_left_unpainted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export reads its page images back against the clipped words too."""
    lib, doc_id, _places = _clipped(tmp_path)
    monkeypatch.setattr(iiif, "PageImagePool", InProcessImages)
    paint = page_images.paint

    def only_the_first(image: Image.Image, boxes: Sequence[PixelBox]) -> None:
        paint(image, boxes[:1])  # the person's box, not the word it clips

    monkeypatch.setattr(page_images, "paint", only_the_first)
    with pytest.raises(ExportError, match="shows pixels inside the burned-in region"):
        export_iiif(lib, tmp_path / "iiif", ExportScope(documents=[doc_id]))
    assert not (tmp_path / "iiif").exists()
    lib.close()
