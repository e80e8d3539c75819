"""Copies of one library merged: each copy counts its changes under an id of its own.

Two copies of a library (its folder copied, as the README allows, or `redline library copy`)
held the same library id, so the copy that had made more changes of any kind won a field both
had changed, silently: "would change nothing here" one way, "1 updated" the other, where both
are a conflict for a person to decide."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app.core.annotating.annotations import update_annotation
from app.core.annotating.conflicts import list_conflicts
from app.core.annotating.review import set_page_status
from app.core.exchange.library_copy import copy_library
from app.core.exchange.merge import import_annotations
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from db.server import database_name
from tests.core.exchange.helpers import add_annotation, new_library, page_info, scan_pdf
from tests.pg_helpers import PgServer


def _replica(lib: Library) -> str | None:
    with lib.reading() as s:
        value = (
            s.connection()
            .exec_driver_sql("SELECT value FROM library_meta WHERE key = 'replica_id'")
            .scalar()
        )
    return None if value is None else str(value)


def _start(tmp_path: Path, where: Path | str = "") -> tuple[Path | str, str]:
    """A library with a correction, and a change already counted (so it has its id)."""
    where = where or tmp_path / "first"
    lib, doc = new_library(where, scan_pdf(tmp_path / "scan.pdf"))
    corr = add_annotation(lib, doc, 0, "correction", word="Havana", body={"replacement": "X"})
    update_annotation(lib, corr, body={"replacement": "HAVANA"}, author="Ana")
    lib.close()
    return where, corr


def _edit_apart(here: Library, there: Library, corr: str, tmp_path: Path) -> None:
    """Both change the correction; ``here`` makes more changes besides (its count runs ahead)."""
    page, _layer, _uuid = page_info(here, 1, 0)
    for status in ("in_progress", "reviewed", "in_progress"):
        set_page_status(here, page, status, author="Ana")
    update_annotation(here, corr, body={"replacement": "Havana, Cuba"}, author="Ana")
    update_annotation(there, corr, body={"replacement": "HAVANA (city)"}, author="Bo")
    for lib, name in ((here, "here.json"), (there, "there.json")):
        export_json(lib, tmp_path / name, overwrite=True)


def _both_ways_in_conflict(here: Library, there: Library, corr: str, tmp_path: Path) -> None:
    into_here = import_annotations(here, tmp_path / "there.json")
    into_there = import_annotations(there, tmp_path / "here.json")
    assert into_here.conflicts == [corr] and into_there.conflicts == [corr]
    for lib, mine, theirs in (
        (here, "Havana, Cuba", "HAVANA (city)"),
        (there, "HAVANA (city)", "Havana, Cuba"),
    ):
        [conflict] = list_conflicts(lib)
        [field] = conflict.fields
        assert (field.here.value, [v.value for v in field.there]) == (mine, [theirs])


def test_a_copied_folder_and_its_original_edit_apart_and_merge_into_a_conflict(
    tmp_path: Path,
) -> None:
    first, corr = _start(tmp_path)
    shutil.copytree(first, tmp_path / "copy")
    with Library.open(first) as here, Library.open(tmp_path / "copy") as there:
        _edit_apart(here, there, corr, tmp_path)
        assert _replica(here) != _replica(there)
        _both_ways_in_conflict(here, there, corr, tmp_path)


def test_a_library_copied_by_redline_counts_under_an_id_of_its_own(tmp_path: Path) -> None:
    first, corr = _start(tmp_path)
    with Library.open(first) as here, Library.open(tmp_path / "copy") as there:
        copy_library(here, there)
        _edit_apart(here, there, corr, tmp_path)
        assert _replica(here) != _replica(there)
        _both_ways_in_conflict(here, there, corr, tmp_path)


def test_a_library_moved_or_opened_again_keeps_its_id(tmp_path: Path) -> None:
    """Only a copy is another library: reopened, or its folder moved on the same disk, it
    counts on under the id it had (a new id would only lengthen every version it changes)."""
    first, corr = _start(tmp_path)
    with Library.open(first) as lib:
        before = _replica(lib)
    assert before is not None
    os.rename(first, tmp_path / "moved")
    with Library.open(tmp_path / "moved") as lib:
        update_annotation(lib, corr, body={"replacement": "Havana!"}, author="Ana")
        assert _replica(lib) == before
        export_json(lib, tmp_path / "set.json", overwrite=True)
    record = next(
        a for a in json.loads((tmp_path / "set.json").read_text())["annotations"]
        if a["uuid"] == corr
    )  # fmt: skip
    changes = {k for k in record["revisions"]["body.replacement"]["v"] if not k.startswith("#")}
    assert changes == {before}


@pytest.mark.slow
def test_a_team_librarys_database_copied_on_the_server_is_another_library(
    tmp_path: Path, pg_server: PgServer, pg_library_url: str
) -> None:
    """A database made from another (``CREATE DATABASE … TEMPLATE``, as a restored dump is)."""
    first, corr = _start(tmp_path, pg_library_url)
    copy = pg_server.create_database(template=database_name(pg_library_url) or "")
    try:
        with Library.open(first) as here, Library.open(pg_server.url(copy)) as there:
            _edit_apart(here, there, corr, tmp_path)
            assert _replica(here) != _replica(there)
            _both_ways_in_conflict(here, there, corr, tmp_path)
    finally:
        pg_server.drop_database(copy)
