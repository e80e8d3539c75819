"""The scanned-memo generator: determinism, text layers, ground-truth boxes, pixels, import."""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from rapidfuzz.distance import Levenshtein

from app.core.documents.ingest import import_file
from app.core.library import Library
from app.samples.generator import generate_memo_pdf, generate_text_pdf
from app.samples.noise import ocr_noise_text
from app.samples.truth import GeneratedDocument, GeneratedPage, TextLayerMode

EXEMPTIONS = {"B1", "B3", "B5", "B6", "1.4(c)", "3.5(c)"}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated")


@pytest.fixture(scope="module")
def clean_doc(out: Path) -> GeneratedDocument:
    return generate_memo_pdf(
        out / "clean.pdf", pages=2, seed=7, text_layer="clean", skew_degrees=1.3, redactions=2
    )


@pytest.fixture(scope="module")
def image_doc(out: Path) -> GeneratedDocument:
    return generate_memo_pdf(out / "image.pdf", pages=3, seed=8, classification="confidential")


def _gray(path: Path, index: int, dpi: int = 150) -> np.ndarray:
    with pymupdf.open(path) as doc:
        pix = doc[index].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
        return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).copy()


def _region(img: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    s = img.shape[1] / 612.0  # pixels per point
    return img[round(y0 * s) : round(y1 * s), round(x0 * s) : round(x1 * s)]


def _iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    area = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / area


def _reading_order(words: list[tuple]) -> list[tuple]:
    """Sort extracted words by line (rounded centre y) then x, to compare with the truth."""
    return sorted(words, key=lambda w: (round((w[1] + w[3]) / 2 / 6), w[0]))


def test_same_seed_gives_the_same_bytes_and_truth(out: Path) -> None:
    a = generate_memo_pdf(out / "a.pdf", seed=3, text_layer="noisy", dpi=100)
    b = generate_memo_pdf(out / "b.pdf", seed=3, text_layer="noisy", dpi=100)
    c = generate_memo_pdf(out / "c.pdf", seed=4, text_layer="noisy", dpi=100)
    assert a.pages == b.pages
    assert (out / "a.pdf").read_bytes() == (out / "b.pdf").read_bytes()
    assert a.pages != c.pages
    assert (out / "a.pdf").read_bytes() != (out / "c.pdf").read_bytes()


def test_image_only_pdf_has_no_text_and_one_image_per_page(image_doc: GeneratedDocument) -> None:
    with pymupdf.open(image_doc.path) as doc:
        assert doc.page_count == 3
        for page in doc:
            assert page.get_text("words") == []
            assert len(page.get_images()) == 1
    assert all(p.layer_text is None for p in image_doc.pages)
    assert all(p.words for p in image_doc.pages)  # the truth still knows what is printed


def test_clean_layer_words_equal_truth_words_and_boxes_overlap(
    clean_doc: GeneratedDocument,
) -> None:
    with pymupdf.open(clean_doc.path) as doc:
        for page, truth in zip(doc, clean_doc.pages, strict=True):
            words = page.get_text("words")
            assert sorted(w[4] for w in words) == sorted(w.text for w in truth.words)
            by_text: dict[str, list[tuple[float, ...]]] = {}
            for w in words:
                by_text.setdefault(w[4], []).append(w[:4])
            for t in truth.words:
                box = (t.x0, t.y0, t.x1, t.y1)
                assert max(_iou(box, b) for b in by_text[t.text]) > 0.8, t
            assert truth.layer_text == truth.text


def test_noisy_layer_differs_from_clean_at_about_the_requested_rate(out: Path) -> None:
    doc = generate_memo_pdf(out / "noisy.pdf", pages=2, seed=11, text_layer="noisy", ocr_noise=0.08)
    for truth in doc.pages:
        assert truth.layer_text is not None
        assert len(truth.layer_words) == len(truth.words)
        chars = sum(len(w.text) for w in truth.words)
        edits = sum(
            Levenshtein.distance(a.text, b.text)
            for a, b in zip(truth.words, truth.layer_words, strict=True)
        )
        assert 0.04 < edits / chars < 0.12
    with pymupdf.open(doc.path) as pdf:
        extracted = sorted(w[4] for w in pdf[0].get_text("words"))
    assert extracted == sorted(w.text for w in doc.pages[0].layer_words)


def _boxes(page: GeneratedPage) -> list[tuple[float, float, float, float]]:
    out = [(w.x0, w.y0, w.x1, w.y1) for w in page.words]
    out += [(m.x, m.y, m.x + m.w, m.y + m.h) for m in page.markings]
    out += [(r.x, r.y, r.x + r.w, r.y + r.h) for r in page.redactions]
    return out


def test_every_box_lies_within_the_page(
    clean_doc: GeneratedDocument, image_doc: GeneratedDocument
) -> None:
    for page in (*clean_doc.pages, *image_doc.pages):
        for x0, y0, x1, y1 in _boxes(page):
            assert 0 <= x0 < x1 <= page.width
            assert 0 <= y0 < y1 <= page.height


def test_an_a4_page_keeps_everything_on_the_paper(out: Path) -> None:
    doc = generate_memo_pdf(out / "a4.pdf", seed=9, page_size=(595.0, 842.0), skew_degrees=-2.0)
    page = doc.pages[0]
    assert (page.width, page.height) == (595.0, 842.0)
    for x0, y0, x1, y1 in _boxes(page):
        assert 0 <= x0 < x1 <= 595 and 0 <= y0 < y1 <= 842
    with pymupdf.open(doc.path) as pdf:
        assert pdf[0].rect == pymupdf.Rect(0, 0, 595, 842)


def test_markings_name_what_is_printed(image_doc: GeneratedDocument) -> None:
    for page in image_doc.pages:
        cats = [m.category for m in page.markings]
        assert cats.count("classification") == 2
        assert cats.count("release") == 1
        assert cats.count("identifier") == 2
        assert cats.count("exemption") == len(page.redactions) == 1
        for m in page.markings:
            assert m.text in page.text
            if m.category == "classification":
                assert m.value == "CONFIDENTIAL"
            if m.category == "portion":
                assert m.value in {"(C)", "(U)"}
        assert {r.exemption for r in page.redactions} <= EXEMPTIONS
    assert "-2-" in image_doc.pages[1].text and "-3-" in image_doc.pages[2].text


def test_solid_redaction_is_dark_inside(out: Path) -> None:
    doc = generate_memo_pdf(
        out / "solid.pdf", seed=2, skew_degrees=0.0, redactions=3, redaction_style="solid"
    )
    img = _gray(doc.path, 0)
    assert len(doc.pages[0].redactions) == 3
    for r in doc.pages[0].redactions:
        assert r.style == "solid"
        assert _region(img, r.x + 2, r.y + 2, r.x + r.w - 2, r.y + r.h - 2).mean() < 100


def test_outline_redaction_has_a_dark_border_and_light_inside(out: Path) -> None:
    doc = generate_memo_pdf(
        out / "outline.pdf", seed=2, skew_degrees=0.0, redactions=2, redaction_style="outline"
    )
    img = _gray(doc.path, 0)
    assert doc.pages[0].redactions
    for r in doc.pages[0].redactions:
        assert r.style == "outline"
        top_edge = _region(img, r.x + 3, r.y - 0.6, r.x + r.w - 3, r.y + 0.6)
        left_inside = _region(img, r.x + 2, r.y + 3, r.x + 5, r.y + r.h - 3)
        assert top_edge.mean() < 130
        assert left_inside.mean() > 170


def test_skew_rotates_the_boxes_about_the_page_centre(out: Path) -> None:
    flat = generate_memo_pdf(out / "flat.pdf", seed=5, skew_degrees=0.0, redaction_style="solid")
    skewed = generate_memo_pdf(out / "skew.pdf", seed=5, skew_degrees=2.0, redaction_style="solid")
    r0, r2 = flat.pages[0].redactions[0], skewed.pages[0].redactions[0]
    assert skewed.pages[0].skew_degrees == 2.0
    (ax, ay), (bx, by) = r2.corners[0], r2.corners[1]
    assert math.degrees(math.atan2(-(by - ay), bx - ax)) == pytest.approx(2.0)
    cx, cy = r0.x + r0.w / 2 - 306, r0.y + r0.h / 2 - 396
    a = math.radians(2.0)
    expected = (
        306 + cx * math.cos(a) + cy * math.sin(a),
        396 - cx * math.sin(a) + cy * math.cos(a),
    )
    assert (r2.x + r2.w / 2, r2.y + r2.h / 2) == pytest.approx(expected)
    # The raster turned the same way as the truth: the box is dark where the truth says.
    img = _gray(skewed.path, 0)
    ex, ey = expected
    assert _region(img, ex - 3, ey - 2, ex + 3, ey + 2).mean() < 100
    assert flat.pages[0].words[0] != skewed.pages[0].words[0]


def test_generated_pdfs_import_with_the_right_pages_and_ocr_flags(
    tmp_path: Path, clean_doc: GeneratedDocument, image_doc: GeneratedDocument
) -> None:
    with Library.open(tmp_path / "lib") as lib:
        scanned = import_file(lib, image_doc.path)
        layered = import_file(lib, clean_doc.path)
    assert scanned.status == "imported" and scanned.pages == 3
    assert scanned.pages_needing_ocr == 3
    assert layered.status == "imported" and layered.pages == 2
    assert layered.pages_needing_ocr == 0


def test_text_pdf_has_a_real_text_layer_matching_the_truth(out: Path) -> None:
    doc = generate_text_pdf(out / "text.pdf", pages=12, seed=1)
    with pymupdf.open(doc.path) as pdf:
        assert pdf.page_count == 12
        assert not pdf[0].get_images()
        for page, truth in zip(pdf, doc.pages, strict=True):
            words = _reading_order(page.get_text("words"))
            assert [w[4] for w in words] == [w.text for w in _reading_order_truth(truth)]
            for w, t in zip(words, _reading_order_truth(truth), strict=True):
                assert _iou(w[:4], (t.x0, t.y0, t.x1, t.y1)) > 0.95


def _reading_order_truth(page: GeneratedPage) -> list:
    return sorted(page.words, key=lambda w: (round((w.y0 + w.y1) / 2 / 6), w.x0))


@pytest.mark.parametrize("seed", range(20))
def test_ocr_noise_never_lengthens_or_empties_a_word(seed: int) -> None:
    rng = random.Random(seed)
    for word in ("S", "rn", "Classification", "1962/04/11", "(b)(1)", "modern"):
        noisy = ocr_noise_text(word, 0.5, rng)
        assert 0 < len(noisy) <= len(word)
        assert " " not in noisy
    assert ocr_noise_text("Classification", 0.0, rng) == "Classification"


def test_redacted_words_are_gone_from_the_truth(out: Path) -> None:
    # Seed 10 blanks a whole three-row passage in an outlined box, and one more run of words.
    doc = generate_memo_pdf(out / "passage.pdf", seed=10, redactions=2, skew_degrees=0.0)
    page = doc.pages[0]
    assert max(r.h for r in page.redactions) > 2 * 13
    codes = {m.text for m in page.markings if m.category == "exemption"}
    for r in page.redactions:
        for w in page.words:
            if w.text in codes:
                continue
            ix = max(0.0, min(w.x1, r.x + r.w) - max(w.x0, r.x))
            iy = max(0.0, min(w.y1, r.y + r.h) - max(w.y0, r.y))
            # Rows touch: a word above or below may graze the box edge by half a point.
            assert ix * iy < 0.1 * (w.x1 - w.x0) * (w.y1 - w.y0), (w, r)


def test_the_text_layer_never_changes_what_is_printed(out: Path) -> None:
    kinds: tuple[TextLayerMode, ...] = ("none", "clean", "noisy")
    docs = [generate_memo_pdf(out / f"{k}.pdf", seed=6, pages=2, text_layer=k) for k in kinds]
    assert docs[0].pages[1].words == docs[1].pages[1].words == docs[2].pages[1].words
    assert docs[1].pages[1].layer_text != docs[2].pages[1].layer_text


@pytest.mark.parametrize(
    "kwargs",
    [{"pages": 0}, {"dpi": 10}, {"noise": 1.5}, {"ocr_noise": -0.1}, {"page_size": (300, 400)}],
)
def test_impossible_arguments_are_refused(out: Path, kwargs: dict) -> None:
    with pytest.raises(ValueError):
        generate_memo_pdf(out / "bad.pdf", **kwargs)
    assert not (out / "bad.pdf").exists()


def test_every_truth_word_has_ink_under_it(out: Path) -> None:
    doc = generate_memo_pdf(out / "ink.pdf", seed=12, noise=0.0, skew_degrees=-1.7)
    img = _gray(doc.path, 0)
    for w in doc.pages[0].words:
        inked = (_region(img, w.x0, w.y0, w.x1, w.y1) < 140).mean()
        assert inked > 0.04, w
    # ... and the paper between two body rows has none.
    body = [w for w in doc.pages[0].words if w.block >= 20]
    gap = _region(img, body[0].x0, body[0].y1 + 0.5, body[0].x1, body[0].y1 + 1.5)
    assert (gap < 140).mean() < 0.02
