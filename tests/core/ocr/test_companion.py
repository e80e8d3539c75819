"""Companion-text alignment: a corrupted copy of a known text onto a scan's words, word by word."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.core.documents.textlayer import load_words
from app.core.ids import TextLayerId
from app.core.library import Library
from app.core.ocr.align_words import align
from app.core.ocr.companion import (
    POOR_ALIGNMENT,
    AlignmentError,
    PoorAlignment,
    attach_companion_text,
)
from app.core.ocr.run import ocr_documents
from app.core.ocr.tesseract import tesseract_available
from db.models import Page, TextLayer
from db.wordpack import WordRow
from tests.core.ocr.helpers import MEMO, corrupt, imported, make_scan, on_word

PARAGRAPHS = [
    "The committee asked on 12 March 1975 for all records of the station between 1959 and "
    "1963, including cables, dispatches and the monthly operational reports of the chief.",
    "Copies were sent to the Office of Security, which will reply directly to the staff "
    "counsel. No record of the meeting of 6 June 1961 was found in the registry files.",
    "Kozyrev laid out a five-step approach which he called the Partnership for a united "
    "Europe that calls for placing NATO, the WEU and the CIS under one coordinating authority.",
    "It also would include a system of bilateral security guarantees, international funding "
    "for Russian peacekeeping efforts and incentives to limit nuclear proliferation.",
]


def truth_words(pages: int = 4) -> list[list[str]]:
    return [" ".join(PARAGRAPHS[p:] + PARAGRAPHS[:p]).split() for p in range(pages)]


def test_align_pairs_corrupted_copies_word_by_word() -> None:
    truth = [w for page in truth_words() for w in page]
    companion = corrupt(truth, 0.10, seed=1)
    scan = corrupt(truth, 0.03, seed=2)
    match = align(companion, scan)
    right = sum(1 for i, j in enumerate(match) if j == i)
    wrong = sum(1 for i, j in enumerate(match) if j is not None and j != i)
    assert right / len(truth) >= 0.95 and wrong / len(truth) <= 0.02


def test_align_leaves_words_absent_from_the_scan_unaligned() -> None:
    scan = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    companion = ["alpha", "beta", "UNCLASSIFIED", "Case", "No", "gamma", "delta", "epsilon", "zeta"]
    match = align(companion, scan)
    assert match == [0, 1, None, None, None, 2, 3, 4, 5]


def text_pdf(path: Path, pages: Sequence[Sequence[str]]) -> list[list[pymupdf.Rect]]:
    """A PDF whose text layer has ``pages`` of words (wrapped 9 to a line); returns their boxes."""
    doc = pymupdf.open()
    boxes: list[list[pymupdf.Rect]] = []
    for words in pages:
        page = doc.new_page(width=500, height=400)
        for n in range(0, len(words), 9):
            page.insert_text((30, 40 + 16 * (n // 9)), " ".join(words[n : n + 9]), fontsize=10)
        boxes.append([pymupdf.Rect(w[:4]) for w in page.get_text("words")])
        assert len(boxes[-1]) == len(words)
    doc.save(path)
    return boxes


def layers(library: Library, doc_id: int, source: str) -> list[list[WordRow]]:
    with library.reading() as s:
        pages = s.scalars(
            select(Page.id).where(Page.document_id == doc_id).order_by(Page.page_index)
        ).all()
        out = []
        for page_id in pages:
            layer = s.scalars(
                select(TextLayer.id).where(TextLayer.page_id == page_id, TextLayer.source == source)
            ).first()
            assert layer is not None
            out.append(load_words(s.connection(), TextLayerId(layer)))
        return out


def test_attach_companion_text_puts_words_on_the_right_boxes_and_pages(
    library: Library, tmp_path: Path
) -> None:
    truth = truth_words()
    scan_pages = [corrupt(words, 0.03, seed=10 + i) for i, words in enumerate(truth)]
    boxes = text_pdf(tmp_path / "scan.pdf", scan_pages)
    doc_id = imported(library, tmp_path / "scan.pdf")
    stamp = "UNCLASSIFIED U S Department of State Case No F-2017-13804"
    companion = [w for words in truth for w in [*stamp.split(), *words]]
    noisy = corrupt(companion, 0.10, seed=3)
    report = attach_companion_text(library, doc_id, " ".join(noisy))

    stored = layers(library, doc_id, "imported-text")
    placed = [(index, w) for index, words in enumerate(stored) for w in words]
    assert [w.text for _, w in placed] == noisy  # nothing lost, nothing added, in order
    right, n = 0, len(stamp.split())
    for index, words in enumerate(truth):
        first = sum(n + len(t) for t in truth[:index]) + n  # this page's words in the companion
        for k, (page, word) in enumerate(placed[first : first + len(words)]):
            box = None if word.x0 is None else pymupdf.Rect(word.x0, word.y0, word.x1, word.y1)
            right += page == index and box == boxes[index][k]
    assert right / sum(len(t) for t in truth) >= 0.95
    assert report.words == len(noisy) and report.aligned_share >= 0.8
    assert [s.text for s in report.unaligned][:1] == [" ".join(noisy[: len(stamp.split())])]
    assert [p.page_index for p in report.pages] == [0, 1, 2, 3]


def test_attaching_to_a_scan_without_words_says_so(library: Library, tmp_path: Path) -> None:
    pdf, _ = make_scan(tmp_path / "blank.pdf", [[]], size=(100, 100), dpi=50)
    doc_id = imported(library, pdf)
    with pytest.raises(AlignmentError, match="no words") as said:
        attach_companion_text(library, doc_id, "some text", ocr_missing=False)
    assert "redline ocr" not in str(said.value)  # (the window shows it too: no command named)


def test_another_documents_text_is_not_made_the_pages_text(
    library: Library, tmp_path: Path
) -> None:
    truth = truth_words()
    text_pdf(tmp_path / "scan.pdf", truth)
    doc_id = imported(library, tmp_path / "scan.pdf")
    other = "Preheat the oven, butter a shallow dish and whisk four eggs with cream. " * 3
    with pytest.raises(PoorAlignment, match=r"were found on the scan: it may be another"):
        attach_companion_text(library, doc_id, other, activate=True)
    with library.reading() as s:  # nothing stored
        assert not s.scalars(select(TextLayer).where(TextLayer.source == "imported-text")).all()
    report = attach_companion_text(library, doc_id, other)  # a layer of its own: said, kept
    assert report.poor and report.aligned_share < POOR_ALIGNMENT
    forced = attach_companion_text(library, doc_id, other, activate=True, force=True)
    assert forced.poor and all(p.text_layer_id is not None for p in forced.pages)
    right = attach_companion_text(library, doc_id, " ".join(w for ws in truth for w in ws))
    assert not right.poor


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_companion_text_onto_tesseract_words_of_a_generated_scan(
    library: Library, tmp_path: Path
) -> None:
    pdf, truths = make_scan(tmp_path / "memo.pdf", [MEMO])
    doc_id = imported(library, pdf)
    assert ocr_documents(library, [doc_id]).ok == 1
    truth_text = [t for t, _ in truths[0]]
    noisy = corrupt(truth_text, 0.10, seed=5)
    attach_companion_text(library, doc_id, " ".join(noisy))
    (stored,) = layers(library, doc_id, "imported-text")
    assert [w.text for w in stored] == noisy
    right = sum(
        w.x0 is not None and on_word(pymupdf.Rect(w.x0, w.y0, w.x1, w.y1), box)
        for w, (_, box) in zip(stored, truths[0], strict=True)
    )
    assert right / len(truth_text) >= 0.95


WORDS = st.lists(st.sampled_from(["the", "cable", "station", "1959", "F", "SC", "FSC", "of", "a"]))


@settings(max_examples=200, deadline=None)
@given(WORDS, WORDS)
def test_align_is_monotonic_and_in_range(a: list[str], b: list[str]) -> None:
    match = align(a, b)
    assert len(match) == len(a)
    found = [j for j in match if j is not None]
    assert all(0 <= j < len(b) for j in found)
    assert found == sorted(found)  # reading order is kept on both sides
    assert all(found.count(j) <= 2 for j in found)  # at most a word split in two shares a box


@settings(max_examples=100, deadline=None)
@given(WORDS)
def test_a_text_aligns_onto_itself_word_for_word(a: list[str]) -> None:
    assert align(a, a) == list(range(len(a)))
