"""Document metadata edited by a person: origin, change log, and the library table's columns."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.annotating.page_content import read_page
from app.core.changelog import history
from app.core.documents.ingest import import_paths
from app.core.documents.metadata import document_metadata_entries, set_document_metadata
from app.core.documents.queries import list_documents
from app.core.errors import NotFoundError
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from tests.builders import make_text_pdf

# A library of two one-page documents, and the id of the one titled "alpha".
LibAndDoc = tuple[Library, DocumentId]


@pytest.fixture
def lib_and_doc(tmp_path: Path) -> Iterator[LibAndDoc]:
    lib = Library.open(tmp_path / "lib")
    files = [make_text_pdf(tmp_path / f"{n}.pdf", [f"{n} text"]) for n in ("alpha", "beta")]
    assert all(o.ok for o in import_paths(lib, files))
    doc = next(r for r in list_documents(lib) if r.title == "alpha")
    yield lib, doc.id
    lib.close()


def _detected(lib: Library, doc_id: int, key: str, value: str) -> None:
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO document_metadata (document_id, key, value, origin, rule_id, confidence, "
            "modified_at) VALUES (?, ?, ?, 'detector', 'release-in-full', 0.9, ?)",
            (doc_id, key, value, datetime.now(UTC).replace(tzinfo=None)),
        )


def _uuid(lib: Library, doc_id: int) -> str:
    with lib.reading() as s:
        return str(
            s.connection()
            .exec_driver_sql("SELECT uuid FROM documents WHERE id = ?", (doc_id,))
            .scalar()
        )


def test_person_edit_sets_origin_and_logs(lib_and_doc: LibAndDoc) -> None:
    lib, doc_id = lib_and_doc
    _detected(lib, doc_id, "release_status", "RELEASE IN FULL")
    before = document_metadata_entries(lib, doc_id)["release_status"]
    assert before.origin == "detector" and before.rule_id == "release-in-full"
    changed = set_document_metadata(
        lib,
        doc_id,
        {"release_status": "RELEASE IN PART", "case_number": " F-2017-13804 ", "agency": ""},
        author="Ana",
    )
    assert sorted(changed) == ["case_number", "release_status"]  # empty agency: nothing to do
    after = document_metadata_entries(lib, doc_id)
    assert after["release_status"].value == "RELEASE IN PART"
    assert after["release_status"].origin == "person" and after["release_status"].author == "Ana"
    assert after["case_number"].value == "F-2017-13804"
    log = [e for e in history(lib, _uuid(lib, doc_id)) if e.entity == "document_metadata"]
    assert {e.action for e in log} == {"create", "update"}
    update = next(e for e in log if e.action == "update")
    assert update.before is not None and update.before["origin"] == "detector"
    assert update.after is not None and update.after["value"] == "RELEASE IN PART"
    assert set_document_metadata(lib, doc_id, {"case_number": "F-2017-13804"}) == []  # no change
    assert set_document_metadata(lib, doc_id, {"case_number": ""}) == ["case_number"]
    assert "case_number" not in document_metadata_entries(lib, doc_id)
    assert json.dumps([e.action for e in history(lib, _uuid(lib, doc_id))]).count("delete") == 1


def test_unknown_document_is_refused(lib_and_doc: LibAndDoc) -> None:
    lib, _ = lib_and_doc
    with pytest.raises(NotFoundError):
        set_document_metadata(lib, DocumentId(999), {"case_number": "x"})


def test_release_columns_sort_and_filter(lib_and_doc: LibAndDoc) -> None:
    lib, doc_id = lib_and_doc
    set_document_metadata(lib, doc_id, {"release_status": "DENY IN FULL"})
    set_document_metadata(lib, doc_id, {"release_date": "2017-09-14"})
    rows = list_documents(lib, sort="release_status", descending=True)
    assert rows[0].id == doc_id and rows[0].release_status == "DENY IN FULL"
    assert rows[0].release_date == "2017-09-14" and rows[1].release_status == ""
    assert [r.id for r in list_documents(lib, filter="deny in")] == [doc_id]
    assert [r.title for r in list_documents(lib, sort="release_date")] == ["beta", "alpha"]


def test_page_layers_mark_the_active_one(lib_and_doc: LibAndDoc) -> None:
    lib, doc_id = lib_and_doc
    with lib.reading() as s:
        page_id = (
            s.connection()
            .exec_driver_sql("SELECT id FROM pages WHERE document_id = ?", (doc_id,))
            .scalar()
        )
    assert page_id is not None
    [layer] = read_page(lib, PageId(int(page_id))).layers
    assert layer.active and layer.source == "pdf-text-layer" and layer.words == 2
    assert layer.label.startswith("pdf-text-layer") and "(2 words)" in layer.label
