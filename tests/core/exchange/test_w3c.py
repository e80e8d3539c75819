"""W3C Web Annotation export: the data model's MUST rules, one target per annotation in integer
canvas pixels, what is published (accepted only unless asked), verdicts with their reviewer, and
the page texts the text selectors count into, written beside the set."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.documents.render import PageGeometry
from app.core.exchange.common import ExportScope
from app.core.exchange.w3c import export_w3c
from tests.core.exchange.published_helpers import (
    PUBLISHED_BY_DEFAULT,
    REVIEWER,
    Published,
)

# https://www.w3.org/TR/annotation-model/ and annotation-vocab: the motivations Redline may use
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip
XYWH = re.compile(r"^xywh=\d+,\d+,\d+,\d+$")  # Media Fragments 1.0: integers, pixels
IRI = re.compile(r"^(urn:uuid:[0-9a-f-]{36}|https://\S+|[0-9a-f-]{36}/\S+)$")
TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def _export(pub: Published, path: Path, **kw: Any) -> dict[str, Any]:
    export_w3c(pub.lib, path, exported_at=datetime(2026, 5, 1), **kw)
    return json.loads(path.read_text(encoding="utf-8"))


def _by_uuid(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["id"].rsplit(":", 1)[-1].rsplit("/", 1)[-1]: a for a in data["first"]["items"]}


def _check_selector(sel: dict[str, Any]) -> None:
    if sel["type"] == "TextQuoteSelector":
        assert isinstance(sel["exact"], str) and sel["exact"]
    elif sel["type"] == "TextPositionSelector":
        assert isinstance(sel["start"], int) and isinstance(sel["end"], int)
        assert 0 <= sel["start"] <= sel["end"]
    else:
        assert sel["type"] == "FragmentSelector", sel
        assert sel["conformsTo"] == "http://www.w3.org/TR/media-frags/"
        assert XYWH.match(sel["value"]), sel["value"]


def _check_annotation(ann: dict[str, Any]) -> None:
    """The MUST rules of the model for one Annotation (sections 3.1 to 4.2), and one target."""
    assert IRI.match(ann["id"]), ann["id"]
    assert ann["type"] == "Annotation"
    motivations = ann["motivation"] if isinstance(ann["motivation"], list) else [ann["motivation"]]
    assert set(motivations) <= MOTIVATIONS
    for body in ann["body"]:
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body["purpose"] in MOTIVATIONS
    target = ann["target"]
    assert isinstance(target, str | dict), "one target, not a list"
    if isinstance(target, str):
        source, _, fragment = target.partition("#")
        assert IRI.match(source) and XYWH.match(fragment), target
    else:
        assert target["type"] == "SpecificResource" and IRI.match(target["source"]["id"])
        assert target["selector"][0]["type"] == "FragmentSelector"  # what image tools read
        for sel in target["selector"]:
            _check_selector(sel)
    for key in ("created", "modified"):
        assert TIME.match(ann[key])


def test_collection_follows_the_must_rules(pub: Published, tmp_path: Path) -> None:
    data = _export(pub, tmp_path / "w3c.jsonld")
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and IRI.match(data["id"])
    page = data["first"]
    assert page["type"] == "AnnotationPage" and IRI.match(page["id"])
    assert page["partOf"] == data["id"] and data["last"] == page["id"]
    assert data["total"] == len(page["items"])
    for ann in page["items"]:
        _check_annotation(ann)
    items = _by_uuid(data)
    assert {n for n, u in pub.ids.items() if u in items} == set(PUBLISHED_BY_DEFAULT)


def test_targets_are_canvases_in_pixels_and_texts_are_published(
    pub: Published, tmp_path: Path
) -> None:
    items = _by_uuid(_export(pub, tmp_path / "set.jsonld", dpi=72))
    tag = items[pub.ids["region_tag"]]["target"]
    assert tag == f"{pub.doc_uuid}/72dpi/canvas/1#xywh=300,500,120,60"  # 72 dpi: points
    corr = items[pub.ids["corr"]]["target"]
    assert corr["source"]["id"] == f"{pub.doc_uuid}/72dpi/canvas/1"
    fragment, quote, position = corr["selector"]
    text_id = corr["source"]["rendering"][0]["id"]
    assert text_id == f"set-text/{pub.doc_uuid}/text/page-0001.txt"
    text = (tmp_path / text_id).read_text(encoding="utf-8")
    assert text[position["start"] : position["end"]] == quote["exact"] == "Havana"
    region = pub.words_region(0, "Havana")  # the words' box, 1 pt larger each side
    box = (region.x + 1, region.y + 1, region.x + region.w - 1, region.y + region.h - 1)
    assert fragment["value"] == "xywh={},{},{},{}".format(*PageGeometry(612, 792).to_image(box, 72))
    assert not (tmp_path / "set-text" / pub.doc_uuid / "text" / "page-0003.txt").exists()


def test_proposals_verdicts_and_reviewers(pub: Published, tmp_path: Path) -> None:
    items = _by_uuid(_export(pub, tmp_path / "a.jsonld"))
    mark = items[pub.ids["mark"]]
    verdict = mark["body"][-1]
    assert verdict["purpose"] == "assessing"
    assert verdict["value"] == f"accepted by {REVIEWER}"
    assert verdict["creator"] == {"type": "Person", "name": REVIEWER}
    assert TIME.match(verdict["created"])
    assert len(items) == len(PUBLISHED_BY_DEFAULT)  # no separate verdict items
    everything = _by_uuid(_export(pub, tmp_path / "b.jsonld", include_proposals=True))
    rejected = everything[pub.ids["rejected"]]["body"]
    assert rejected[-1]["value"] == f"rejected by {REVIEWER}"
    assert everything[pub.ids["proposed"]]["body"][-1]["value"] == "proposed"
    only = _by_uuid(_export(pub, tmp_path / "c.jsonld", scope=ExportScope(status="rejected")))
    assert list(only) == [pub.ids["rejected"]]


def test_redacted_text_is_masked_and_what_lies_over_it_left_out(
    pub: Published, tmp_path: Path
) -> None:
    path = tmp_path / "set.jsonld"
    summary = export_w3c(pub.lib, path)
    assert summary.left_out == 1
    written = path.read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "set-text").rglob("*.txt")
    )
    assert "Mexico" not in written and "source's name" not in written
    assert pub.ids["over"] not in written


def test_base_url_and_determinism(pub: Published, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    base = "https://example.org/anno"
    a = _export(pub, tmp_path / "a" / "set.jsonld", base_url=base)
    _export(pub, tmp_path / "b" / "set.jsonld", base_url=base)
    assert (tmp_path / "a" / "set.jsonld").read_bytes() == (
        tmp_path / "b" / "set.jsonld"
    ).read_bytes()
    assert f"{base}/{pub.ids['corr']}" in {x["id"] for x in a["first"]["items"]}
    text = json.dumps(a)
    ids = re.findall(r'"(?:id|source)": "([^"#]+)', text)
    assert ids and all(i.startswith((base + "/", "urn:uuid:")) for i in ids), ids  # tags: urn
