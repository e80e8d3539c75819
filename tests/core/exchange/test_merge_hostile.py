"""Malformed and hostile annotation sets are refused whole, with a message, library unchanged."""

from __future__ import annotations

import copy
import json
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import RedlineError
from app.core.exchange.bounded_read import mib
from app.core.exchange.merge import import_annotations
from app.core.exchange.merge_outcome import MergeReport
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.redline_json import export_json
from app.core.exchange.w3c_import import import_annotation_file
from app.core.library import Library
from tests.core.exchange.helpers import (
    add_annotation,
    add_tag,
    as_version_1,
    new_library,
    scan_pdf,
    snapshot,
)

# Library ``b``, the set exported from ``a``, and the ids of a's tag and b's own note and tag.
Setup = tuple[Library, dict[str, Any], dict[str, str]]


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    """Library ``b`` holding the scan with one annotation and a tag, and a valid set from ``a``."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    tag = add_tag(a, "people")
    add_annotation(a, doc_a, 0, "correction", word="Havana", body={"replacement": "HAVANA"})
    add_annotation(a, doc_a, 1, "redaction", region=(72, 72, 100, 20), body={"exemptions": []})
    export_json(a, tmp_path / "a.json", exported_at=datetime(2026, 5, 1))
    a.close()
    b, doc_b = new_library(tmp_path / "b", pdf)
    local = add_annotation(b, doc_b, 1, "note", word="agent", body={"text": "mine"})
    local_tag = add_tag(b, "local")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    yield b, data, {"tag": tag, "local": local, "local_tag": local_tag}
    b.close()


def _import(
    lib: Library, tmp_path: Path, content: bytes | dict[str, Any], **kw: Any
) -> MergeReport:
    path = tmp_path / "in.json"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    return import_annotations(lib, path, **kw)


def _first(data: dict[str, Any]) -> dict[str, Any]:
    return data["annotations"][0]


def _second(data: dict[str, Any]) -> dict[str, Any]:
    return data["annotations"][1]


_VERSION = {"v": {"0123456789abcdef": 1}, "by": "x", "at": "2026-01-01T00:00:00.000000Z"}

CASES: dict[str, tuple[Callable[[dict[str, Any], dict[str, str]], Any], str]] = {
    "wrong type": (lambda d, _: _first(d).update(page="one"), r"annotations\[0\]\.page"),
    "missing field": (lambda d, _: _first(d).pop("kind"), "kind"),
    "unknown kind": (lambda d, _: _first(d).update(kind="scribble"), r"annotations\[0\]\.kind"),
    "unknown version": (lambda d, _: d.update(version=3), "version 3"),
    "version given as text": (lambda d, _: d.update(version="2"), "version '2'"),
    "revisions of a field there is not": (
        lambda d, _: _first(d).update(revisions={"colour": _VERSION}),
        r"annotations\[0\]\.revisions",
    ),
    "a version vector with a bad key": (
        lambda d, _: _first(d).update(
            revisions={"status": {**_VERSION, "v": {"not hex digits!!": 1}}}
        ),
        r"annotations\[0\]\.revisions",
    ),
    "a version counting below one": (
        lambda d, _: _first(d).update(revisions={"status": {**_VERSION, "v": {"#" + "a" * 16: 0}}}),
        r"annotations\[0\]\.revisions",
    ),
    "a conflict value that is no valid value of its field": (
        lambda d, _: _second(d).update(conflicts={"body.exemptions": [{**_VERSION, "value": 5}]}),
        r"annotations\[1\]\.conflicts\.body\.exemptions\[0\]",
    ),
    "a conflict region outside the page": (
        lambda d, _: _second(d).update(
            conflicts={
                "region": [{**_VERSION, "value": {"x": 900.0, "y": 1.0, "w": 5.0, "h": 5.0}}]
            }
        ),
        "outside page 2",
    ),
    "a conflict naming a tag that is nowhere": (
        lambda d, ids: d["annotations"].append(
            {
                **_first(d),
                "uuid": str(uuid.uuid4()),
                "kind": "tag",
                "tag": ids["tag"],
                "body": {"tag": ids["tag"]},
                "conflicts": {"body.tag": [{**_VERSION, "value": str(uuid.uuid4())}]},
            }
        ),
        "refers to a tag that is nowhere",
    ),
    "a page review conflict that is no status": (
        lambda d, _: d["documents"][0]["pages"][0].update(
            conflicts={"review": [{**_VERSION, "value": ["reviewed"]}]}
        ),
        r"pages\[0\]\.conflicts\.review\[0\]",
    ),
    "not a uuid": (lambda d, _: _first(d).update(uuid="../../etc/passwd"), r"\.uuid"),
    "region outside the page": (
        lambda d, _: _second(d)["anchor"]["region"].update(x=600.0),
        "outside page 2",
    ),
    "page beyond the document": (lambda d, _: _first(d).update(page=7), "page 8 of a 2-page"),
    "offsets beyond the text": (
        lambda d, _: _first(d)["anchor"]["text"].update(start=5000, end=5006),
        "beyond the page text",
    ),
    "quote not spanning offsets": (
        lambda d, _: _first(d)["anchor"]["text"].update(end=1),
        "ends before it starts|does not span",
    ),
    "duplicate id": (
        lambda d, _: _second(d).update(uuid=_first(d)["uuid"]),
        "used twice",
    ),
    "annotation id is a local tag": (
        lambda d, ids: _first(d).update(uuid=ids["local_tag"]),
        "already used in this library by tags",
    ),
    "annotation id is a tag of the file": (
        lambda d, _: _first(d).update(uuid=d["tags"][0]["uuid"]),
        "used twice",
    ),
    "annotation id exists on another page": (
        lambda d, ids: _first(d).update(uuid=ids["local"]),
        "already used in this library by a note",
    ),
    "body of the wrong shape": (
        lambda d, _: _first(d).update(body={"replacement": 5}),
        r"annotations\[0\]\.body\.replacement",
    ),
    "body missing its field": (lambda d, _: _second(d).update(body={}), "exemptions"),
    "unknown tag": (
        lambda d, _: _first(d).update(tag=str(uuid.uuid4())),
        "only a tag annotation has a tag",
    ),
    # States the annotation services refuse, which a merge once accepted (issue 20):
    "correction without an anchor": (
        lambda d, _: _first(d).update(anchor={}),
        r"annotations\[0\]: A correction needs a span of the page text",
    ),
    "redaction without a region": (
        lambda d, _: _second(d).update(anchor={}),
        r"annotations\[1\]: A redaction needs a region of the scan",
    ),
    "0x0 region": (
        lambda d, _: _second(d)["anchor"]["region"].update(w=0, h=0),
        r"annotations\[1\]\.anchor\.region: A region needs a width and a height",
    ),
    "empty span": (
        lambda d, _: _first(d)["anchor"]["text"].update(
            end=_first(d)["anchor"]["text"]["start"], quote=""
        ),
        "empty or outside",
    ),
    "review status not a status": (
        lambda d, _: d["documents"][0]["pages"][0]["review"].update(status="bogus\u0000"),
        r"pages\[0\]\.review: Unknown review status",
    ),
    "unknown marking category": (
        lambda d, _: _first(d).update(kind="marking", body={"category": "x", "value": "y"}),
        "Unknown marking category",
    ),
    "person without a name": (lambda d, _: _first(d).update(author=" "), "Give your name"),
    "modified far in the future": (
        lambda d, _: _first(d).update(modified="9999-12-31T00:00:00.000000Z"),
        r"annotations\[0\]\.modified: 9999-12-31.* lies in the future",
    ),
    "month 13": (
        lambda d, _: _first(d).update(created="2026-13-01T00:00:00Z"),
        "is not a real date and time",
    ),
    "reviewed on February 30": (
        lambda d, _: d["documents"][0]["pages"][1]["review"].update(
            status="reviewed", by="x", at="2026-02-30T10:00:00Z"
        ),
        "not a real date",
    ),
    "integer beyond 2^63": (lambda d, _: _first(d).update(page=2**64), "too large"),
    "lone surrogate": (
        lambda d, _: _second(d)["body"].update(note="\ud800"),
        "not Unicode",
    ),
    "absolute path as file name": (
        lambda d, _: d["documents"][0].update(source_name="/home/x/scan.pdf"),
        "source_name",
    ),
    "tag cycle": (
        lambda d, _: d["tags"][0].update(parent=d["tags"][0]["uuid"]),
        "own ancestor",
    ),
    "deep body": (
        lambda d, _: _first(d).update(body={"x": _deep(40)}),
        "nested deeper",
    ),
}


def _deep(n: int) -> Any:
    value: Any = {}
    for _ in range(n):
        value = {"a": value}
    return value


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_sets_are_refused_and_change_nothing(setup: Setup, tmp_path: Path, case: str) -> None:
    lib, data, ids = setup
    bad = copy.deepcopy(data)
    change, message = CASES[case]
    change(bad, ids)
    before = snapshot(lib)
    with pytest.raises(InvalidAnnotationSet, match=message):
        _import(lib, tmp_path, bad)
    assert snapshot(lib) == before


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "not a Redline annotation set"),
        (b'{"format": "something-else"}', "not a Redline annotation set"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply|not a Redline"),
        (b"", "not valid JSON"),
        (b'{"format": "redline-annotations", "version": NaN}', "NaN is not a JSON number"),
        (b'{"format": "redline-annotations", "version": 1e999}', "1e999 is too large"),
    ],
)
def test_unreadable_files_are_refused(
    setup: Setup, tmp_path: Path, raw: bytes, message: str
) -> None:
    lib, _, _ = setup
    before = snapshot(lib)
    with pytest.raises(InvalidAnnotationSet, match=message):
        _import(lib, tmp_path, raw)
    assert snapshot(lib) == before


def test_a_file_over_the_size_limit_is_refused(setup: Setup, tmp_path: Path) -> None:
    lib, data, _ = setup
    before = snapshot(lib)
    with pytest.raises(InvalidAnnotationSet, match=r"is \d+ bytes; .* over 1000 bytes are refused"):
        _import(lib, tmp_path, data, max_bytes=1000)
    assert snapshot(lib) == before


def test_the_size_limit_is_said_in_mib() -> None:
    assert mib(512 * 2**20) == "512 MiB" and mib(2**20 // 2) == "0.5 MiB"


def test_a_device_or_a_pipe_is_refused_before_anything_is_read(
    setup: Setup, tmp_path: Path
) -> None:
    lib, _, _ = setup
    before = snapshot(lib)
    fifo = tmp_path / "set.json"
    os.mkfifo(fifo)  # no writer: reading it would wait forever
    for path in (Path("/dev/zero"), fifo, tmp_path):
        for importer in (import_annotations, import_annotation_file):  # (the one both UIs call)
            with pytest.raises(InvalidAnnotationSet, match="not a regular file"):
                importer(lib, path)
    assert snapshot(lib) == before


def test_a_missing_file_is_a_redline_error(setup: Setup, tmp_path: Path) -> None:
    lib, _, _ = setup
    with pytest.raises(RedlineError, match="cannot read"):
        import_annotations(lib, tmp_path / "nowhere.json")


def test_the_unchanged_set_imports(setup: Setup, tmp_path: Path) -> None:
    """The cases above fail because of their change, not because the base set is bad."""
    lib, data, ids = setup
    before = snapshot(lib)
    planned = _import(lib, tmp_path, data, dry_run=True)
    assert snapshot(lib) == before  # a dry run changes nothing
    ours = {a["uuid"] for a in data["annotations"]}
    assert planned.dry_run and sorted(planned.added) == sorted(ours) and planned.tags_added
    merged = _import(lib, tmp_path, data)
    assert not merged.dry_run and sorted(merged.added) == sorted(ours)
    assert merged.tags_added == planned.tags_added == [ids["tag"]]
    assert snapshot(lib) != before
    again = _import(lib, tmp_path, data)
    assert not again.changed and again.unchanged == len(ours)


def test_a_set_saved_with_a_byte_order_mark_imports(setup: Setup, tmp_path: Path) -> None:
    """A set opened and saved again in Windows' Notepad begins with a UTF-8 byte order mark,
    which RFC 8259 lets a reader pass over: it imports as without it (it was "not valid JSON")."""
    lib, data, _ = setup
    merged = _import(lib, tmp_path, b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert sorted(merged.added) == sorted(a["uuid"] for a in data["annotations"])


def test_a_tag_cycle_through_a_local_tag_is_refused(setup: Setup, tmp_path: Path) -> None:
    """b already has a's tag and nests its own tag under it; a later file from a moves a's tag
    under b's tag (a version 1 file: the later edit would win): the tree would loop through
    b's tag. (Version 2 sets: ``test_merge.py``, tags moved into each other on both sides.)"""
    lib, data, ids = setup
    data = as_version_1(data)
    ours = data["tags"][0]
    _import(lib, tmp_path, data)
    with lib.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE tags SET parent_id = (SELECT id FROM tags WHERE uuid = ?) WHERE uuid = ?",
            (ours["uuid"], ids["local_tag"]),
        )
    before = snapshot(lib)
    ours.update(parent=ids["local_tag"], modified="2026-06-01T00:00:00.000000Z")
    with pytest.raises(InvalidAnnotationSet, match="'people' would be its own ancestor"):
        _import(lib, tmp_path, data)
    assert snapshot(lib) == before
