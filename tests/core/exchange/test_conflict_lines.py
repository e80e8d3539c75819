"""A deletion in conflict with changes here the deletion never saw: the value it saw, and the
lines ``redline conflicts`` and Edit › Conflicts… say of each change (old → new, who, when)."""

from __future__ import annotations

from pathlib import Path

from app.core.annotating import annotations as A
from app.core.annotating.conflicts import list_conflicts
from app.core.annotating.records import Span
from app.core.documents.queries import document_summary
from app.core.exchange.conflict_lines import change_lines
from app.core.exchange.merge import import_annotations
from app.core.exchange.merge_words import Words
from app.core.exchange.redline_json import export_json
from tests.core.exchange.helpers import new_library, scan_pdf

BODY = {"category": "control", "value": "NOFORN"}


def test_deleted_there_the_old_value_is_the_one_the_deletion_saw(tmp_path: Path) -> None:
    """Changed here before the set was shared (NOFORN → SECRET, then rejected), deleted there,
    changed here twice since (SECRET → ORCON → REPRODUCTION PROHIBITED): the old value is
    SECRET, the one the deletion saw, not the first (NOFORN) nor the one between (ORCON)."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    lib, doc = new_library(tmp_path / "a", pdf)
    theirs, _ = new_library(tmp_path / "b", pdf)
    page = document_summary(lib, doc).pages[0].id
    mark = A.create_annotation(lib, page, "marking", text=Span(0, 10), body=BODY,
                               author="Ada").uuid  # fmt: skip
    A.update_annotation(lib, mark, body={**BODY, "value": "SECRET"}, author="Ada")
    A.set_status(lib, mark, "rejected", author="Ada")
    export_json(lib, tmp_path / "shared.json")
    import_annotations(theirs, tmp_path / "shared.json")
    A.delete_annotation(theirs, mark, author="Bo")
    export_json(theirs, tmp_path / "bo.json")
    theirs.close()
    for value in ("ORCON", "REPRODUCTION PROHIBITED"):
        A.update_annotation(lib, mark, body={**BODY, "value": value}, author="Ada")
    import_annotations(lib, tmp_path / "bo.json")
    [conflict] = list_conflicts(lib)
    [changed] = conflict.changed
    assert changed.before_known and changed.before == "SECRET", changed
    assert changed.after == "REPRODUCTION PROHIBITED"
    heading, line = [str(t) for t in change_lines(conflict, Words("Ada"))]
    assert heading == "Changed here, unseen by the deletion there:"
    assert line.startswith("value: 'SECRET' → 'REPRODUCTION PROHIBITED' (you, "), line
    lib.close()
