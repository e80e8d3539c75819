"""Rows as they were, and putting them back: how a merge, or a person's decision of a conflict,
is undone in the window (one undo step) and redone.

An undo puts back exactly the rows before (values, revisions and conflicts alike): importing the
same set again after an undo does the same as the first time. A row changed since (by a later
step not undone, or another program) stops the undo with a message: nothing is written then.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from app.core.compact import Compact
from app.core.errors import RedlineError
from app.core.wording import translate

KEYS = {"tags": "uuid", "annotations": "uuid", "pages": "id", "document_metadata": "id"}
PAGE_COLUMNS = ("id", "review_status", "reviewed_by", "reviewed_at", "revisions", "conflicts")
CHUNK = 500


class StaleRowsError(RedlineError):
    """A row an undo or redo would put back was changed since."""


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row of ``table`` before and after a step (None: it did not exist)."""

    table: str
    key: Any
    before: tuple[Any, ...] | None
    after: tuple[Any, ...] | None


class RowChanges(Compact[RowChange]):
    """A step's rows, kept out of the cyclic collector's sight (:mod:`app.core.compact`): the
    undo step of a merge of 100,000 annotations holds as many, for as long as the window is
    open."""

    __slots__ = ("_tables",)

    def __init__(self, rows: Iterable[RowChange] = ()) -> None:
        self._tables: set[str] = set()
        super().__init__(RowChange, rows)

    def append(self, item: RowChange) -> None:
        super().append(item)
        self._tables.add(item.table)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self._tables)


Plain = tuple[str, Any, tuple[Any, ...] | None, tuple[Any, ...] | None]  # a RowChange's fields


def plain_rows(rows: Sequence[RowChange]) -> Iterator[Plain]:
    """Each row's (table, key, before, after); a step's RowChanges as they are kept, without
    making each a record again (an undo of a merge of 100,000 made as many objects for the
    window's collector to go through)."""
    if isinstance(rows, RowChanges):
        return rows.stored()
    return ((r.table, r.key, r.before, r.after) for r in rows)


def tables_of(rows: Sequence[RowChange]) -> frozenset[str]:
    """The tables of ``rows``; a merge's, told without making each row a record again (on the
    window's thread, 100,000 of them took 0.1 s)."""
    if isinstance(rows, RowChanges):
        return rows.tables
    return frozenset(r.table for r in rows)


VERSION = "version"  # annotations: the count of writes (many writers' compare-and-set)


def columns(conn: Connection, table: str) -> tuple[str, ...]:
    """The columns a snapshot of ``table`` holds, in order (a page's: its review only; an
    annotation's but its ``version``, which counts writes: putting a row back is one more)."""
    if table == "pages":
        return PAGE_COLUMNS
    if conn.dialect.name == "postgresql":
        rows = conn.exec_driver_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() ORDER BY ordinal_position",
            (table,),
        )
        names = [str(r[0]) for r in rows]
    else:
        names = [str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
    return tuple(n for n in names if n != VERSION)


def read_rows(conn: Connection, table: str, keys: Iterable[Any]) -> dict[Any, tuple[Any, ...]]:
    """The rows of ``table`` whose key (uuid; a page's id) is among ``keys``."""
    names = columns(conn, table)
    key = KEYS[table]
    at = names.index(key)
    wanted = list(dict.fromkeys(keys))
    found: dict[Any, tuple[Any, ...]] = {}
    listed = ", ".join(f'"{c}"' for c in names)
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {listed} FROM {table} WHERE {key} IN ({marks})"
        found.update({row[at]: tuple(row) for row in conn.exec_driver_sql(sql, tuple(chunk))})
    return found


def changes_between(
    table: str, before: dict[Any, tuple[Any, ...]], after: dict[Any, tuple[Any, ...]]
) -> list[RowChange]:
    """The rows that differ between two reads of the same keys."""
    return [
        RowChange(table, k, before.get(k), after.get(k))
        for k in dict.fromkeys([*before, *after])
        if before.get(k) != after.get(k)
    ]


def put_back(conn: Connection, changes: Sequence[RowChange], *, forward: bool) -> None:
    """Undo (``forward`` false: each row back to ``before``) or redo the ``changes``, after
    checking that every row is still as the step left it."""
    by_table: dict[str, list[Plain]] = {}
    for row in plain_rows(changes):
        by_table.setdefault(row[0], []).append(row)
    targets: dict[str, list[tuple[Any, tuple[Any, ...] | None]]] = {}
    for table, rows in by_table.items():
        current = read_rows(conn, table, [key for _, key, _, _ in rows])
        mine = targets.setdefault(table, [])
        for _, key, before, after in rows:
            expected, target = (before, after) if forward else (after, before)
            if current.get(key) != expected:
                raise StaleRowsError(
                    translate(
                        "Redline", "a {value} it changed was changed again since; undo that first"
                    ).format(value=_entity(table))
                )
            mine.append((key, target))
    for table in KEYS:  # tags before annotations: annotations refer to them
        if targets.get(table):
            _write(conn, table, targets[table])


def _entity(table: str) -> str:
    names = {"annotations": "annotation", "tags": "tag", "pages": "page review"}
    return names.get(table, "metadata value")


def _write(
    conn: Connection, table: str, rows: Sequence[tuple[Any, tuple[Any, ...] | None]]
) -> None:
    """Each row (its key, what to make it: None deletes it) written."""
    names = columns(conn, table)
    key = KEYS[table]
    gone = [(k,) for k, target in rows if target is None]
    if gone:
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {key} = ?", gone)
    present = [target for _, target in rows if target is not None]
    if not present:
        return
    sets = ", ".join(f'"{c}" = ?' for c in names)
    if table == "annotations":  # a write like any other: a window's compare-and-set sees it
        sets += f', "{VERSION}" = "{VERSION}" + 1'
    at = names.index(key)
    updated = [(*t, t[at]) for t in present]
    conn.exec_driver_sql(f"UPDATE {table} SET {sets} WHERE {key} = ?", updated)
    existing = read_rows(conn, table, [t[at] for t in present])
    missing = [t for t in present if t[at] not in existing]
    if missing:
        listed = ", ".join(f'"{c}"' for c in names)
        marks = ",".join("?" * len(names))
        conn.exec_driver_sql(f"INSERT INTO {table} ({listed}) VALUES ({marks})", missing)
