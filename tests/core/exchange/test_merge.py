"""Import and merge of Redline JSON: round trip, idempotence, dry run, conflicts, tombstones."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.exchange.merge import MergeCancelled, import_annotations
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.core.exchange.helpers import (
    add_annotation,
    add_tag,
    edit_annotation,
    new_library,
    scan_pdf,
    snapshot,
    validate,
)

WHEN = datetime(2026, 5, 1)


def _export(lib: Library, path: Path) -> dict[str, Any]:
    export_json(lib, path, exported_at=WHEN)
    return json.loads(path.read_text(encoding="utf-8"))


def _populate(lib: Library, doc_id: int) -> dict[str, str]:
    people = add_tag(lib, "people")
    agents = add_tag(lib, "agents", parent=people)
    with lib.transaction() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "INSERT INTO document_metadata (document_id, key, value, origin, modified_at) "
            "VALUES (?, 'case_number', 'F-2017-13804', 'person', '2026-01-01 00:00:00.000000')",
            (doc_id,),
        )
        conn.exec_driver_sql(
            "UPDATE pages SET review_status = 'reviewed', reviewed_by = 'ann', "
            "reviewed_at = '2026-01-03 00:00:00.000000' WHERE document_id = ? AND page_index = 0",
            (doc_id,),
        )
    return {
        "corr": add_annotation(
            lib, doc_id, 0, "correction", word="Havana", body={"replacement": "HAVANA"}
        ),
        "tag": add_annotation(
            lib, doc_id, 1, "tag", word="agent", body={"tag": agents}, tag=agents
        ),
        "red": add_annotation(
            lib, doc_id, 1, "redaction", region=(72, 72, 100, 20), body={"exemptions": ["B1"]}
        ),
        "gone": add_annotation(lib, doc_id, 0, "note", body={"text": "old"}, deleted=True),
    }


def test_round_trip_into_a_fresh_library(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    _populate(a, doc_a)
    first = _export(a, tmp_path / "a.json")
    b, _ = new_library(tmp_path / "b", pdf)
    report = import_annotations(b, tmp_path / "a.json", author="bob")
    assert len(report.added) == 3 and report.tombstones_stored == 1
    assert len(report.tags_added) == 2 and report.pages_updated == 1
    assert report.metadata_updated == 1 and not report.conflicts and not report.skipped
    second = _export(b, tmp_path / "b.json")
    validate(second)
    assert second == first  # document uuids come from the source bytes: the same everywhere
    with b.reading() as s:
        conn = s.connection()
        actions = conn.exec_driver_sql("SELECT DISTINCT action FROM change_log").all()
        logged = conn.exec_driver_sql(
            "SELECT entity_uuid, author, before, after FROM change_log "
            "WHERE entity = 'annotation' ORDER BY entity_uuid"
        ).all()
    assert actions == [("merge",)]
    # One row per annotation the merge added (tombstones too), by the person who merged; the
    # added state is the annotation's own row, so it is not written twice.
    assert set(report.added) < {u for u, *_ in logged}
    assert len(logged) == len(report.added) + report.tombstones_stored
    assert all(
        who == "bob" and before is None and after is None for _, who, before, after in logged
    )
    a.close()
    b.close()


def test_importing_twice_changes_nothing(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    _populate(a, doc_a)
    _export(a, tmp_path / "a.json")
    b, _ = new_library(tmp_path / "b", pdf)
    import_annotations(b, tmp_path / "a.json")
    before = snapshot(b)
    again = import_annotations(b, tmp_path / "a.json")
    assert not again.changed and again.unchanged == 4 and not again.conflicts
    assert snapshot(b) == before
    # and importing a library's own export into itself is a no-op too
    mine = import_annotations(a, tmp_path / "a.json")
    assert not mine.changed
    a.close()
    b.close()


def test_dry_run_reports_without_writing(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    ids = _populate(a, doc_a)
    _export(a, tmp_path / "a.json")
    b, _ = new_library(tmp_path / "b", pdf)
    before = snapshot(b)
    report = import_annotations(b, tmp_path / "a.json", dry_run=True)
    assert report.dry_run and sorted(report.added) == sorted([ids["corr"], ids["tag"], ids["red"]])
    assert "would change: 3 added" in report.summary()
    assert snapshot(b) == before
    a.close()
    b.close()


def test_documents_not_in_the_library_are_reported(tmp_path: Path) -> None:
    a, doc_a = new_library(tmp_path / "a", scan_pdf(tmp_path / "scan.pdf"))
    _populate(a, doc_a)
    _export(a, tmp_path / "a.json")
    b = Library.open(tmp_path / "b")
    report = import_annotations(b, tmp_path / "a.json")
    [skipped] = report.skipped
    assert skipped.title == "scan" and skipped.annotations == 4
    assert not report.added
    assert len(report.tags_added) == 2  # the taxonomy does not depend on documents
    a.close()
    b.close()


def _conflicting_pair(tmp_path: Path) -> tuple[Library, Library, dict[str, str], dict[str, str]]:
    """Two libraries that share a start, then annotate the same scan apart."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    shared = _populate(a, doc_a)
    _export(a, tmp_path / "start.json")
    b, doc_b = new_library(tmp_path / "b", pdf)
    import_annotations(b, tmp_path / "start.json")
    edit_annotation(a, shared["corr"], {"replacement": "Havana, Cuba"}, minutes=30)
    edit_annotation(b, shared["corr"], {"replacement": "HAVANA (city)"}, minutes=45)  # later
    edit_annotation(a, shared["red"], {"exemptions": ["B1", "B3"]}, minutes=50)  # later
    edit_annotation(b, shared["red"], {"exemptions": ["B6"]}, minutes=40)
    with b.transaction() as s:  # b deletes the tag annotation
        s.connection().exec_driver_sql(
            "UPDATE annotations SET deleted = 1, modified_at = '2026-01-02 05:00:00.000000' "
            "WHERE uuid = ?",
            (shared["tag"],),
        )
    own = {
        "a": add_annotation(a, doc_a, 0, "note", word="Director", body={"text": "who?"}),
        "b": add_annotation(b, doc_b, 1, "note", word="station", body={"text": "which?"}),
    }
    return a, b, shared, own


def test_two_libraries_merge_both_ways_to_the_same_result(tmp_path: Path) -> None:
    a, b, shared, own = _conflicting_pair(tmp_path)
    _export(a, tmp_path / "a.json")
    _export(b, tmp_path / "b.json")
    into_b = import_annotations(b, tmp_path / "a.json")
    into_a = import_annotations(a, tmp_path / "b.json")
    final_a = _export(a, tmp_path / "fa.json")
    final_b = _export(b, tmp_path / "fb.json")
    assert final_a["annotations"] == final_b["annotations"]
    assert final_a["tags"] == final_b["tags"]
    by_uuid = {x["uuid"]: x for x in final_a["annotations"]}
    assert by_uuid[shared["corr"]]["body"] == {"replacement": "HAVANA (city)"}
    assert by_uuid[shared["red"]]["body"] == {"exemptions": ["B1", "B3"]}
    assert by_uuid[shared["tag"]]["deleted"] is True
    assert own["a"] in by_uuid and own["b"] in by_uuid
    conflicts_b = {c.uuid: c for c in into_b.conflicts}
    assert conflicts_b[shared["corr"]].winner == "local"
    assert conflicts_b[shared["red"]].winner == "incoming"
    assert conflicts_b[shared["red"]].local_modified == "2026-01-02T03:44:05.123456Z"
    assert conflicts_b[shared["red"]].incoming_modified == "2026-01-02T03:54:05.123456Z"
    conflicts_a = {c.uuid: c for c in into_a.conflicts}
    assert conflicts_a[shared["corr"]].winner == "incoming"
    assert conflicts_a[shared["red"]].winner == "local"
    assert into_a.deleted == [shared["tag"]]
    assert into_b.added == [own["a"]] and into_a.added == [own["b"]]
    a.close()
    b.close()


def test_tie_on_modification_time_resolves_the_same_both_ways(tmp_path: Path) -> None:
    a, b, shared, _ = _conflicting_pair(tmp_path)
    edit_annotation(a, shared["corr"], {"replacement": "x"}, minutes=60)
    edit_annotation(b, shared["corr"], {"replacement": "y"}, minutes=60)
    _export(a, tmp_path / "a.json")
    _export(b, tmp_path / "b.json")
    import_annotations(b, tmp_path / "a.json")
    import_annotations(a, tmp_path / "b.json")
    fa = {x["uuid"]: x for x in _export(a, tmp_path / "fa.json")["annotations"]}
    fb = {x["uuid"]: x for x in _export(b, tmp_path / "fb.json")["annotations"]}
    assert fa[shared["corr"]]["body"] == fb[shared["corr"]]["body"] == {"replacement": "y"}
    a.close()
    b.close()


def test_progress_and_cancel(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    _populate(a, doc_a)
    _export(a, tmp_path / "a.json")
    b, _ = new_library(tmp_path / "b", pdf)
    before = snapshot(b)
    with pytest.raises(MergeCancelled):
        import_annotations(b, tmp_path / "a.json", cancel=lambda: True)
    assert snapshot(b) == before
    seen: list[tuple[int, int]] = []
    import_annotations(b, tmp_path / "a.json", on_progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    a.close()
    b.close()


@pytest.mark.parametrize("direction", ["sqlite-to-postgresql", "postgresql-to-sqlite"])
def test_round_trip_between_the_engines(
    tmp_path: Path, pg_library_url: str, direction: str
) -> None:
    """A set exported from one engine and merged into the other exports the same, byte for byte
    apart from nothing (the export time is fixed here)."""
    from app.core.documents.ingest import import_file

    pdf = scan_pdf(tmp_path / "scan.pdf")
    lite = Library.open(tmp_path / "lite")
    server = Library.open(pg_library_url)
    a, b = (lite, server) if direction.startswith("sqlite") else (server, lite)
    for lib in (a, b):
        outcome = import_file(lib, pdf)
        assert outcome.document_id is not None
    _populate(a, int(import_file(a, pdf).document_id or 0))
    export_json(a, tmp_path / "a.json", exported_at=WHEN)
    report = import_annotations(b, tmp_path / "a.json", author="bob")
    assert len(report.added) == 3 and not report.conflicts and not report.skipped
    export_json(b, tmp_path / "b.json", exported_at=WHEN)
    assert (tmp_path / "b.json").read_bytes() == (tmp_path / "a.json").read_bytes()
    a.close()
    b.close()
