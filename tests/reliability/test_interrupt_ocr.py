"""Ctrl-C in `redline ocr` while a worker is stuck where no cancel reaches (a sleep in native code
that Ctrl-C does not break, as in Tesseract's layout analysis; injected by a ``sitecustomize``
the child loads, which its forked workers inherit): the command ends at once with its one line,
and leaves no process, no litter and no half-written page."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.documents.ingest import import_file
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from app.samples.generator import generate_memo_pdf
from db.models import Page, TextLayer
from tests.reliability.helpers import (
    interrupt_when_stuck,
    reopen,
    stuck_hook,
    survivors,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
]

HOOK = stuck_hook(
    "app.core.ocr.tesseract", "render_page", "source, page_index, dpi, target", "page_index == 1"
)


def _layers(root: Path) -> list[str | None]:
    with Library.open(root, read_only=True) as lib, lib.reading() as s:
        pages = s.scalars(select(Page).order_by(Page.page_index))
        return [
            s.get(TextLayer, p.active_text_layer_id).source  # type: ignore[union-attr]
            if p.active_text_layer_id is not None
            else None
            for p in pages
        ]


def test_ctrl_c_ends_redline_ocr_at_once_while_a_worker_is_stuck(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    generate_memo_pdf(scan, pages=3, dpi=100, seed=3, text_layer="none")
    root = tmp_path / "library"
    with Library.open(root) as lib:
        assert import_file(lib, scan).ok
    before = _layers(root)
    run = interrupt_when_stuck(root, HOOK, tmp_path, "ocr")
    assert run.returncode == 130
    assert run.stderr.strip() == "redline: interrupted"  # no worker's traceback
    assert survivors(run.tag) == []
    after = reopen(root)
    assert after.integrity == "ok" and after.litter == [] and after.swept == []
    layers = _layers(root)
    assert layers[1] == before[1]  # the stuck page: nothing written
    assert all(now in ("tesseract", was) for now, was in zip(layers, before, strict=True))
