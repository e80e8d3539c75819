"""Every change the services make gives the fields it changes a new version of this library:
edits, status changes, deletions, undo and redo, tag renames and moves, page reviews, accept
all. A restored library counts its changes under a new id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core.annotating import annotation_listing, annotation_rows, bulk_accept
from app.core.annotating import annotations as A
from app.core.annotating.records import Region
from app.core.annotating.review import set_page_status
from app.core.annotating.revisions import REPLICA_KEY, covered, load_revisions, next_change
from app.core.annotating.tags import create_tag, nest_tag, rename_tag
from app.core.library import Library
from tests.core.annotating.helpers import ME, import_doc, span_of


def _revisions(lib: Library, table: str, where: str, key: Any) -> dict[str, Any]:
    with lib.reading() as s:
        raw = (
            s.connection()
            .exec_driver_sql(f"SELECT revisions FROM {table} WHERE {where} = ?", (key,))
            .scalar()
        )
    return json.loads(raw) if raw else {}


def _replica(lib: Library) -> str:
    with lib.reading() as s:
        return str(
            s.connection()
            .exec_driver_sql("SELECT value FROM library_meta WHERE key = ?", (REPLICA_KEY,))
            .scalar()
        )


def test_an_edit_versions_only_the_fields_it_changes(library: Library, tmp_path: Path) -> None:
    doc = import_doc(library, tmp_path / "pdfs")
    made = A.create_annotation(
        library, doc.pages[0], "redaction", text=span_of(doc, "Mongoose"),
        region=Region(10, 10, 40, 10), body={"exemptions": ["B6"], "note": ""}, author=ME,
    )  # fmt: skip
    assert _revisions(library, "annotations", "uuid", made.uuid) == {}  # made: implicit
    A.update_annotation(
        library, made.uuid, body={"exemptions": ["B6", "B7(C)"], "note": ""}, author="Bo"
    )
    first = _revisions(library, "annotations", "uuid", made.uuid)
    assert list(first) == ["body.exemptions"] and first["body.exemptions"]["by"] == "Bo"
    replica = _replica(library)
    assert first["body.exemptions"]["v"][replica] >= 1
    A.set_status(library, made.uuid, "rejected", author="Cy")
    A.delete_annotation(library, made.uuid, author="Cy")
    later = load_revisions(json.dumps(_revisions(library, "annotations", "uuid", made.uuid)))
    assert set(later) == {"body.exemptions", "status", "deleted"}
    # a deletion is made knowing the whole record: its version covers every field's
    for name in ("body.exemptions", "status"):
        assert covered(later[name].vector, later["deleted"].vector)


def test_an_undo_is_a_change_too(library: Library, tmp_path: Path) -> None:
    """Undoing an edit gives the field a new version: had the edit already travelled to another
    library, the undo must win there too, not lose to it."""
    doc = import_doc(library, tmp_path / "pdfs")
    made = A.create_annotation(library, doc.pages[0], "note", body={"text": "one"}, author=ME)
    edit = A.update_annotation(library, made.uuid, body={"text": "two"}, author=ME)
    edited = load_revisions(json.dumps(_revisions(library, "annotations", "uuid", made.uuid)))
    annotation_rows.revert_changes(library, [edit], author=ME)
    undone = load_revisions(json.dumps(_revisions(library, "annotations", "uuid", made.uuid)))
    assert annotation_listing.get_annotation(library, made.uuid).body == {"text": "one"}
    assert covered(edited["body.text"].vector, undone["body.text"].vector)
    assert edited["body.text"].vector != undone["body.text"].vector


def test_accept_all_versions_each_status(library: Library, tmp_path: Path) -> None:
    doc = import_doc(library, tmp_path / "pdfs")
    proposals = [
        A.create_annotation(library, doc.pages[0], "note", body={"text": str(i)}, author=ME,
                            status="proposed").uuid
        for i in range(3)
    ]  # fmt: skip
    bulk_accept.accept_all(library, kind="note", page_id=doc.pages[0], author="Bo")
    for uuid in proposals:
        revisions = _revisions(library, "annotations", "uuid", uuid)
        assert list(revisions) == ["status"] and revisions["status"]["by"] == "Bo"


def test_tags_and_page_reviews_are_versioned(library: Library, tmp_path: Path) -> None:
    doc = import_doc(library, tmp_path / "pdfs")
    people = create_tag(library, "People", author=ME).tag
    agents = create_tag(library, "Agents", author=ME).tag
    rename_tag(library, people.uuid, "Persons", author="Bo")
    nest_tag(library, agents.uuid, people.uuid, author="Bo")
    assert list(_revisions(library, "tags", "uuid", people.uuid)) == ["name"]
    assert list(_revisions(library, "tags", "uuid", agents.uuid)) == ["parent"]
    change = set_page_status(library, doc.pages[0], "reviewed", author="Cy")
    [(name, version)] = _revisions(library, "pages", "id", doc.pages[0]).items()
    assert name == "review" and version["by"] == "Cy"
    assert change.after.at is not None
    assert version["at"].startswith(change.after.at.isoformat())


def test_an_edit_of_a_field_in_conflict_keeps_the_conflict(
    library: Library, tmp_path: Path
) -> None:
    """Only a decision (Edit › Conflicts…, redline resolve) settles a conflict: an edit made
    without seeing it keeps the other side's value waiting."""
    doc = import_doc(library, tmp_path / "pdfs")
    made = A.create_annotation(library, doc.pages[0], "note", body={"text": "mine"}, author=ME)
    other = {"value": "theirs", "v": {"0123456789abcdef": 1}, "by": "Bo",
             "at": "2026-01-01T00:00:00.000000Z"}  # fmt: skip
    with library.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE annotations SET conflicts = ? WHERE uuid = ?",
            (json.dumps({"body.text": [other]}), made.uuid),
        )
    A.update_annotation(library, made.uuid, body={"text": "mine, edited"}, author=ME)
    with library.reading() as s:
        raw = (
            s.connection()
            .exec_driver_sql("SELECT conflicts FROM annotations WHERE uuid = ?", (made.uuid,))
            .scalar()
        )
    assert json.loads(str(raw)) == {"body.text": [other]}


def test_each_change_takes_the_next_number_under_the_library_s_one_id(library: Library) -> None:
    with library.writing() as conn:
        first = next_change(conn)
        second = next_change(conn)
    with library.writing() as conn:
        third = next_change(conn)
    assert first[0] == second[0] == third[0] == _replica(library)
    assert second[1] == first[1] + 1 and third[1] == first[1] + 2
    with library.writing() as conn:  # an id lost (a copy whose id was taken off): a new one
        conn.exec_driver_sql("DELETE FROM library_meta WHERE key = ?", (REPLICA_KEY,))
    with library.writing() as conn:
        renamed = next_change(conn)
    assert renamed[0] != first[0] and len(renamed[0]) == 16 and renamed[1] == first[1] + 3
