"""A region that clips a word burns the word out of the page image whole, as the text layer leaves
it out whole (app.core.exchange.withheld.withheld): the reviewer's box started inside the "J"
of "Johan", the text lost "Johan" and the page kept half its "J" (2026-12-07). Rendered by a
second reader (poppler's pdftoppm), the clipped word's letters outside the box are black; the
word before it is untouched, in the image and in the text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from app.core.exchange import pdf
from app.core.exchange.common import ExportScope
from app.core.exchange.pdf import export_pdf
from app.core.exchange.pdf_expected import LeakFound
from tests.core.exchange.clipped_helpers import clipped_library


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
    made = clipped_library(tmp_path)
    lib, doc_id, name, johan, cut = made.lib, made.doc_id, made.name, made.johan, made.cut
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
    made = clipped_library(tmp_path)
    lib, doc_id, johan = made.lib, made.doc_id, made.johan
    from app.core.exchange.pdf_burn import remove_under as removed

    def only_the_regions(page: pymupdf.Page, regions: list[pymupdf.Rect], **kw: bool) -> None:
        removed(page, [r for r in regions if not r.contains(johan)], **kw)

    monkeypatch.setattr(pdf, "remove_under", only_the_regions)
    with pytest.raises(LeakFound, match=r"page 1, region 2 .*an image drawn there"):
        export_pdf(lib, tmp_path / "pub.pdf", ExportScope(documents=[doc_id]))
    assert not (tmp_path / "pub.pdf").exists()
    lib.close()
