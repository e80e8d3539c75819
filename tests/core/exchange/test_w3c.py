"""W3C Web Annotation export, checked against the data model's MUST rules."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.exchange.common import ExportScope
from app.core.exchange.w3c import export_w3c
from app.core.library import Library
from tests.core.exchange.helpers import add_annotation, add_tag, new_library, page_info, scan_pdf

# https://www.w3.org/TR/annotation-model/ and annotation-vocab: the motivations Redline may use
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip
XYWH = re.compile(r"^xywh=(pixel:\d+,\d+,\d+,\d+|percent:\d+(\.\d+)?(,\d+(\.\d+)?){3})$")
IRI = re.compile(r"^(urn:uuid:[0-9a-f-]{36}|https://[^\s]+)$")


# The library, its one document's id, and the ids of what the fixture made, by name.
LibAndIds = tuple[Library, int, dict[str, str]]


@pytest.fixture
def lib_and_ids(tmp_path: Path) -> Iterator[LibAndIds]:
    lib, doc_id = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    tag = add_tag(lib, "people")
    ids = {
        "corr": add_annotation(
            lib, doc_id, 0, "correction", word="Havana", body={"replacement": "HAVANA"}
        ),
        "tag": add_annotation(lib, doc_id, 1, "tag", word="agent", body={"tag": tag}, tag=tag),
        "mark": add_annotation(
            lib,
            doc_id,
            0,
            "marking",
            word="CONFIDENTIAL",
            body={"category": "classification", "value": "CONFIDENTIAL"},
            origin="detector",
        ),
        "rejected": add_annotation(
            lib,
            doc_id,
            1,
            "marking",
            word="SECRET",
            body={"category": "classification", "value": "SECRET"},
            origin="detector",
            status="rejected",
        ),
        "red": add_annotation(
            lib,
            doc_id,
            1,
            "redaction",
            region=(61.2, 79.2, 122.4, 39.6),
            body={"exemptions": ["B1", "1.4(d)"], "note": "source"},
        ),
        "note": add_annotation(lib, doc_id, 0, "note", word="Director", body={"text": "who?"}),
        "gone": add_annotation(lib, doc_id, 0, "note", body={"text": "x"}, deleted=True),
    }
    yield lib, doc_id, ids
    lib.close()


def _check_selector(sel: dict[str, Any]) -> None:
    assert "type" in sel
    if sel["type"] == "TextQuoteSelector":
        assert isinstance(sel["exact"], str) and sel["exact"]
    elif sel["type"] == "TextPositionSelector":
        assert isinstance(sel["start"], int) and isinstance(sel["end"], int)
        assert 0 <= sel["start"] <= sel["end"]
    elif sel["type"] == "FragmentSelector":
        assert sel["conformsTo"] == "http://www.w3.org/TR/media-frags/"
        assert XYWH.match(sel["value"]), sel["value"]
    else:
        raise AssertionError(f"unexpected selector {sel['type']}")


def _check_annotation(ann: dict[str, Any], known_ids: set[str]) -> None:
    """The MUST rules of the model for one Annotation (section 3.1 to 4.2)."""
    assert IRI.match(ann["id"]), ann["id"]
    assert ann["type"] == "Annotation"
    assert ann["motivation"] in MOTIVATIONS
    assert ann["target"], "an Annotation MUST have at least one target"
    for body in ann.get("body", []):
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body.get("purpose", "commenting") in MOTIVATIONS
    targets = ann["target"] if isinstance(ann["target"], list) else [ann["target"]]
    for target in targets:
        if isinstance(target, str):
            assert target in known_ids  # an assessing annotation targets another annotation
            continue
        if target.get("type") == "SpecificResource":
            assert IRI.match(target["source"]["id"])
            sels = (
                target["selector"] if isinstance(target["selector"], list) else [target["selector"]]
            )
            for sel in sels:
                _check_selector(sel)
        else:
            assert IRI.match(target["id"])
    for key in ("created", "modified"):
        if key in ann:
            assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", ann[key])


def _export(lib: Library, path: Path, **kw: Any) -> dict[str, Any]:
    export_w3c(lib, path, exported_at=datetime(2026, 5, 1), **kw)
    return json.loads(path.read_text(encoding="utf-8"))


def test_collection_follows_the_must_rules(lib_and_ids: LibAndIds, tmp_path: Path) -> None:
    lib, _, ids = lib_and_ids
    data = _export(lib, tmp_path / "w3c.jsonld")
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and IRI.match(data["id"])
    page = data["first"]
    assert page["type"] == "AnnotationPage" and IRI.match(page["id"])
    assert page["partOf"] == data["id"] and data["last"] == page["id"]
    items = page["items"]
    assert data["total"] == len(items)
    known = {a["id"] for a in items}
    for ann in items:
        _check_annotation(ann, known)
    assert f"urn:uuid:{ids['gone']}" not in known  # tombstones are not published


def test_motivations_selectors_and_verdicts(lib_and_ids: LibAndIds, tmp_path: Path) -> None:
    lib, doc_id, ids = lib_and_ids
    items = {a["id"]: a for a in _export(lib, tmp_path / "w3c.jsonld")["first"]["items"]}
    motivation = {u: items[f"urn:uuid:{ids[u]}"]["motivation"] for u in ids if u != "gone"}
    assert motivation == {
        "corr": "editing",
        "tag": "tagging",
        "mark": "classifying",
        "rejected": "classifying",
        "red": "classifying",
        "note": "commenting",
    }
    corr = items[f"urn:uuid:{ids['corr']}"]
    assert corr["body"][0]["value"] == "HAVANA"
    quote, position = corr["target"][0]["selector"]
    _, _, text = page_info(lib, doc_id, 0)
    assert text[position["start"] : position["end"]] == quote["exact"] == "Havana"
    assert items[f"urn:uuid:{ids['tag']}"]["body"][0]["value"] == "people"
    red = items[f"urn:uuid:{ids['red']}"]
    assert red["target"][0]["selector"]["value"] == "xywh=percent:10.0000,10.0000,20.0000,5.0000"
    assert [b["value"] for b in red["body"]] == ["B1", "1.4(d)", "source"]
    verdicts = {
        a["target"]: a["body"][0]["value"] for a in items.values() if a["motivation"] == "assessing"
    }
    assert verdicts == {
        f"urn:uuid:{ids['mark']}": "accepted",
        f"urn:uuid:{ids['rejected']}": "rejected",
    }


def test_base_url_and_determinism(lib_and_ids: LibAndIds, tmp_path: Path) -> None:
    lib, _, ids = lib_and_ids
    a = _export(lib, tmp_path / "a.jsonld", base_url="https://example.org/anno")
    b = _export(lib, tmp_path / "b.jsonld", base_url="https://example.org/anno")
    assert (tmp_path / "a.jsonld").read_bytes() == (tmp_path / "b.jsonld").read_bytes()
    ann_ids = {x["id"] for x in a["first"]["items"]}
    assert f"https://example.org/anno/{ids['corr']}" in ann_ids
    assert all(i.startswith("https://example.org/anno/") for i in ann_ids)
    known = {x["id"] for x in b["first"]["items"]}
    for ann in b["first"]["items"]:
        _check_annotation(ann, known)


def test_scoped_w3c_export(lib_and_ids: LibAndIds, tmp_path: Path) -> None:
    lib, _, ids = lib_and_ids
    data = _export(lib, tmp_path / "s.jsonld", scope=ExportScope(status="rejected"))
    targets = sorted(
        str(a["target"]) for a in data["first"]["items"] if a["motivation"] == "assessing"
    )
    assert targets == [f"urn:uuid:{ids['rejected']}"]
    assert data["total"] == 2
