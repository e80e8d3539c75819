"""Many rows written with few statements.

``executemany`` binds and steps a statement once a row, each a call from Python into SQLite;
one ``INSERT`` of many rows is one call for all of them. A merge of 100,000 annotations writes
its rows and their change-log rows 14 % quicker so (1.55 → 1.33 s, the same rows).

A value the rows of a statement all leave empty (a column NULL in each) is written into the
statement as ``NULL`` rather than bound: Python's sqlite3 binds ``None`` ten times slower than
a number (it looks for an adapter first), and an import's annotations leave five columns empty
(0.2 s of 100,000 rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

ROWS_A_STATEMENT = 500  # rows one INSERT carries (SQLite allows 32,766 values a statement)


def insert_rows(conn: Connection, head: str, row: str, rows: Sequence[Sequence[Any]]) -> None:
    """``head`` (``INSERT INTO t (a, b)``) ``VALUES`` each of ``rows`` as ``row`` places its
    values (``(?,?)``; literals allowed, but no ``?`` in them: ``(?,'merge')``),
    :data:`ROWS_A_STATEMENT` rows a statement, in the order given."""
    for start in range(0, len(rows), ROWS_A_STATEMENT):
        part = rows[start : start + ROWS_A_STATEMENT]
        places, values = _bound(row, part)
        conn.exec_driver_sql(f"{head} VALUES {','.join([places] * len(part))}", values)


def _bound(row: str, part: Sequence[Sequence[Any]]) -> tuple[str, tuple[Any, ...]]:
    """``row`` with each place whose value is None in every row of ``part`` written ``NULL``,
    and the values left to bind, row by row (only a place None in the first row is looked at
    in the others: the usual one is filled in all)."""
    size = len(part)
    empty = {
        i for i, value in enumerate(part[0])
        if value is None and list(map(itemgetter(i), part)).count(None) == size
    }  # fmt: skip
    if not empty:
        return row, tuple(chain.from_iterable(part))
    pieces = row.split("?")
    places = pieces[0] + "".join(
        ("NULL" if i in empty else "?") + piece for i, piece in enumerate(pieces[1:])
    )
    kept = [i for i in range(len(part[0])) if i not in empty]
    if len(kept) < 2:  # (itemgetter of one place gives the value, not a tuple of it)
        return places, tuple(values[i] for values in part for i in kept)
    return places, tuple(chain.from_iterable(map(itemgetter(*kept), part)))
