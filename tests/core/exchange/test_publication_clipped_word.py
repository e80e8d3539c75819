"""A region that clips a word burns the word out of the page image whole, as the text layer leaves
it out whole (app.core.exchange.pdf_textlayer.withheld): the reviewer's box started inside the "J"
of "Johan", the text lost "Johan" and the page kept half its "J" (2026-12-07). Rendered by a
second reader (poppler's pdftoppm), the clipped word's letters outside the box are black; the
word before it is untouched, in the image and in the text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.changelog import utcnow
from app.core.documents.textlayer import insert_text_layer, set_active_layer
from app.core.exchange import pdf
from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import export_pdf
from app.core.exchange.pdf_expected import LeakFound
from tests.core.exchange.clipped_helpers import clipped_scan
from tests.core.exchange.helpers import add_annotation, new_library, page_info


def _poppler_grey(path: Path, dpi: int = 100) -> np.ndarray:
    prefix = path.with_suffix("")
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-singlefile", str(path), str(prefix)],
                   check=True)  # fmt: skip
    data = prefix.with_suffix(".pgm").read_bytes()
    width, height = (int(v) for v in data.split(b"\n")[1].split())
    return np.frombuffer(data[-width * height :], np.uint8).reshape(height, width)


def _inside(grey: np.ndarray, box: pymupdf.Rect, dpi: int = 100) -> np.ndarray:
    """The pixels of ``box`` (points) less one pixel each way."""
    z = dpi / 72
    return grey[
        int(box.y0 * z) + 1 : int(box.y1 * z) - 1, int(box.x0 * z) + 1 : int(box.x1 * z) - 1
    ]


def test_a_word_the_box_clips_is_burned_whole(tmp_path: Path) -> None:
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
    out = tmp_path / "pub.pdf"
    report = export_pdf(lib, out, ExportScope(documents=[doc_id]))
    lib.close()
    grey = _poppler_grey(out)
    clipped = pymupdf.Rect(johan.x0, johan.y0, cut, johan.y1)  # its letters outside the box
    assert (_inside(grey, clipped) < 40).all(), _inside(grey, clipped)
    assert (_inside(grey, name) > 200).mean() > 0.3  # the word before: its page still shows
    said = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "name" in said and "Johan" not in said and "Artur" not in said
    # the verification checked the grown box too: the region and "Johan"'s line box
    [document] = report.documents
    assert document.verification is not None and document.verification.regions == 2


def test_the_verification_holds_the_grown_area_to_the_burn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the clipped word's box painted over but its pixels left in the scan, the check of
    the images under every burned box (the grown ones among them) refuses the file."""
    words = clipped_scan(tmp_path / "scan.pdf")
    lib, doc_id = new_library(tmp_path / "lib", tmp_path / "scan.pdf")
    page_id, _, _ = page_info(lib, doc_id, 0)
    with lib.transaction() as s:
        layer, text = insert_text_layer(s.connection(), page_id, words, source="tesseract",
                                        created_at=utcnow(), engine="tesseract")  # fmt: skip
        set_active_layer(s.connection(), page_id, layer, text)
    johan, artur = (pymupdf.Rect(w.x0, w.y0, w.x1, w.y1) for w in words[1:])
    cut = johan.x0 + 0.4 * johan.width
    box = (cut, johan.y0 - 1, artur.x1 + 2 - cut, johan.height + 2)
    add_annotation(lib, doc_id, 0, "redaction", region=box, body={"exemptions": ["B6"]})
    from app.core.exchange.pdf_burn import remove_under as removed

    def only_the_regions(page: pymupdf.Page, regions: list[pymupdf.Rect], **kw: bool) -> None:
        removed(page, [r for r in regions if not r.contains(johan)], **kw)

    monkeypatch.setattr(pdf, "remove_under", only_the_regions)
    with pytest.raises(LeakFound, match=r"page 1, region 2 .*an image drawn there"):
        export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]))
    assert not (tmp_path / "pub.pdf").exists()
    lib.close()
