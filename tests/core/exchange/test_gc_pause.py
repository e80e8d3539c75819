"""The cyclic collector paused for an annotation set's reading and merge."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.exchange.gc_pause import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:  # (a test may leave it paused: test_a_collector_paused_already_stays_paused)
        gc.enable()
    else:
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


def test_the_collector_is_paused_while_w3c_and_iiif_exports_are_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_on: None
) -> None:
    """Every publication reads its output back: for a W3C set, 100,000 annotations' JSON read
    whole, over which full collections took 3.2 of the export's 27 s, collecting nothing."""
    from app.core.exchange import readback
    from app.core.exchange.iiif import export_iiif
    from app.core.exchange.w3c import export_w3c
    from tests.core.exchange.published_helpers import publication_pdf, published_library

    seen: list[bool] = []
    check = readback._check_annotations

    def checking(*args: Any, **kwargs: Any) -> None:
        seen.append(gc.isenabled())
        check(*args, **kwargs)

    monkeypatch.setattr(readback, "_check_annotations", checking)
    pub = published_library(tmp_path / "lib", publication_pdf(tmp_path))
    try:
        export_w3c(pub.lib, tmp_path / "set.jsonld", base_url="https://example.org/pub")
        export_iiif(pub.lib, tmp_path / "site")
    finally:
        pub.lib.close()
    assert len(seen) >= 2 and not any(seen), seen
    assert gc.isenabled()
