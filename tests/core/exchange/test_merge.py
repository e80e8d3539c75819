"""Import and merge of Redline JSON: round trip, idempotence, dry run, field-by-field merges and
conflicts, version 1 sets, tombstones, progress, cancel, undo."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.annotating.annotation_listing import get_annotation
from app.core.annotating.annotations import (
    create_annotation,
    delete_annotation,
    set_status,
    update_annotation,
)
from app.core.annotating.conflicts import decide, list_conflicts, replay_rows
from app.core.annotating.exemptions import UnknownExemptionsError
from app.core.annotating.records import Region, Span
from app.core.annotating.revisions import annotation_fields, record_fields, tag_fields, value_key
from app.core.annotating.snapshots import StaleRowsError
from app.core.annotating.tag_store import _fields as tag_service_fields
from app.core.annotating.tag_store import get_tag, load_tag
from app.core.annotating.tags import create_tag, delete_tag, merge_tags, nest_tag, rename_tag
from app.core.documents.ingest import import_file
from app.core.documents.search import search
from app.core.exchange import merge
from app.core.exchange.merge import MergeCancelled, import_annotations
from app.core.exchange.merge_local import local_annotations
from app.core.exchange.merge_report import describe
from app.core.exchange.redline_json import export_json, tag_records
from app.core.exchange.validate import InvalidAnnotationSet
from app.core.library import Library
from tests.core.exchange.helpers import (
    add_annotation,
    add_note_row,
    add_tag,
    as_version_1,
    edit_annotation,
    new_library,
    page_info,
    scan_pdf,
    snapshot,
    validate,
)

WHEN = datetime(2026, 5, 1)


def _export(lib: Library, path: Path) -> dict[str, Any]:
    export_json(lib, path, exported_at=WHEN, overwrite=True)
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
    assert describe(report, "Bo").startswith("Importing a.json would change: 3 added,")
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
    """Two libraries that share a start, then annotate the same scan apart, each change made
    through the annotation service (as the window and `redline annotate` make them)."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    shared = _populate(a, doc_a)
    _export(a, tmp_path / "start.json")
    b, doc_b = new_library(tmp_path / "b", pdf)
    import_annotations(b, tmp_path / "start.json")
    update_annotation(a, shared["corr"], body={"replacement": "Havana, Cuba"}, author="Ana")
    update_annotation(b, shared["corr"], body={"replacement": "HAVANA (city)"}, author="Bo")
    update_annotation(a, shared["red"], body={"exemptions": ["B1", "B3"]}, author="Ana")
    delete_annotation(b, shared["tag"], author="Bo")
    own = {
        "a": add_annotation(a, doc_a, 0, "note", word="Director", body={"text": "who?"}),
        "b": add_annotation(b, doc_b, 1, "note", word="station", body={"text": "which?"}),
    }
    return a, b, shared, own


def test_two_libraries_merge_field_by_field(tmp_path: Path) -> None:
    a, b, shared, own = _conflicting_pair(tmp_path)
    _export(a, tmp_path / "a.json")
    _export(b, tmp_path / "b.json")
    into_b = import_annotations(b, tmp_path / "a.json")
    into_a = import_annotations(a, tmp_path / "b.json")
    for lib, mine, theirs in (
        (a, "Havana, Cuba", "HAVANA (city)"),
        (b, "HAVANA (city)", "Havana, Cuba"),
    ):
        [conflict] = list_conflicts(lib)
        assert conflict.uuid == shared["corr"] and conflict.label == "Havana"
        [field] = conflict.fields
        assert (field.field, field.here.value, [v.value for v in field.there]) == (
            "body.replacement",
            mine,
            [theirs],
        )
        assert get_annotation(lib, shared["red"]).body.get("exemptions") == ["B1", "B3"]
        assert get_annotation(lib, shared["tag"]).deleted  # nobody had changed it since
    assert into_b.conflicts == [shared["corr"]] and into_a.conflicts == [shared["corr"]]
    assert into_b.updated == [shared["red"]] and into_a.deleted == [shared["tag"]]
    assert into_b.added == [own["a"]] and into_a.added == [own["b"]]
    # A person decides in one library; the decision travels and both hold the same set.
    decide(a, shared["corr"], take="there", author="Ana")
    _export(a, tmp_path / "a2.json")
    import_annotations(b, tmp_path / "a2.json")
    final_a, final_b = _export(a, tmp_path / "fa.json"), _export(b, tmp_path / "fb.json")
    assert final_a["annotations"] == final_b["annotations"] and not list_conflicts(b)
    assert final_a["tags"] == final_b["tags"]
    corr = next(x for x in final_a["annotations"] if x["uuid"] == shared["corr"])
    assert corr["body"] == {"replacement": "HAVANA (city)"} and corr["conflicts"] == {}
    assert not import_annotations(a, tmp_path / "fb.json").changed
    a.close()
    b.close()


def test_a_value_of_ones_own_for_codes_in_conflict_is_held_to_the_vocabulary(
    tmp_path: Path,
) -> None:
    """Codes a person types to decide a conflict are checked as the forms check them (a typed
    "zz9" was stored, and printed beside the burned box of a publication); codes taken from the
    other side are kept as the merge kept them."""
    a, b, shared, _ = _conflicting_pair(tmp_path)
    update_annotation(b, shared["red"], body={"exemptions": ["B6", "zz8"]}, author="Bo")
    _export(b, tmp_path / "b.json")
    import_annotations(a, tmp_path / "b.json")
    red = next(c for c in list_conflicts(a) if c.uuid == shared["red"])
    assert [f.field for f in red.fields] == ["body.exemptions"]
    with pytest.raises(UnknownExemptionsError, match="zz9"):
        decide(a, shared["red"], value=["zz9", "b6"], field="body.exemptions", author="Ana")
    assert get_annotation(a, shared["red"]).body.get("exemptions") == ["B1", "B3"]  # unchanged
    assert any(c.uuid == shared["red"] for c in list_conflicts(a))  # still to decide
    made = decide(a, shared["red"], value=["b6", "1.4 (c)"], field="body.exemptions", author="Ana")
    assert made.chosen == {"body.exemptions": ["B6", "1.4(c)"]}  # (said as stored)
    assert get_annotation(a, shared["red"]).body.get("exemptions") == ["B6", "1.4(c)"]
    a.close()
    b.close()


def _v1_pair(tmp_path: Path) -> tuple[Library, Library, dict[str, str]]:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    shared = _populate(a, doc_a)
    _export(a, tmp_path / "start.json")
    b, _ = new_library(tmp_path / "b", pdf)
    import_annotations(b, tmp_path / "start.json")
    edit_annotation(a, shared["corr"], {"replacement": "Havana, Cuba"}, minutes=30)
    edit_annotation(b, shared["corr"], {"replacement": "HAVANA (city)"}, minutes=45)  # later
    edit_annotation(a, shared["red"], {"exemptions": ["B1", "B3"]}, minutes=50)  # later
    edit_annotation(b, shared["red"], {"exemptions": ["B6"]}, minutes=40)
    for lib, name in ((a, "a"), (b, "b")):
        data = as_version_1(_export(lib, tmp_path / f"{name}2.json"))
        (tmp_path / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    return a, b, shared


def test_a_version_1_set_imports_as_before_the_later_version_winning(tmp_path: Path) -> None:
    a, b, shared = _v1_pair(tmp_path)
    into_b = import_annotations(b, tmp_path / "a.json")
    into_a = import_annotations(a, tmp_path / "b.json")
    assert into_b.version == 1 and not into_b.conflicts
    assert {c.uuid: c.winner for c in into_b.settled} == {
        shared["corr"]: "local",
        shared["red"]: "incoming",
    }
    assert {c.uuid: c.winner for c in into_a.settled} == {
        shared["corr"]: "incoming",
        shared["red"]: "local",
    }
    assert into_b.settled[0].local_modified.startswith("2026-01-02T03:")
    for lib in (a, b):
        assert get_annotation(lib, shared["corr"]).body == {"replacement": "HAVANA (city)"}
        assert get_annotation(lib, shared["red"]).body.get("exemptions") == ["B1", "B3"]
    text = describe(into_b, "Bo")
    assert "version 1 file" in text and "replaced by the file's version" in text
    a.close()
    b.close()


def test_tie_on_modification_time_resolves_the_same_both_ways_in_version_1(
    tmp_path: Path,
) -> None:
    a, b, shared = _v1_pair(tmp_path)
    edit_annotation(a, shared["corr"], {"replacement": "x"}, minutes=60)
    edit_annotation(b, shared["corr"], {"replacement": "y"}, minutes=60)
    for lib, name in ((a, "a"), (b, "b")):
        data = as_version_1(_export(lib, tmp_path / f"{name}2.json"))
        (tmp_path / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    import_annotations(b, tmp_path / "a.json")
    import_annotations(a, tmp_path / "b.json")
    assert get_annotation(a, shared["corr"]).body == get_annotation(b, shared["corr"]).body
    assert get_annotation(a, shared["corr"]).body == {"replacement": "y"}
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
    size = len(json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["annotations"])
    assert seen[0] == (0, size) and seen[-1] == (size, size)  # in annotations
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    a.close()
    b.close()


def test_cancel_after_chunks_were_written_leaves_the_library_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks are written as they are planned, inside one transaction: a cancel or a bad record
    late in the file rolls every one of them back."""
    monkeypatch.setattr(merge, "MERGE_CHUNK", 1000)
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    for _ in range(2500):  # three chunks
        add_note_row(a, doc_a, author="Ana")
    _export(a, tmp_path / "a.json")
    b, _ = new_library(tmp_path / "b", pdf)
    before = snapshot(b)
    ticks = iter(range(100))
    with pytest.raises(MergeCancelled):
        import_annotations(b, tmp_path / "a.json", cancel=lambda: next(ticks) >= 3)
    assert snapshot(b) == before
    lines = (tmp_path / "a.json").read_text(encoding="utf-8").split("\n")
    last = len(lines) - 3  # the last annotation; after it only the set's end
    assert lines[last + 1] == "]}" and lines[last].startswith('{"anchor"')
    record = json.loads(lines[last].rstrip(","))
    record["page"] = 9  # the last record is bad; the file keeps Redline's layout (streamed)
    lines[last] = json.dumps(record, separators=(",", ":"))
    (tmp_path / "bad.json").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InvalidAnnotationSet, match=r"annotations\[2499\]"):
        import_annotations(b, tmp_path / "bad.json")
    assert snapshot(b) == before
    a.close()
    b.close()


def test_an_undo_puts_back_every_row_and_a_redo_the_merge(tmp_path: Path) -> None:
    a, b, shared, _ = _conflicting_pair(tmp_path)
    _export(a, tmp_path / "a.json")
    before = snapshot(b, with_log=False)
    report = import_annotations(b, tmp_path / "a.json", undo=True)
    merged = snapshot(b, with_log=False)
    assert merged != before and report.undo
    replay_rows(b, report.undo, forward=False, author="Bo")
    assert snapshot(b, with_log=False) == before
    replay_rows(b, report.undo, forward=True, author="Bo")
    assert snapshot(b, with_log=False) == merged
    update_annotation(b, shared["red"], body={"exemptions": ["B9"]}, author="Bo")
    with pytest.raises(StaleRowsError):  # changed since: the undo would lose that
        replay_rows(b, report.undo, forward=False, author="Bo")
    a.close()
    b.close()


def test_a_merged_correction_is_in_the_corrected_reading_and_the_search(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    page_id, _, text = page_info(a, doc_a, 0)
    start = text.index("Havana")
    create_annotation(a, page_id, "correction", text=Span(start, start + 6),
                      body={"replacement": "Habana"}, author="Ana")  # fmt: skip
    _export(a, tmp_path / "a.json")
    b, doc_b = new_library(tmp_path / "b", pdf)
    import_annotations(b, tmp_path / "a.json")
    assert [h.document_id for h in search(b, "Habana").hits] == [doc_b]
    a.close()
    b.close()


def test_tags_renamed_moved_and_merged_on_one_side(tmp_path: Path) -> None:
    """A tag renamed here and moved there keeps both; one merged into another there (its uses
    re-pointed, it a tombstone) arrives here as it was done there, no conflict."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    people, agents, spies = (add_tag(a, n) for n in ("people", "agents", "spies"))
    used = add_annotation(a, doc_a, 1, "tag", word="agent", body={"tag": spies}, tag=spies)
    _export(a, tmp_path / "start.json")
    b, _ = new_library(tmp_path / "b", pdf)
    import_annotations(b, tmp_path / "start.json")
    rename_tag(a, agents, "field agents", author="Ana")
    nest_tag(b, agents, people, author="Bo")
    merge_tags(b, spies, agents, author="Bo")
    _export(b, tmp_path / "b.json")
    report = import_annotations(a, tmp_path / "b.json", author="Ana")
    assert not report.conflicts
    tag = get_tag(a, agents)
    assert tag.name == "field agents" and tag.parent_id == get_tag(a, people).id
    assert get_tag(a, spies).deleted
    assert get_annotation(a, used).body == {"tag": agents}
    text = describe(report, "Ana")
    assert "Tag 'spies': deleted by Bo" in text and "parent none → 'people'" in text
    a.close()
    b.close()


def test_a_tag_renamed_differently_on_both_sides_is_a_conflict(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, _ = new_library(tmp_path / "a", pdf)
    people = add_tag(a, "people")
    _export(a, tmp_path / "start.json")
    b, _ = new_library(tmp_path / "b", pdf)
    import_annotations(b, tmp_path / "start.json")
    rename_tag(a, people, "persons", author="Ana")
    rename_tag(b, people, "individuals", author="Bo")
    _export(b, tmp_path / "b.json")
    assert import_annotations(a, tmp_path / "b.json").conflicts == [people]
    [conflict] = list_conflicts(a)
    assert conflict.entity == "tag" and conflict.label == "persons"
    assert [v.value for v in conflict.fields[0].there] == ["individuals"]
    decide(a, people, take="there", author="Ana")
    assert not list_conflicts(a)
    a.close()
    b.close()


@pytest.mark.parametrize("direction", ["sqlite-to-postgresql", "postgresql-to-sqlite"])
def test_round_trip_between_the_engines(
    tmp_path: Path, pg_library_url: str, direction: str
) -> None:
    """A set exported from one engine and merged into the other exports the same, byte for byte
    apart from nothing (the export time is fixed here)."""
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


def _meet(a: Library, b: Library, tmp_path: Path) -> None:
    """Merge each library into the other until nothing changes (as people meeting do)."""
    for i in range(4):
        _export(a, tmp_path / f"meet-a{i}.json")
        into_b = import_annotations(b, tmp_path / f"meet-a{i}.json", author="Bo")
        _export(b, tmp_path / f"meet-b{i}.json")
        into_a = import_annotations(a, tmp_path / f"meet-b{i}.json", author="Ana")
        if not (into_a.changed or into_b.changed):
            return
    raise AssertionError("the libraries did not settle")


def _folder_sharing(library: Library, pdf: Path, tmp_path: Path) -> Library:
    """A folder library that starts from ``library``'s set (as a colleague's laptop does)."""
    _export(library, tmp_path / "start.json")
    folder, _ = new_library(tmp_path / "folder", pdf)
    import_annotations(folder, tmp_path / "start.json", author="Bo")
    return folder


def _merge_folder(library: Library, folder: Library, tmp_path: Path) -> list[str]:
    """Merge the folder's set into ``library``; the uuids now in conflict."""
    _export(folder, tmp_path / "folder.json")
    return import_annotations(library, tmp_path / "folder.json", author="Ana").conflicts


def test_a_deletion_of_an_annotation_in_conflict_knew_the_values_in_conflict(
    library: Library, tmp_path: Path
) -> None:
    """The sequence Hypothesis found (test_merge_machine, a server and a folder library): both
    decide a note's status differently, the folder's set is merged into the other library (a
    conflict there), which then deletes the note. The deleter had seen the folder's decision (it
    waits in the conflict), so once they meet the note is deleted everywhere: its status stays
    in conflict, its deletion does not."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    doc = import_file(library, pdf).document_id
    assert doc is not None
    page = page_info(library, doc, 0)[0]
    note = create_annotation(library, page, "note", body={"text": "who?"}, author="Ana").uuid
    folder = _folder_sharing(library, pdf, tmp_path)
    set_status(library, note, "rejected", author="Ana")
    set_status(library, note, "accepted", author="Ana")
    set_status(folder, note, "rejected", author="Bo")
    assert _merge_folder(library, folder, tmp_path) == [note]
    delete_annotation(library, note, author="Ana")
    _meet(library, folder, tmp_path)
    for lib in (library, folder):
        assert get_annotation(lib, note).deleted
        [conflict] = list_conflicts(lib)
        assert [f.field for f in conflict.fields] == ["status"]
    decide(library, note, take="here", author="Ana")
    _meet(library, folder, tmp_path)
    assert _export(library, tmp_path / "fa.json") == _export(folder, tmp_path / "fb.json")
    folder.close()


def test_a_deletion_of_a_tag_in_conflict_knew_the_values_in_conflict(
    library: Library, tmp_path: Path
) -> None:
    """The same for a tag: renamed apart (a conflict here), then deleted here."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    assert import_file(library, pdf).document_id is not None
    people = create_tag(library, "people", author="Ana").tag.uuid
    folder = _folder_sharing(library, pdf, tmp_path)
    rename_tag(library, people, "persons", author="Ana")
    rename_tag(folder, people, "individuals", author="Bo")
    assert _merge_folder(library, folder, tmp_path) == [people]
    delete_tag(library, people, author="Ana")
    _meet(library, folder, tmp_path)
    for lib in (library, folder):
        assert get_tag(lib, people).deleted
        [conflict] = list_conflicts(lib)
        assert [f.field for f in conflict.fields] == ["name"]
    folder.close()


@pytest.mark.parametrize("first", ["sqlite", "postgresql"])
def test_every_field_reads_the_same_through_the_service_the_library_and_the_export(
    tmp_path: Path, pg_library_url: str, first: str
) -> None:
    """The values an edit's versions are made of (the service's record), those a merge compares
    (the library's rows) and those a set carries are the same values of the same types on both
    engines, after a set went from one to the other: else an implicit version (a hash of the
    value) or a changed field would differ where nothing changed (None and "", 0 and False, an
    int and a float, a Decimal)."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    where: list[Path | str] = [tmp_path / "lite", pg_library_url]
    a, doc = new_library(where[first != "sqlite"], pdf)
    b, _ = new_library(where[first == "sqlite"], pdf)
    page = page_info(a, doc, 0)[0]
    people = create_tag(a, "people", author="Ana").tag.uuid
    create_tag(a, "agents", author="Ana", parent=people)
    found: dict[str, Any] = {"status": "proposed", "author": "", "origin": "detector"}
    made = [
        create_annotation(a, page, "note", text=Span(0, 12), body={"text": "who?"}, author="Ana"),
        create_annotation(a, page, "redaction", region=Region(72.5, 72, 90, 14.25),
                          body={"exemptions": ["B6"], "note": "", "share": 0.01}, rule_id="r",
                          confidence=0.8, **found),
        create_annotation(a, page, "marking", text=Span(0, 12), rule_id="m", confidence=1 / 3,
                          body={"category": "classification", "value": "SECRET", "struck": True},
                          **found),
        create_annotation(a, page, "tag", text=Span(13, 20), body={"tag": people}, author="Ana"),
        create_annotation(a, page, "correction", text=Span(0, 5), body={"replacement": "CONF"},
                          author="Ana"),
    ]  # fmt: skip
    export_json(a, tmp_path / "a.json", exported_at=WHEN)
    import_annotations(b, tmp_path / "a.json", author="Bo")
    export_json(b, tmp_path / "b.json", exported_at=WHEN)
    sets = [json.loads((tmp_path / f"{n}.json").read_text(encoding="utf-8")) for n in "ab"]

    def keyed(fields: dict[str, Any]) -> dict[str, str]:
        return {k: value_key(v) for k, v in fields.items()}

    for change in made:
        uuid = change.uuid
        forms = [keyed(annotation_fields(x)) for s in sets for x in s["annotations"]
                 if x["uuid"] == uuid]  # fmt: skip
        for lib in (a, b):
            forms.append(keyed(record_fields(get_annotation(lib, uuid))))
            with lib.reading() as s:
                forms.append(
                    keyed(annotation_fields(local_annotations(s.connection(), [uuid])[uuid]))
                )
        assert len(forms) == 6 and all(f == forms[0] for f in forms), change.record.kind
    for tag in sets[0]["tags"]:
        forms = [keyed(tag_fields(t)) for s in sets for t in s["tags"] if t["uuid"] == tag["uuid"]]
        for lib in (a, b):
            with lib.reading() as s:
                forms.append(keyed(tag_service_fields(s, load_tag(s, tag["uuid"]))))
                forms += [keyed(tag_fields(t)) for t in tag_records(s.connection())
                          if t["uuid"] == tag["uuid"]]  # fmt: skip
        assert len(forms) == 6 and all(f == forms[0] for f in forms), tag["name"]
    a.close()
    b.close()


def test_a_deletion_in_conflict_lists_what_the_other_side_changed(
    library: Library, tmp_path: Path
) -> None:
    """Deleted here, changed there (the walk: a control marking's value changed in a folder
    copy, the marking deleted in the team library): the conflict names the change the deletion
    never saw, old → new, with who made it, so "Take there" is no blind choice; the other way
    round (deleted there, changed here), the change made here."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    doc = import_file(library, pdf).document_id
    assert doc is not None
    page = page_info(library, doc, 0)[0]
    body = {"category": "control", "value": "NOFORN"}
    mark = create_annotation(library, page, "marking", text=Span(0, 6), body=body,
                             author="Ana").uuid  # fmt: skip
    note = create_annotation(library, page, "note", body={"text": "who?"}, author="Ana").uuid
    folder = _folder_sharing(library, pdf, tmp_path)
    update_annotation(folder, mark, body={**body, "value": "REPRODUCTION PROHIBITED"},
                      author="Bo")  # fmt: skip
    delete_annotation(folder, note, author="Bo")
    delete_annotation(library, mark, author="Ana")
    update_annotation(library, note, body={"text": "the courier"}, author="Ana")
    assert sorted(_merge_folder(library, folder, tmp_path)) == sorted([mark, note])
    found = {c.uuid: c for c in list_conflicts(library)}
    [changed] = found[mark].changed
    assert (changed.field, changed.before, changed.after) == (
        "body.value",
        "NOFORN",
        "REPRODUCTION PROHIBITED",
    )
    assert changed.by == "Bo" and changed.at
    [changed] = found[note].changed
    assert (changed.field, changed.after, changed.by) == ("body.text", "the courier", "Ana")
    folder.close()
