"""Re-anchoring annotations onto a new text layer: found ones move, the others are orphaned."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.core.annotating.annotations import create_annotation
from app.core.annotating.records import Span, anchor_at
from app.core.changelog import history, utcnow
from app.core.documents.search import search
from app.core.documents.textlayer import RawWord, insert_text_layer
from app.core.errors import NotFoundError
from app.core.ids import PageId, TextLayerId
from app.core.library import Library
from app.core.ocr.reanchor import locate, reanchor_page, switch_active_layer
from app.core.ocr.run import ocr_documents
from app.core.ocr.tesseract import tesseract_available
from db.models import Annotation, Page, TextLayer
from tests.core.ocr.helpers import MEMO, imported, make_scan

OLD = "The station sent the cable to the Office of Security on 12 March. The cable was late."


def test_exact_quote_is_found_where_its_context_matches() -> None:
    second = OLD.rindex("cable")
    old = anchor_at(OLD, second, second + len("cable"))
    new = "The station sent the cab1e to the Office of Security on 12 March.\nThe cable was late."
    found = locate(old, len(OLD), new)
    assert found is not None and found.start == new.rindex("cable") and found.quote == "cable"


def test_repeated_quote_picks_the_occurrence_with_the_same_neighbours() -> None:
    first = OLD.index("the")
    found = locate(anchor_at(OLD, first, first + 3), len(OLD), OLD.replace("sent", "sent out"))
    assert found is not None and found.prefix.endswith("sent out ")


def test_quote_changed_by_ocr_is_found_fuzzily() -> None:
    start = OLD.index("Office of Security")
    old = anchor_at(OLD, start, start + len("Office of Security"))
    new = OLD.replace("Office of Security", "Offlce of Securlty")
    found = locate(old, len(OLD), new)
    assert found is not None and found.quote == "Offlce of Securlty"


def test_missing_or_short_changed_quotes_are_not_found() -> None:
    start = OLD.index("Security")
    assert locate(anchor_at(OLD, start, start + 8), len(OLD), "Nothing alike here at all.") is None
    short = OLD.index("12")
    assert locate(anchor_at(OLD, short, short + 2), len(OLD), OLD.replace("12", "I2")) is None


def _layer(library: Library, page_id: PageId, text: str) -> tuple[TextLayerId, str]:
    words = [RawWord(w, 0, 0, 1, 1) for w in text.split()]
    with library.transaction() as s:
        return insert_text_layer(
            s.connection(), page_id, words, source="tesseract", created_at=utcnow()
        )


def _annotate(
    library: Library, page_id: int, layer: int, text: str, quote: str, replacement: str = "x"
) -> str:
    start = text.index(quote)
    change = create_annotation(
        library,
        PageId(page_id),
        "correction",
        body={"replacement": replacement},
        author="tester",
        text=Span(start, start + len(quote), TextLayerId(layer)),
    )
    return change.record.uuid


def _annotation(library: Library, ann_uuid: str) -> Annotation:
    with library.reading() as s:
        return s.scalars(select(Annotation).where(Annotation.uuid == ann_uuid)).one()


def _one_page(library: Library, tmp_path: Path) -> PageId:
    """The page id of a small one-page scan imported into ``library``."""
    pdf, _ = make_scan(tmp_path / "p.pdf", [["x"]], size=(100, 100), dpi=50)
    doc_id = imported(library, pdf)
    with library.reading() as s:
        return PageId(s.scalars(select(Page.id).where(Page.document_id == doc_id)).one())


def test_reanchor_page_moves_found_and_orphans_missing_annotations(
    library: Library, tmp_path: Path
) -> None:
    page_id = _one_page(library, tmp_path)
    old_id, old_text = _layer(library, page_id, OLD)
    kept = _annotate(library, page_id, old_id, old_text, "Office of Security")
    lost = _annotate(library, page_id, old_id, old_text, "was late")
    new_id, new_text = _layer(library, page_id, "Preamble. " + OLD.replace(" was late", ""))
    with library.transaction() as s:
        report = reanchor_page(s, page_id, new_id, new_text, utcnow())
    assert report.moved == 1 and len(report.orphaned) == 1
    moved, orphan = _annotation(library, kept), _annotation(library, lost)
    assert (moved.text_layer_id, moved.orphaned) == (new_id, False)
    assert new_text[moved.start or 0 : moved.end] == "Office of Security"
    assert (orphan.text_layer_id, orphan.orphaned, orphan.deleted) == (old_id, True, False)
    assert [e.action for e in history(library, kept)] == ["create", "update"]


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_re_ocr_at_another_dpi_keeps_annotations(library: Library, tmp_path: Path) -> None:
    pdf, _ = make_scan(tmp_path / "memo.pdf", [MEMO[:4]], size=(420, 110))
    doc_id = imported(library, pdf)
    assert ocr_documents(library, [doc_id], dpi=300).ok == 1
    with library.reading() as s:
        page = s.scalars(select(Page).where(Page.document_id == doc_id)).one()
        layer = s.get(TextLayer, page.active_text_layer_id)
        assert layer is not None
        page_id, layer_id, layer_text = page.id, layer.id, layer.text
    kept = _annotate(library, page_id, layer_id, layer_text, "Havana station", "Havana residency")
    lost = _annotate(library, page_id, layer_id, layer_text, "committee")
    with library.transaction() as s:  # a quote that no OCR of this page will read
        s.execute(update(Annotation).where(Annotation.uuid == lost).values(quote="Zanzibar"))
    report = ocr_documents(library, [doc_id], "always", dpi=200)
    assert report.ok == 1
    moved, orphan = _annotation(library, kept), _annotation(library, lost)
    assert moved.text_layer_id == report.pages[0].text_layer_id and not moved.orphaned
    assert orphan.orphaned and not orphan.deleted and orphan.text_layer_id == layer_id
    assert report.pages[0].orphaned_annotations == 1
    assert search(library, "residency").hits  # the corrected reading is indexed again


def test_switching_the_active_layer_carries_annotations_over(
    library: Library, tmp_path: Path
) -> None:
    page_id = _one_page(library, tmp_path)
    first, first_text = _layer(library, page_id, OLD)
    second, _ = _layer(library, page_id, OLD.replace("cable to", "cab1e to"))
    ann = _annotate(library, page_id, first, first_text, "Office of Security")
    report = switch_active_layer(library, page_id, second)
    assert report.moved == 1 and _annotation(library, ann).text_layer_id == second
    with library.reading() as s:
        assert s.get(Page, page_id).active_text_layer_id == second  # type: ignore[union-attr]
    assert search(library, "cab1e").hits
    with pytest.raises(NotFoundError):
        switch_active_layer(library, page_id, TextLayerId(9999))
