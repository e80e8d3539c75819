"""Sorting many records on a worker thread without making the window's thread wait.

``list.sort`` compares in C and holds Python's lock for the whole sort: the report of a merge of
100,000 annotations, sorted by document, page and what each covers, held it 0.1–0.2 s, and the
window's thread, which needs the lock to turn its event loop, stood still as long (bench_gui).
Sorted a run at a time and merged (``heapq.merge``: Python code between short C calls), the
lock changes hands between the runs and the merge's steps, as it does in any Python loop.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")
RUN = 2048  # records a run: sorted in about a millisecond


def sorted_in_turns(items: Iterable[T], key: Callable[[T], Any]) -> list[T]:
    """``sorted(items, key=key)``, stable as it is, without holding Python's lock longer than a
    run of :data:`RUN` records takes to sort."""
    records = list(items)
    if len(records) <= RUN:
        return sorted(records, key=key)
    runs = [sorted(records[i : i + RUN], key=key) for i in range(0, len(records), RUN)]
    return list(heapq.merge(*runs, key=key))  # (ties: the earlier run's first, as sorted has)
