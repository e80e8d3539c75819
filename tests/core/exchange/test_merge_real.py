"""Two libraries annotate the same real scan apart and merge both ways (acceptance: real data)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from app.core.annotating.annotations import update_annotation
from app.core.annotating.conflicts import decide
from app.core.exchange.common import ExportScope
from app.core.exchange.merge import import_annotations
from app.core.exchange.pdf import export_pdf
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.builders import SHARED_SCANS
from tests.core.exchange.helpers import (
    add_annotation,
    new_library,
    validate,
    word_box,
)

SCAN = SHARED_SCANS / "cia-cib-03175207.pdf"
pytestmark = [
    pytest.mark.acceptance,
    pytest.mark.skipif(not SCAN.exists(), reason=f"real scan not found at {SCAN}"),
]


def _export(lib: Library, path: Path) -> dict[str, Any]:
    export_json(lib, path, exported_at=datetime(2026, 5, 1))
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    validate(data)
    return data


def _annotations(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**a, "document": None} for a in data["annotations"]]


def test_real_scan_merges_both_ways_field_by_field(tmp_path: Path) -> None:
    a, doc_a = new_library(tmp_path / "a", SCAN)
    b, doc_b = new_library(tmp_path / "b", SCAN)
    box = word_box(SCAN, 0, "C03175207")
    region = (box.x0, box.y0, box.width, box.height)
    fix = add_annotation(a, doc_a, 0, "correction", word="SEBRET", body={"replacement": "SECRET"})
    red = add_annotation(a, doc_a, 0, "redaction", region=region, body={"exemptions": ["3.5(c)"]})
    _export(a, tmp_path / "start.json")
    assert len(import_annotations(b, tmp_path / "start.json").added) == 2
    update_annotation(a, fix, body={"replacement": "TOP SECRET"}, author="Ana")
    update_annotation(b, fix, body={"replacement": "SECRET (struck)"}, author="Bo")
    update_annotation(a, red, body={"exemptions": ["3.5(c)", "3.3(h)(2)"]}, author="Ana")
    add_annotation(a, doc_a, 0, "note", word="March", body={"text": "date of issue"})
    add_annotation(b, doc_b, 2, "note", word="Approved", body={"text": "release stamp"})
    _export(a, tmp_path / "a.json")
    _export(b, tmp_path / "b.json")
    into_b = import_annotations(b, tmp_path / "a.json")
    into_a = import_annotations(a, tmp_path / "b.json")
    assert into_b.conflicts == into_a.conflicts == [fix]  # both changed the correction
    assert into_b.updated == [red]  # only one side changed the codes
    decide(b, fix, take="here", author="Bo")  # a person keeps "SECRET (struck)"
    _export(b, tmp_path / "b2.json")
    import_annotations(a, tmp_path / "b2.json")
    final_a, final_b = _export(a, tmp_path / "fa.json"), _export(b, tmp_path / "fb.json")
    assert _annotations(final_a) == _annotations(final_b)
    assert len(final_a["annotations"]) == 4
    assert not import_annotations(a, tmp_path / "fb.json").changed
    export_pdf(b, tmp_path / "pub.pdf", ExportScope(documents=[doc_b]))
    with pymupdf.open(tmp_path / "pub.pdf") as pub:
        assert pub[0].get_text(clip=box).strip() == "3.5(c), 3.3(h)(2)"  # only the codes printed
        assert "SECRET (struck)" in pub[0].get_text()  # the corrected, searchable text
    a.close()
    b.close()
