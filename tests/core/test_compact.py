"""Records kept as plain tuples (app.core.compact): read back as they were, and out of the
cyclic collector's sight once it has looked at them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from app.core.annotating.snapshots import RowChange, RowChanges, plain_rows, tables_of
from app.core.compact import Compact
from app.core.exchange.merge_outcome import FieldChange, Outcome, Outcomes


@dataclass(slots=True)
class Row:
    name: str
    count: int
    items: Any = ()


def test_records_read_back_as_they_were() -> None:
    rows = Compact(Row, [Row("a", 1), Row("b", 2, ("x",))], sequences=("items",))
    rows.append(Row("c", 3, ["y", "z"]))  # a list: kept as a tuple
    assert len(rows) == 3 and rows[0] == Row("a", 1) and rows[-1] == Row("c", 3, ("y", "z"))
    assert list(rows) == [Row("a", 1), Row("b", 2, ("x",)), Row("c", 3, ("y", "z"))]
    assert rows[1:] == [Row("b", 2, ("x",)), Row("c", 3, ("y", "z"))]
    assert rows == list(rows) and rows == Compact(Row, list(rows))
    assert rows != [Row("a", 1)] and rows != Compact(Row, [])
    assert list(rows.values("name", "count")) == [("a", 1), ("b", 2), ("c", 3)]
    assert list(rows.values("name")) == [("a",), ("b",), ("c",)]
    with pytest.raises(TypeError):
        hash(rows)


@dataclass(slots=True)
class One:
    name: str


def test_a_record_of_one_field() -> None:
    rows = Compact(One, [One("alpha"), One("beta")])
    assert list(rows) == [One("alpha"), One("beta")]
    assert list(rows.values("name")) == [("alpha",), ("beta",)]


def _tracked_after(make: Any) -> int:
    """How many more objects the collector tracks once ``make()`` is kept and it has looked."""
    gc.collect()
    before = len(gc.get_objects())
    kept = make()
    gc.collect()
    grown = len(gc.get_objects()) - before
    del kept
    return grown


def test_many_records_leave_the_collector_nothing_to_look_at() -> None:
    """10,000 undo rows and outcomes: kept as instances, 10,000 objects more for every full
    collection; kept here, none of them (a few hundred objects of the test's own come and go)."""
    keys = [f"u{i}" for i in range(10_000)]

    def rows() -> Iterator[RowChange]:  # (each record made as it is kept)
        return (RowChange("annotations", k, (k, 1, None), None) for k in keys)

    assert _tracked_after(lambda: list(rows())) > 9_000  # as instances: each one tracked
    assert _tracked_after(lambda: RowChanges(rows())) < 1_000

    def outcomes() -> Iterator[Outcome]:
        return (
            Outcome("annotation", k, "updated", "Memo", 3, "redaction", "a name", codes=("B6",),
                    kept=["region"])
            for k in keys
        )  # fmt: skip

    assert _tracked_after(lambda: list(outcomes())) > 9_000
    assert _tracked_after(lambda: Outcomes(outcomes())) < 1_000
    taken = (FieldChange("status", "proposed", "accepted", "B", "t"),)
    kept = Outcomes([Outcome("annotation", "u3", "updated", taken=list(taken), kept=["region"])])
    assert kept[0] == Outcome("annotation", "u3", "updated", taken=taken, kept=("region",))


def test_a_steps_rows_read_without_records() -> None:
    """An undo reads a merge's rows as kept, and the window tells their tables without making
    100,000 records on its thread; a decision's rows (a tuple of records) read the same."""
    made = [
        RowChange("tags", "t1", None, ("t1", "People")),
        RowChange("annotations", "u1", ("u1", 1), ("u1", 2)),
    ]
    kept = RowChanges(made)
    assert (
        list(plain_rows(kept))
        == list(plain_rows(tuple(made)))
        == [
            ("tags", "t1", None, ("t1", "People")),
            ("annotations", "u1", ("u1", 1), ("u1", 2)),
        ]
    )
    assert tables_of(kept) == tables_of(tuple(made)) == {"tags", "annotations"}
    assert tables_of(RowChanges()) == frozenset()
