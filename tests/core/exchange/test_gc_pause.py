"""The cyclic collector paused for an annotation set's reading and merge."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.core.exchange.gc_pause import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_paused_in_the_block_and_runs_again_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the outer pause still holds after the inner one
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_failure(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("bad set")
    assert gc.isenabled()


def test_a_collector_paused_already_stays_paused(collector_on: None) -> None:
    """As a window pauses it, to collect on its own thread (app.ui.base.collector)."""
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
