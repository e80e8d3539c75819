"""The doubtful-word queue: low OCR confidence, and companion text that reads a word differently."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.core.annotating.annotations import create_annotation, delete_annotation, update_annotation
from app.core.annotating.records import Span
from app.core.changelog import utcnow
from app.core.documents.textlayer import RawWord, insert_text_layer, set_active_layer
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.ocr.companion import attach_companion_text
from app.core.ocr.doubtful import (
    document_doubtful_words,
    next_doubtful,
    page_corrected_words,
    to_check,
)
from db.models import Page, TextLayer
from tests.core.ocr.helpers import imported, make_scan

PAGES = [
    [("The", 96.0), ("Havana", 41.0), ("station", 90.0), ("sent", 93.0), ("cables", 88.0)],
    [("to", 95.0), ("the", 97.0), ("Office", 91.0), ("of", 12.0), ("Security", 89.0)],
]


def _document(library: Library, tmp_path: Path) -> tuple[DocumentId, list[PageId]]:
    """A two-page scan whose active layers are OCR words with the confidences of PAGES."""
    pdf, _ = make_scan(tmp_path / "scan.pdf", [["x"], ["y"]], size=(200, 100), dpi=50)
    doc_id = imported(library, pdf)
    with library.reading() as s:
        page_ids = [PageId(i) for i in s.scalars(select(Page.id).where(Page.document_id == doc_id))]
    with library.transaction() as s:
        for page_id, words in zip(page_ids, PAGES, strict=True):
            raw = [RawWord(t, 10 + 30 * i, 10, 38 + 30 * i, 20, 1, 0, i, c)
                   for i, (t, c) in enumerate(words)]  # fmt: skip
            layer_id, text = insert_text_layer(
                s.connection(), page_id, raw, source="tesseract", created_at=utcnow()
            )
            set_active_layer(s.connection(), page_id, layer_id, text)
    return doc_id, page_ids


def test_low_confidence_words_are_doubtful(library: Library, tmp_path: Path) -> None:
    doc_id, page_ids = _document(library, tmp_path)
    words = document_doubtful_words(library, doc_id)
    assert [(w.page_id, w.page_index) for w in words] == [(page_ids[0], 0), (page_ids[1], 1)]
    assert [(w.text, w.reasons) for w in words] == [
        ("Havana", ("low-confidence",)),
        ("of", ("low-confidence",)),
    ]
    assert words[0].box == (40.0, 10.0, 68.0, 20.0) and words[0].start == len("The ")
    stricter = document_doubtful_words(library, doc_id, threshold=90)
    assert [w.text for w in stricter] == ["Havana", "cables", "of", "Security"]


def test_companion_disagreements_join_the_queue_and_next_walks_it(
    library: Library, tmp_path: Path
) -> None:
    doc_id, _ = _document(library, tmp_path)
    report = attach_companion_text(
        library, doc_id, "The Havana station sent cabins to the Office of Security"
    )
    assert report.aligned == report.words == 10
    queue = document_doubtful_words(library, doc_id)
    assert [(w.text, w.reasons, w.other_reading) for w in queue] == [
        ("Havana", ("low-confidence",), "Havana"),
        ("cables", ("disagreement",), "cabins"),
        ("of", ("low-confidence",), "of"),
    ]
    walked = []
    at = next_doubtful(queue)
    while at is not None:
        walked.append((queue[at].page_index, queue[at].text))
        at = next_doubtful(queue, after=(queue[at].page_index, queue[at].seq))
    assert walked == [(0, "Havana"), (0, "cables"), (1, "of")]
    assert next_doubtful(queue, after=(0, 4)) == 2  # after the page's last word: the next page


def _correct(library: Library, page_id: PageId, start: int, end: int, replacement: str) -> str:
    made = create_annotation(library, page_id, "correction", body={"replacement": replacement},
                             author="Hanna", text=Span(start, end))  # fmt: skip
    return made.uuid


def test_a_word_a_person_corrected_is_checked(library: Library, tmp_path: Path) -> None:
    doc_id, page_ids = _document(library, tmp_path)
    havana = _correct(library, page_ids[0], len("The "), len("The Havana"), "HAVANA")
    words = document_doubtful_words(library, doc_id)
    assert [(w.text, w.corrected) for w in words] == [("Havana", "HAVANA"), ("of", None)]
    assert [w.text for w in to_check(words)] == ["of"]
    assert page_corrected_words(library, page_ids[0]) == {1: "HAVANA"}
    # A correction of two words covers both; a rejected one, or one undone (deleted), none.
    _correct(library, page_ids[1], len("to the Office "), len("to the Office of Security"),
             "of SECURITY")  # fmt: skip
    assert page_corrected_words(library, page_ids[1]) == {3: "of SECURITY", 4: "of SECURITY"}
    update_annotation(library, havana, author="Hanna", status="rejected")
    delete_annotation(library, _correct(library, page_ids[0], 0, 3, "THE"), author="Hanna")
    assert page_corrected_words(library, page_ids[0]) == {}
    words = document_doubtful_words(library, doc_id)
    assert [(w.text, w.corrected) for w in words] == [("Havana", None), ("of", "of SECURITY")]


def test_a_correction_of_the_companion_text_checks_the_scan_word_under_it(
    library: Library, tmp_path: Path
) -> None:
    doc_id, page_ids = _document(library, tmp_path)
    companion = "The Havana station sent cabins to the Office of Security"
    attach_companion_text(library, doc_id, companion, activate=True)
    with library.reading() as s:
        active = s.scalar(select(Page.active_text_layer_id).where(Page.id == page_ids[0]))
        [source] = s.execute(select(TextLayer.source).where(TextLayer.id == active)).one()
    assert source == "imported-text"  # the page's reading: "cabins" is the scan's "cables"
    start = len("The Havana station sent ")
    _correct(library, page_ids[0], start, start + len("cabins"), "cables")
    queue = document_doubtful_words(library, doc_id)
    assert [(w.text, w.corrected) for w in queue] == [
        ("Havana", None),
        ("cables", "cables"),
        ("of", None),
    ]
