"""OCR of a memo from the scanned-memo generator: skewed, aged, with stamps and banners."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from rapidfuzz.distance import Levenshtein

from app.core.ids import PageId
from app.core.ocr.tesseract import PageJob, ocr_page, tesseract_available
from app.samples.generator import generate_memo_pdf

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


@pytest.mark.slow
@pytest.mark.parametrize("skew", [1.2, -1.5])
def test_skewed_generated_memo_at_300_dpi(tmp_path: Path, skew: float) -> None:
    truth = generate_memo_pdf(
        tmp_path / "memo.pdf", dpi=300, seed=3, skew_degrees=skew, noise=0.5, redactions=0
    ).pages[0]
    result = ocr_page(PageJob(PageId(1), str(tmp_path / "memo.pdf"), 0, dpi=300))
    assert result.error is None
    ocr_text = " ".join(w.text for w in result.words)
    visible = " ".join(w.text for w in truth.words)
    assert Levenshtein.distance(ocr_text, visible) / len(visible) <= 0.02
    on_words = 0
    for tw in truth.words:  # truth boxes bound the skewed word; the OCR box must centre in one
        box = pymupdf.Rect(tw.x0 - 1, tw.y0 - 1, tw.x1 + 1, tw.y1 + 1)
        on_words += any(
            w.text == tw.text and box.contains(((w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2))  # type: ignore[operator]
            for w in result.words
        )
    assert on_words / len(truth.words) >= 0.95
