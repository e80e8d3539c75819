"""Redline JSON export: schema, scopes, tombstones, determinism, no paths."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.core.documents.ingest import import_file
from app.core.exchange.common import ExportCancelled, ExportError, ExportScope
from app.core.exchange.redline_json import export_json
from app.core.ids import DocumentId
from app.core.library import Library
from tests.builders import make_text_pdf
from tests.core.exchange.helpers import (
    add_annotation,
    add_note_row,
    add_tag,
    new_library,
    scan_pdf,
    validate,
)

# The library, its one document's id, and the uuids of what the fixture made, by name.
AnnotatedLibrary = tuple[Library, DocumentId, dict[str, str]]


@pytest.fixture
def annotated(tmp_path: Path) -> Iterator[AnnotatedLibrary]:
    lib, doc_id = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    people = add_tag(lib, "people")
    agents = add_tag(lib, "agents", parent=people)
    ids = {
        "correction": add_annotation(
            lib, doc_id, 0, "correction", word="Havana", body={"replacement": "HAVANA"}
        ),
        "tag": add_annotation(
            lib, doc_id, 1, "tag", word="agent", body={"tag": agents}, tag=agents
        ),
        "marking": add_annotation(
            lib,
            doc_id,
            0,
            "marking",
            word="CONFIDENTIAL",
            body={"category": "classification", "value": "CONFIDENTIAL"},
            status="proposed",
            origin="detector",
        ),
        "redaction": add_annotation(
            lib, doc_id, 1, "redaction", region=(72, 72, 100, 20), body={"exemptions": ["B1"]}
        ),
        "gone": add_annotation(lib, doc_id, 0, "note", body={"text": "old"}, deleted=True),
        "people": people,
        "agents": agents,
    }
    yield lib, doc_id, ids
    lib.close()


def _export(lib: Library, path: Path, scope: ExportScope | None = None) -> dict:
    export_json(lib, path, scope, exported_at=datetime(2026, 5, 1, 12, 0, 0))
    return json.loads(path.read_text(encoding="utf-8"))


def test_export_matches_schema_and_carries_everything(
    annotated: AnnotatedLibrary, tmp_path: Path
) -> None:
    lib, _, ids = annotated
    data = _export(lib, tmp_path / "out.json")
    validate(data)
    assert (data["format"], data["version"]) == ("redline-annotations", 2)
    assert data["exported_at"] == "2026-05-01T12:00:00.000000Z"
    [doc] = data["documents"]
    assert doc["page_count"] == 2 and [p["index"] for p in doc["pages"]] == [0, 1]
    assert doc["pages"][0]["layer"] == "pdf-text-layer"
    by_uuid = {a["uuid"]: a for a in data["annotations"]}
    corr = by_uuid[ids["correction"]]
    assert corr["anchor"]["text"]["quote"] == "Havana"
    assert corr["body"] == {"replacement": "HAVANA"}
    assert by_uuid[ids["tag"]]["tag"] == ids["agents"]
    assert by_uuid[ids["redaction"]]["anchor"] == {
        "region": {"x": 72.0, "y": 72.0, "w": 100.0, "h": 20.0}
    }
    assert by_uuid[ids["marking"]]["origin"] == {
        "type": "detector",
        "rule": "rule-1",
        "confidence": 0.9,
    }
    assert by_uuid[ids["gone"]]["deleted"] is True
    tags = {t["uuid"]: t for t in data["tags"]}
    assert tags[ids["agents"]]["parent"] == ids["people"]
    # rows nobody changed since they were made carry no revisions and no conflicts
    assert all(a["revisions"] == {} and a["conflicts"] == {} for a in data["annotations"])
    assert all(t["revisions"] == {} and t["conflicts"] == {} for t in data["tags"])
    assert all(p["revisions"] == {} for p in doc["pages"])


def test_order_is_page_then_uuid(annotated: AnnotatedLibrary, tmp_path: Path) -> None:
    lib, _, _ = annotated
    anns = _export(lib, tmp_path / "out.json")["annotations"]
    keys = [(a["page"], a["uuid"]) for a in anns]
    assert keys == sorted(keys) and len(keys) == 5


def test_same_library_same_bytes_apart_from_export_time(
    annotated: AnnotatedLibrary, tmp_path: Path
) -> None:
    lib, _, _ = annotated
    export_json(lib, tmp_path / "a.json", exported_at=datetime(2026, 5, 1))
    export_json(lib, tmp_path / "b.json", exported_at=datetime(2026, 5, 1))
    export_json(lib, tmp_path / "c.json")
    a, b, c = ((tmp_path / n).read_bytes() for n in ("a.json", "b.json", "c.json"))
    assert a == b
    assert a != c
    strip = {**json.loads(c), "exported_at": None}
    assert strip == {**json.loads(a), "exported_at": None}


def test_no_absolute_path_in_the_export(annotated: AnnotatedLibrary, tmp_path: Path) -> None:
    lib, _, _ = annotated
    _export(lib, tmp_path / "out.json")
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in text
    assert str(Path.home()) not in text
    assert "scan.pdf" in text  # the file name is kept, the folder is not


def test_scope_by_document_tag_and_status(annotated: AnnotatedLibrary, tmp_path: Path) -> None:
    lib, doc_id, ids = annotated
    other, _ = new_library(tmp_path / "unused", scan_pdf(tmp_path / "scan.pdf"))
    other.close()
    by_doc = _export(lib, tmp_path / "d.json", ExportScope(documents=[doc_id]))
    assert len(by_doc["annotations"]) == 5
    by_tag = _export(lib, tmp_path / "t.json", ExportScope(tag="people"))
    validate(by_tag)
    assert [a["uuid"] for a in by_tag["annotations"]] == [ids["tag"]]  # a child of "people"
    assert by_tag["scope"]["tag"] == ids["people"]
    by_status = _export(lib, tmp_path / "s.json", ExportScope(status="proposed"))
    assert [a["uuid"] for a in by_status["annotations"]] == [ids["marking"]]
    assert by_status["scope"]["status"] == "proposed"


def test_unknown_scope_is_an_error(annotated: AnnotatedLibrary, tmp_path: Path) -> None:
    lib, _, _ = annotated
    with pytest.raises(ExportError, match="no tag"):
        export_json(lib, tmp_path / "x.json", ExportScope(tag="nope"))
    with pytest.raises(ExportError, match="no document"):
        export_json(lib, tmp_path / "x.json", ExportScope(documents=[DocumentId(999)]))
    with pytest.raises(ExportError, match="unknown status"):
        export_json(lib, tmp_path / "x.json", ExportScope(status="maybe"))
    assert not (tmp_path / "x.json").exists()


def test_an_empty_library_exports_a_valid_set(library: Library, tmp_path: Path) -> None:
    data = _export(library, tmp_path / "empty.json")
    validate(data)
    assert data["documents"] == [] and data["annotations"] == []


def test_cancel_leaves_no_file(annotated: AnnotatedLibrary, tmp_path: Path) -> None:
    lib, doc_id, _ = annotated
    for i in range(1000):
        add_annotation(lib, doc_id, 0, "note", body={"text": f"n{i}"})
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        export_json(lib, tmp_path / "x.json", cancel=lambda: True, on_progress=lambda *a: None)
    export_json(lib, tmp_path / "y.json", on_progress=lambda d, t: seen.append((d, t)))
    assert not (tmp_path / "x.json").exists()
    assert not list(tmp_path.glob(".x.json*"))
    assert seen[-1] == (1005, 1005)


def test_export_sees_one_snapshot_while_the_library_changes(tmp_path: Path) -> None:
    """A write that lands during an export (another thread of the app) is not half in it."""
    lib = Library.open(tmp_path / "lib")
    ids = []
    for name in ("one.pdf", "two.pdf"):
        make_text_pdf(tmp_path / name, [f"Document {name} for the snapshot test."])
        ids.append(int(import_file(lib, tmp_path / name).document_id or 0))
    with lib.reading() as s:
        order = [
            int(r[0])
            for r in s.connection().exec_driver_sql("SELECT id FROM documents ORDER BY uuid")
        ]
    first, second = order
    for _ in range(1000):
        add_note_row(lib, first)
    written: list[str] = []

    def write_meanwhile(done: int, total: int) -> None:
        if not written:
            written.append(add_annotation(lib, second, 0, "note", body={"text": "late"}))

    export_json(lib, tmp_path / "out.json", on_progress=write_meanwhile)
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert written and written[0] not in {a["uuid"] for a in data["annotations"]}
    assert len(data["annotations"]) == 1000
    lib.close()


def test_changes_made_through_the_services_travel_with_their_versions(
    library: Library, tmp_path: Path
) -> None:
    from app.core.annotating.annotations import create_annotation, update_annotation
    from app.core.annotating.review import set_page_status
    from app.core.annotating.tags import create_tag, rename_tag
    from tests.core.exchange.helpers import new_library, page_info, scan_pdf

    lib, doc_id = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    page_id, _, _ = page_info(lib, doc_id, 0)
    note = create_annotation(lib, page_id, "note", body={"text": "first"}, author="Ana")
    update_annotation(lib, note.uuid, body={"text": "second"}, author="Bo")
    tag = create_tag(lib, "people", author="Ana").tag
    rename_tag(lib, tag.uuid, "persons", author="Bo")
    set_page_status(lib, page_id, "reviewed", author="Cy")
    data = _export(lib, tmp_path / "out.json")
    validate(data)
    [ann] = data["annotations"]
    [version] = ann["revisions"].values()
    assert list(ann["revisions"]) == ["body.text"] and version["by"] == "Bo"
    assert len(version["v"]) == 2  # the value it replaced (by its hash) and this library's change
    assert list(data["tags"][0]["revisions"]) == ["name"]
    review = data["documents"][0]["pages"][0]["revisions"]["review"]
    assert review["by"] == "Cy" and review["at"] == data["documents"][0]["pages"][0]["review"]["at"]
    lib.close()
