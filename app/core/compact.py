"""Many records of one dataclass kept as plain tuples, where Python's cyclic collector stops
looking at them.

The collector goes through every container object it tracks in each full collection. A tuple of
strings, numbers, None and such tuples it stops tracking the first time it sees one; an instance
of a class it tracks for as long as it lives (a ``NamedTuple`` too: only exact tuples are let
go). A merge of 100,000 annotations in the window keeps an outcome and an undo row for each: as
instances they were nearly all the collector went through while the merge ran, a full
collection every few seconds at 86–133 ms, and the window's thread, where the collector runs,
stood still as long (bench_gui). Kept here as tuples, each is made a record again when read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from operator import attrgetter, itemgetter
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class Compact(Sequence[T], Generic[T]):
    """A list of ``kind`` records (a dataclass: its fields in order make one) that appends,
    reads and compares as a list of them does. ``sequences``: fields that may hold a list,
    kept as a tuple (a list is always tracked, and would keep its record's tuple tracked)."""

    __slots__ = ("_kind", "_lists", "_names", "_row", "_rows")

    def __init__(
        self, kind: type[T], items: Iterable[T] = (), sequences: Sequence[str] = ()
    ) -> None:
        names = [f.name for f in fields(kind)]  # type: ignore[arg-type]
        self._kind, self._names = kind, names
        one = attrgetter(*names)  # (of one field, the value alone: made a tuple of one)
        self._row = one if len(names) > 1 else lambda item: (one(item),)
        self._lists = tuple(names.index(name) for name in sequences)
        self._rows: list[tuple[Any, ...]] = []
        self.extend(items)

    def append(self, item: T) -> None:
        row = self._row(item)
        if any(isinstance(row[i], list) for i in self._lists):
            row = tuple(tuple(v) if isinstance(v, list) else v for v in row)
        self._rows.append(row)

    def append_stored(self, row: tuple[Any, ...]) -> None:
        """A record given as it is kept: its fields in order, a tuple in place of each list (no
        record made, where a caller adds many)."""
        self._rows.append(row)

    def stored(self) -> Iterator[tuple[Any, ...]]:
        """Each record's fields in order, as kept (no record made)."""
        return iter(self._rows)

    def values(self, *names: str) -> Iterator[tuple[Any, ...]]:
        """Each record's ``names`` fields, read without making the records."""
        at = [self._names.index(name) for name in names]
        if len(at) == 1:
            return ((row[at[0]],) for row in self._rows)
        return map(itemgetter(*at), self._rows)

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._kind(*row) for row in self._rows[index]]
        return self._kind(*self._rows[index])

    def __iter__(self) -> Iterator[T]:
        kind = self._kind
        return (kind(*row) for row in self._rows)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Compact):
            return self._kind is other._kind and self._rows == other._rows
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]  # (changes, as a list does)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"
