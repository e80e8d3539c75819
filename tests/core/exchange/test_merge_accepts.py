"""Property: whatever records a file holds, what the merge accepts the library exports and
re-imports unchanged (and what it refuses changes nothing)."""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.core.exchange.merge import import_annotations
from app.core.exchange.merge_report import describe
from app.core.exchange.record_rules import InvalidAnnotationSet
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.core.exchange.helpers import new_library, scan_pdf, snapshot

TAG = "00000000-0000-4000-8000-000000000001"
GOOD_TIMES = st.sampled_from(["2026-01-02T03:04:05.123456Z", "2026-03-01T00:00:00Z"])
BAD_TIMES = st.sampled_from(
    ["2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "9999-12-31T23:59:59Z"]
)
NUMBERS = st.one_of(
    st.floats(min_value=0, max_value=700, allow_nan=False),
    st.sampled_from([0.0, 1e-300, 5.0, 612.0, 100000.0]),
)
TEXTS = st.one_of(
    st.text(min_size=1, max_size=12), st.sampled_from(["", " ", "\u202e", "\x00", "b1"])
)
GOOD_BODIES = {
    "correction": st.fixed_dictionaries({"replacement": TEXTS}),
    "note": st.fixed_dictionaries({"text": TEXTS}),
    "marking": st.fixed_dictionaries(
        {"category": st.sampled_from(["classification", "exemption", "nope"]), "value": TEXTS},
        optional={"text": TEXTS},
    ),
    "redaction": st.fixed_dictionaries(
        {"exemptions": st.lists(TEXTS, max_size=3)},
        optional={"note": TEXTS, "share": NUMBERS, "publish": st.booleans()},
    ),
    "tag": st.just({"tag": TAG}),
}
GOOD_REGIONS = st.fixed_dictionaries(
    {
        "x": st.floats(0, 300), "y": st.floats(0, 500),
        "w": st.floats(0.01, 200), "h": st.floats(0.01, 200),
    }
)  # fmt: skip
ANY_BODY = st.dictionaries(st.sampled_from(["tag", "x", "text", "value"]), TEXTS, max_size=2)


def _mostly(draw: st.DrawFn, good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> Any:
    """Usually a value the app could make, sometimes one it could not."""
    # Hypothesis favours the first choice and small numbers: the good value comes first.
    return draw(good if draw(st.sampled_from([True] * 11 + [False])) else bad)


@st.composite
def records(draw: st.DrawFn, doc: str, text_len: int) -> dict[str, Any]:
    kind = draw(st.sampled_from(["correction", "tag", "marking", "redaction", "note"]))
    start = draw(st.integers(0, text_len + 3))
    end = draw(st.integers(0, text_len + 3))
    anchor: dict[str, Any] = {}
    if draw(st.booleans()) or (kind == "correction" and draw(st.integers(0, 5))):
        anchor["text"] = {
            "layer": draw(st.sampled_from(["pdf-text-layer", None, "tesseract"])),
            "start": min(start, end), "end": max(start, end), "quote": None, "prefix": None,
            "suffix": None,
        }  # fmt: skip
    if draw(st.booleans()) or (kind == "redaction" and draw(st.integers(0, 5))):
        anchor["region"] = _mostly(
            draw, GOOD_REGIONS, st.fixed_dictionaries({k: NUMBERS for k in "xywh"})
        )
    return {
        "uuid": str(draw(st.uuids(version=4))),
        "document": doc,
        "page": draw(st.integers(0, 1)),
        "kind": kind,
        "status": draw(st.sampled_from(["proposed", "accepted", "rejected"])),
        "anchor": anchor,
        "tag": TAG if kind == "tag" else None,
        "body": _mostly(draw, GOOD_BODIES[kind], ANY_BODY),
        "origin": {
            "type": draw(st.sampled_from(["person", "detector", "import"])),
            "rule": None,
            "confidence": draw(st.one_of(st.none(), NUMBERS)),
        },
        "author": _mostly(draw, st.sampled_from(["ann", "bo"]), st.sampled_from(["", " "])),
        "created": _mostly(draw, GOOD_TIMES, BAD_TIMES),
        "modified": _mostly(draw, GOOD_TIMES, BAD_TIMES),
        "orphaned": draw(st.booleans()),
        "deleted": draw(st.booleans()),
    }


@pytest.fixture(scope="module")
def template() -> Iterator[tuple[Path, dict[str, Any]]]:
    """A library with the scan, and its (empty) export as the frame of every generated set."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        lib, _ = new_library(root / "lib", scan_pdf(root / "scan.pdf"))
        export_json(lib, root / "frame.json")
        lib.close()
        yield root / "lib", json.loads((root / "frame.json").read_text(encoding="utf-8"))


def _export(lib: Library, path: Path) -> dict[str, Any]:
    export_json(lib, path)
    text = path.read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text, parse_constant=lambda c: pytest.fail(f"{c} exported"))
    return data


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_what_the_merge_accepts_exports_and_reimports_unchanged(
    template: tuple[Path, dict[str, Any]], data: st.DataObject
) -> None:
    lib_root, frame = template
    doc = frame["documents"][0]
    text_len = 90
    anns = data.draw(st.lists(records(doc["uuid"], text_len), max_size=3), label="records")
    if any(math.isinf(v) for a in anns for v in a["anchor"].get("region", {}).values()):
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(lib_root, root / "lib")
        tag = {
            "uuid": TAG, "name": "people", "colour": "#f0c419", "parent": None,
            "description": "", "created": "2026-01-01T00:00:00Z",
            "modified": "2026-01-01T00:00:00Z", "deleted": False,
        }  # fmt: skip
        wanted = {**frame, "tags": [tag], "annotations": anns}
        (root / "in.json").write_text(json.dumps(wanted), encoding="utf-8")
        with Library.open(root / "lib") as lib:
            before = snapshot(lib)
            try:
                import_annotations(lib, root / "in.json")
            except InvalidAnnotationSet as exc:
                assert snapshot(lib) == before
                event(f"refused: {str(exc).split(': ', 1)[-1][:30]}")
                return
            event(f"accepted {len(anns)}")
            first = _export(lib, root / "out.json")
            again = import_annotations(lib, root / "out.json")
            assert not again.changed, describe(again, "Ada")
            assert _export(lib, root / "out2.json")["annotations"] == first["annotations"]
        shutil.copytree(lib_root, root / "fresh")
        with Library.open(root / "fresh") as fresh:
            import_annotations(fresh, root / "out.json")
            assert _export(fresh, root / "out3.json")["annotations"] == first["annotations"]
