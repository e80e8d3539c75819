"""The queries behind the review window: paging, sorting, filtering, pages and words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.annotating.page_content import read_page
from app.core.documents.ingest import import_paths
from app.core.documents.queries import (
    count_documents,
    document_summary,
    document_titles,
    list_documents,
    page_to_open,
)
from app.core.errors import NotFoundError
from app.core.ids import DocumentId
from app.core.library import Library
from tests.builders import make_image_only_pdf, make_text_pdf


def _import(lib: Library, tmp_path: Path, names: list[str], pages: int = 1) -> None:
    files = [
        make_text_pdf(tmp_path / f"{n}.pdf", [f"{n} page {i + 1} text" for i in range(pages)])
        for n in names
    ]
    assert all(o.ok for o in import_paths(lib, files))


def _set_meta(lib: Library, doc_id: int, key: str, value: str) -> None:
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO document_metadata (document_id, key, value, origin, modified_at) "
            "VALUES (?, ?, ?, 'person', ?)",
            (doc_id, key, value, datetime.now(UTC).replace(tzinfo=None)),
        )


def test_paging_and_sorting(library: Library, tmp_path: Path) -> None:
    _import(library, tmp_path, ["delta", "alpha", "Charlie", "bravo", "echo"])
    titles = [r.title for r in list_documents(library, limit=10)]
    assert titles == ["alpha", "bravo", "Charlie", "delta", "echo"]
    first = list_documents(library, offset=0, limit=2)
    rest = list_documents(library, offset=2, limit=10)
    assert [r.title for r in first + rest] == titles
    down = [r.title for r in list_documents(library, sort="title", descending=True)]
    assert down == titles[::-1]
    assert count_documents(library) == 5


def test_titles_of_the_documents_asked_for(library: Library, tmp_path: Path) -> None:
    """Reports name documents by title: the ones that exist, however many are asked for."""
    _import(library, tmp_path, ["alpha", "bravo", "charlie"])
    ids = {r.title: r.id for r in list_documents(library)}
    asked = [ids["charlie"], DocumentId(999), ids["alpha"]]
    assert document_titles(library, asked) == {ids["charlie"]: "charlie", ids["alpha"]: "alpha"}
    # more than one query's bound parameters, the documents there are asked for last
    many = [DocumentId(9000 + i) for i in range(1200)] + list(ids.values())
    assert document_titles(library, many) == {i: t for t, i in ids.items()}
    assert document_titles(library, []) == {}


def test_filter_matches_title_and_metadata(library: Library, tmp_path: Path) -> None:
    _import(library, tmp_path, ["memo-one", "memo-two", "cable"])
    cable = next(r for r in list_documents(library) if r.title == "cable")
    _set_meta(library, cable.id, "case_number", "F-2017-13804")
    assert [r.title for r in list_documents(library, filter="memo")] == ["memo-one", "memo-two"]
    rows = list_documents(library, filter="2017-138")
    assert [(r.title, r.case_number) for r in rows] == [("cable", "F-2017-13804")]
    assert count_documents(library, filter="memo") == 2
    assert list_documents(library, filter="100%") == []  # % is literal, not a wildcard
    # Case is ignored, and the count says what the table lists (on a server too: ILIKE both).
    assert [r.title for r in list_documents(library, filter="MEMO")] == ["memo-one", "memo-two"]
    assert count_documents(library, filter="MEMO") == 2


def test_sort_by_metadata_and_progress(library: Library, tmp_path: Path) -> None:
    _import(library, tmp_path, ["a", "b"], pages=2)
    a, b = list_documents(library)
    _set_meta(library, a.id, "classification", "TOP SECRET")
    _set_meta(library, b.id, "classification", "CONFIDENTIAL")
    with library.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE pages SET review_status = 'reviewed' WHERE document_id = ?", (a.id,)
        )
    by_class = list_documents(library, sort="classification")
    assert [r.title for r in by_class] == ["b", "a"]
    by_progress = list_documents(library, sort="progress", descending=True)
    assert by_progress[0].title == "a" and by_progress[0].progress == 1.0
    assert by_progress[1].reviewed_pages == 0
    with library.transaction() as s:  # a page in progress is not yet reviewed
        s.connection().exec_driver_sql(
            "UPDATE pages SET review_status = 'in_progress' WHERE document_id = ?", (b.id,)
        )
    b_row = next(r for r in list_documents(library) if r.id == b.id)
    assert b_row.reviewed_pages == 0 and document_summary(library, b.id).reviewed_pages == 0
    with pytest.raises(ValueError):
        list_documents(library, sort="nonsense")  # type: ignore[arg-type]


def test_summary_pages_and_words(library: Library, tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "r.pdf", ["hello brave world", "second"], rotation=90)
    [outcome] = import_paths(library, [path])
    assert outcome.document_id is not None
    summary = document_summary(library, outcome.document_id)
    assert summary.page_count == 2 and len(summary.pages) == 2
    assert [p.index for p in summary.pages] == [0, 1]
    assert summary.pages[0].rotation == 90 and summary.pages[0].width == 612
    assert page_to_open(library, summary.id, 1) == (summary.source_sha256, summary.pages[1])
    assert page_to_open(library, summary.id, 2) is None
    assert page_to_open(library, DocumentId(999), 0) is None
    text = read_page(library, summary.pages[0].id).text
    assert text.text == "hello brave world" and text.source == "pdf-text-layer"
    assert [text.text[w.start : w.end] for w in text.words] == ["hello", "brave", "world"]
    assert all(w.box is not None for w in text.words)


def test_page_without_text_and_missing_things(library: Library, tmp_path: Path) -> None:
    [outcome] = import_paths(library, [make_image_only_pdf(tmp_path / "scan.pdf")])
    assert outcome.document_id is not None
    page = document_summary(library, outcome.document_id).pages[0]
    assert page.needs_ocr and page.active_text_layer_id is None
    empty = read_page(library, page.id).text
    assert empty.text == "" and empty.words == () and empty.layer_id is None
    with pytest.raises(NotFoundError):
        document_summary(library, DocumentId(999))
