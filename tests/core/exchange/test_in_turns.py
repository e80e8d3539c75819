"""Sorting a run at a time (app.core.exchange.in_turns) gives what ``sorted`` gives."""

from __future__ import annotations

import random

import pytest

from app.core.exchange.in_turns import RUN, sorted_in_turns


@pytest.mark.parametrize("size", [0, 1, RUN - 1, RUN, RUN + 1, 5 * RUN + 17])
def test_sorted_in_turns_is_sorted_and_stable(size: int) -> None:
    rng = random.Random(size)
    items = [(rng.choice("abcde"), rng.randrange(10), i) for i in range(size)]
    key = lambda item: item[:2]  # noqa: E731  # (many ties: the original order decides them)
    assert sorted_in_turns(items, key) == sorted(items, key=key)
    assert sorted_in_turns(iter(items), key) == sorted(items, key=key)
