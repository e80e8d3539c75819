"""A page stuck where neither Tesseract's monitor nor the command's poll looks: the render, or
the library's layout analysis. The worker is ended by the parent at the page's deadline or
shortly after a cancel; the other pages go on, and no worker or scratch folder is left."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import select

from app.core import supervisor
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from app.core.ocr import run as ocr
from app.core.ocr import tesseract as ocr_engine
from app.core.ocr import tesseract_api
from app.core.ocr.run import OcrReport, ocr_documents
from app.core.ocr.tesseract import PageJob, tesseract_available
from db.models import Page, TextLayer
from tests.core.ocr.helpers import MEMO, imported, make_scan
from tests.core.stuck import native_sleep, scratch_of, workers_left

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")

HANG_S = 150  # the stuck page's sleep: long past the bounds below, short of pytest's timeout
BOUND_S = 60  # what "promptly" means here: a hang against seconds, on a loaded machine


def _stuck_on_page_one(monkeypatch: pytest.MonkeyPatch, where: str, pids: Path) -> Path:
    """Patch the workers (forked: they inherit the patches) so that page index 1 sleeps in
    native code at ``where``: ``render`` (on the command's path, inside its scratch folder) or
    ``library`` (in Tesseract's library, before a word is read). Each worker writes its pid into
    ``pids``; the stuck one also touches the file returned."""
    monkeypatch.setattr(ocr, "pool_context", lambda: multiprocessing.get_context("fork"))
    stuck = pids.parent / "stuck"
    real_render = ocr_engine.render_page
    real_page_tsv = tesseract_api.Engine.page_tsv
    page = {"index": -1}

    def hang() -> None:
        stuck.touch()
        native_sleep(HANG_S)

    def render(source: str, page_index: int, dpi: int, target: Any) -> pymupdf.Matrix:
        (pids / str(os.getpid())).touch()
        page["index"] = page_index
        if where == "render" and page_index == 1:
            hang()
        return real_render(source, page_index, dpi, target)

    def page_tsv(
        self: tesseract_api.Engine,
        image: Any,
        psm: int,
        timeout_s: float,
        cancelled: Callable[[], bool],
    ) -> str:
        if page["index"] == 1:
            hang()
        return real_page_tsv(self, image, psm, timeout_s, cancelled)

    monkeypatch.setattr(ocr_engine, "render_page", render)
    if where == "render":
        monkeypatch.setattr(ocr_engine, "_engine", lambda _job: None)  # the command's path
    else:
        job = PageJob(PageId(0), "", 0, tesseract=ocr_engine.tesseract_path())
        if ocr_engine._engine(job) is None:
            pytest.skip("Tesseract's library cannot be loaded here")
        monkeypatch.setattr(tesseract_api.Engine, "page_tsv", page_tsv)
    return stuck


def _three_pages(library: Library, tmp_path: Path) -> DocumentId:
    pdf, _ = make_scan(tmp_path / "three.pdf", [MEMO[:1]] * 3, size=(300, 60), dpi=100)
    return imported(library, pdf)


def _sources(library: Library, doc_id: DocumentId) -> list[str | None]:
    with library.reading() as s:
        pages = s.scalars(select(Page).where(Page.document_id == doc_id).order_by(Page.page_index))
        return [
            s.get(TextLayer, p.active_text_layer_id).source  # type: ignore[union-attr]
            if p.active_text_layer_id is not None
            else None
            for p in pages
        ]


def _statuses(report: OcrReport) -> list[str]:
    return [p.status for p in report.pages]


@dataclass(frozen=True)
class Stuck:
    """A three-page scan whose page 2 gets stuck (``marker`` is touched when it does)."""

    where: str  # "render" or "library"
    pids: Path
    marker: Path
    doc_id: DocumentId
    before: list[str | None]  # each page's active layer before the run

    def litter(self) -> tuple[list[str], list[str]]:
        """Worker processes still running, and their scratch folders left."""
        return workers_left(self.pids), scratch_of(self.pids, "ocr")


@pytest.fixture(params=["render", "library"])
def stuck(
    request: pytest.FixtureRequest,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Stuck:
    pids = tmp_path / "pids"
    pids.mkdir()
    marker = _stuck_on_page_one(monkeypatch, request.param, pids)
    doc_id = _three_pages(library, tmp_path)
    return Stuck(request.param, pids, marker, doc_id, _sources(library, doc_id))


@pytest.mark.slow
def test_a_page_stuck_where_no_timeout_reaches_fails_alone_at_its_deadline(
    library: Library, stuck: Stuck, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(supervisor, "OVERRUN_S", 2.0)
    started = time.monotonic()
    report = ocr_documents(library, [stuck.doc_id], "always", dpi=100, timeout_s=2.0)
    assert time.monotonic() - started < BOUND_S  # (the page sleeps 150 s)
    assert stuck.marker.exists()  # it did get stuck where it should
    assert _statuses(report) == ["ok", "failed", "ok"], report.pages
    said = {  # what took too long
        "render": "rendering the page took longer than 2 s",
        "library": "Tesseract took longer than 2 s",
    }
    assert report.pages[1].message == said[stuck.where]
    assert report.pages[0].words == report.pages[2].words == len(MEMO[0].split())
    assert _sources(library, stuck.doc_id) == ["tesseract", stuck.before[1], "tesseract"]
    assert stuck.litter() == ([], [])


def test_cancel_does_not_wait_for_a_page_stuck_where_cancel_never_reaches(
    library: Library, stuck: Stuck
) -> None:
    asked: list[float] = []

    def cancel() -> bool:
        if stuck.marker.exists() and not asked:
            asked.append(time.monotonic())
        return bool(asked)

    report = ocr_documents(library, [stuck.doc_id], "always", dpi=100, timeout_s=600, cancel=cancel)
    assert asked and time.monotonic() - asked[0] < BOUND_S  # (the page sleeps 150 s)
    assert report.pages[1].status == "cancelled", report.pages
    assert set(_statuses(report)) <= {"ok", "cancelled"} and len(report.pages) == 3
    done = [p.status == "ok" for p in report.pages]
    assert _sources(library, stuck.doc_id) == [
        "tesseract" if ok else was for ok, was in zip(done, stuck.before, strict=True)
    ]  # pages stored before the cancel stay stored; the others are as they were
    assert stuck.litter() == ([], [])


def test_a_page_that_raises_in_its_worker_fails_alone(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose reading raises what nobody foresaw fails with its reason (the traceback in
    the log); the other pages are read and stored (it failed the whole run). A page MuPDF
    cannot render was already its own failure ("the page cannot be rendered")."""
    monkeypatch.setattr(ocr, "pool_context", lambda: multiprocessing.get_context("fork"))
    real_engine = ocr_engine._engine

    def engine(job: PageJob) -> Any:
        if job.page_index == 1:
            raise ValueError("an unforeseen reading of page 2")
        return real_engine(job)

    monkeypatch.setattr(ocr_engine, "_engine", engine)
    doc_id = _three_pages(library, tmp_path)
    report = ocr_documents(library, [doc_id], "always", dpi=100)
    assert _statuses(report) == ["ok", "failed", "ok"], report.pages
    assert report.pages[1].message == "the page could not be read: an unforeseen reading of page 2"
    assert _sources(library, doc_id)[0::2] == ["tesseract", "tesseract"]
