"""Ctrl-C in `redline ocr` while a worker is stuck where no cancel reaches (a sleep in native code
that Ctrl-C does not break, as in Tesseract's layout analysis; injected by a ``sitecustomize``
the child loads, which its forked workers inherit): the command ends at once with its one line,
and leaves no process, no litter and no half-written page."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.documents.ingest import import_file
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from app.samples.generator import generate_memo_pdf
from db.models import Page, TextLayer
from tests.reliability.helpers import REPO, TAG, redline, reopen, survivors

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
]

HANG_S = 150  # the stuck page's sleep: long past BOUND_S, short of pytest's timeout
BOUND_S = 60  # "at once", on a loaded machine: a hang against seconds

HOOK = f"""
import ctypes, os, signal
from pathlib import Path

from app.core.ocr import tesseract

_real = tesseract.render_page


def _render_page(source, page_index, dpi, target):
    if page_index == 1:
        signal.pthread_sigmask(signal.SIG_BLOCK, {{signal.SIGINT}})  # native code goes on
        Path(os.environ["REDLINE_TEST_STUCK"]).touch()
        ctypes.CDLL(None).sleep({HANG_S})
    return _real(source, page_index, dpi, target)


tesseract.render_page = _render_page
"""


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
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK)
    stuck = tmp_path / "stuck"
    tag = uuid.uuid4().hex
    env = {
        **os.environ,
        TAG: tag,
        "PYTHONPATH": f"{hook}{os.pathsep}{REPO}",
        "REDLINE_TEST_STUCK": str(stuck),
    }
    proc = subprocess.Popen(
        redline(root, "ocr"),
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, which Ctrl-C at a terminal signals whole
    )
    try:
        waited = time.monotonic()
        while not stuck.exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() - waited < BOUND_S, "no worker got to page 2"
            time.sleep(0.05)
        time.sleep(0.5)  # the other pages are being read meanwhile
        os.killpg(proc.pid, signal.SIGINT)
        pressed = time.monotonic()
        try:
            _, err = proc.communicate(timeout=BOUND_S)  # (the stuck page sleeps 150 s)
        except subprocess.TimeoutExpired:
            pytest.fail(f"redline ocr still ran {BOUND_S} s after Ctrl-C")
        assert time.monotonic() - pressed < BOUND_S
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 130
    assert err.strip() == "redline: interrupted"  # no worker's traceback
    assert survivors(tag) == []
    after = reopen(root)
    assert after.integrity == "ok" and after.litter == [] and after.swept == []
    layers = _layers(root)
    assert layers[1] == before[1]  # the stuck page: nothing written
    assert all(now in ("tesseract", was) for now, was in zip(layers, before, strict=True))
