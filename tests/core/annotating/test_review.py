"""Page review status (who, when), the next page to review, and progress for many documents."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.core.annotating import review
from app.core.annotating.page_content import read_page
from app.core.annotating.review import ReviewError
from app.core.changelog import history
from app.core.errors import NotFoundError
from app.core.ids import PageId
from app.core.library import Library
from tests.core.annotating.helpers import ME, Doc, import_doc


@pytest.fixture
def doc(library: Library, tmp_path: Path) -> Doc:
    return import_doc(library, tmp_path / "pdfs", ("one", "two", "three", "four"))


def test_status_records_who_and_when_and_can_be_undone(doc: Doc) -> None:
    first = read_page(doc.lib, doc.pages[0]).review
    assert (first.status, first.by, first.at) == ("unreviewed", None, None)
    change = review.set_page_status(doc.lib, doc.pages[0], "reviewed", author=ME)
    now = read_page(doc.lib, doc.pages[0]).review
    assert now == change.after
    assert (now.status, now.by) == ("reviewed", ME)
    assert isinstance(now.at, datetime)
    review.set_page_review(doc.lib, change.before, author=ME)
    assert read_page(doc.lib, doc.pages[0]).review == first


def test_status_changes_are_logged_under_a_stable_page_id(doc: Doc) -> None:
    review.set_page_status(doc.lib, doc.pages[1], "in_progress", author=ME)
    review.set_page_status(doc.lib, doc.pages[1], "reviewed", author="Bob")
    with doc.lib.reading() as s:
        doc_uuid = (
            s.connection()
            .exec_driver_sql("SELECT uuid FROM documents WHERE id = ?", (doc.document_id,))
            .scalar()
        )
    log = history(doc.lib, review.page_uuid(str(doc_uuid), 1))
    assert [(e.action, e.author) for e in log] == [("review", ME), ("review", "Bob")]
    assert log[1].before is not None and log[1].before["status"] == "in_progress"
    assert log[1].after is not None and log[1].after["status"] == "reviewed"


def test_undo_and_redo_of_a_status_are_logged_as_such(doc: Doc) -> None:
    change = review.set_page_status(doc.lib, doc.pages[2], "reviewed", author=ME)
    review.set_page_review(doc.lib, change.before, author=ME)
    review.set_page_review(doc.lib, change.after, author=ME, action="redo")
    assert read_page(doc.lib, doc.pages[2]).review == change.after
    with doc.lib.reading() as s:
        actions = [
            row[0]
            for row in s.connection().exec_driver_sql(
                "SELECT action FROM change_log WHERE entity = 'page' ORDER BY id"
            )
        ]
    assert actions == ["review", "undo", "redo"]


def test_unknown_status_or_page_is_refused(doc: Doc) -> None:
    with pytest.raises(ReviewError, match="Unknown review status"):
        review.set_page_status(doc.lib, doc.pages[0], "done", author=ME)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        review.set_page_status(doc.lib, PageId(999), "reviewed", author=ME)


def test_next_unreviewed_page_skips_reviewed_and_wraps(doc: Doc) -> None:
    for i in (0, 2):
        review.set_page_status(doc.lib, doc.pages[i], "reviewed", author=ME)
    review.set_page_status(doc.lib, doc.pages[1], "in_progress", author=ME)

    def next_index(after: int, wrap: bool = True) -> int | None:
        page = review.next_unreviewed_page(doc.lib, doc.document_id, after, wrap=wrap)
        return None if page is None else page.page_index

    assert next_index(-1) == 1  # in progress is not reviewed yet
    assert next_index(1) == 3
    assert next_index(3) == 1
    assert next_index(3, wrap=False) is None
    for i in (1, 3):
        review.set_page_status(doc.lib, doc.pages[i], "reviewed", author=ME)
    assert next_index(-1) is None
