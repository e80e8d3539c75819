"""Property: whatever two libraries do apart, merging both ways converges and is idempotent."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.exchange.merge import import_annotations
from app.core.exchange.merge_writer import db_time
from app.core.exchange.redline_json import export_json
from app.core.library import Library
from tests.core.exchange.helpers import T0, add_annotation, new_library, scan_pdf

WORDS = ("Havana", "Director", "shipment", "agent", "station")
OPS = st.lists(
    st.tuples(
        st.sampled_from("ab"),
        st.sampled_from(("edit", "delete", "add")),
        st.integers(0, 2),  # which shared annotation
        st.integers(1, 6),  # minutes after the start (small: ties happen)
    ),
    max_size=8,
)


def _annotations(lib: Library, path: Path) -> list[dict[str, Any]]:
    export_json(lib, path, exported_at=datetime(2026, 5, 1))
    data = json.loads(path.read_text(encoding="utf-8"))
    return [{**a, "document": None} for a in data["annotations"]]


def _apply(lib: Library, doc_id: int, op: tuple[str, str, int, int], shared: list[str]) -> None:
    _, action, index, minutes = op
    when = db_time(T0 + timedelta(minutes=minutes))
    if action == "add":
        add_annotation(lib, doc_id, 0, "note", word=WORDS[index], body={"text": "new"})
        return
    sql = {
        "edit": "UPDATE annotations SET body = ?, modified_at = ? WHERE uuid = ?",
        "delete": "UPDATE annotations SET deleted = 1, body = ?, modified_at = ? WHERE uuid = ?",
    }[action]
    body = json.dumps({"replacement": f"{action} {minutes}"}, sort_keys=True)
    with lib.transaction() as s:
        s.connection().exec_driver_sql(sql, (body, when, shared[index]))


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_merging_both_ways_converges(ops: list[tuple[str, str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pdf = scan_pdf(root / "scan.pdf")
        a, doc_a = new_library(root / "a", pdf)
        b, doc_b = new_library(root / "b", pdf)
        shared = [
            add_annotation(a, doc_a, 0, "correction", word=w, body={"replacement": w.upper()})
            for w in WORDS[:3]
        ]
        export_json(a, root / "start.json")
        import_annotations(b, root / "start.json")
        for op in ops:
            _apply(*((a, doc_a) if op[0] == "a" else (b, doc_b)), op, shared)
        export_json(a, root / "a.json")
        export_json(b, root / "b.json")
        import_annotations(b, root / "a.json")
        import_annotations(a, root / "b.json")
        assert _annotations(a, root / "fa.json") == _annotations(b, root / "fb.json")
        assert not import_annotations(a, root / "fb.json").changed
        assert not import_annotations(b, root / "fa.json").changed
        a.close()
        b.close()
