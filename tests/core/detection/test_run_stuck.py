"""A page whose banner reading is stuck where neither Tesseract's monitor nor the command's poll
looks (a sleep in native code, in the real worker process): the parent ends its workers at the
page's deadline, or shortly after a cancel; the other pages go on, the stuck page gets a warning
and keeps its proposals from the text, and no worker or scratch folder is left."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import text

from app.core import supervisor
from app.core.detection import band_cache, bands, redactions, scan_plan
from app.core.detection import run as detect
from app.core.detection.run import DetectionCancelled, detect_documents
from app.core.documents.ingest import import_file
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr import tesseract as ocr_engine
from app.core.ocr import tesseract_api
from app.core.ocr.tesseract import tesseract_available, tesseract_path, version_of
from tests.builders import make_banner_scan_pdf
from tests.core.stuck import native_sleep, scratch_of, workers_left

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")

HANG_S = 150  # the stuck page's sleep: long past the bounds below, short of pytest's timeout
BOUND_S = 60  # what "promptly" means here: a hang against seconds, on a loaded machine
BANNERS = ("SECRET", "TOP SECRET", "CONFIDENTIAL")


def _stuck_on_page_two(monkeypatch: pytest.MonkeyPatch, where: str, pids: Path) -> Path:
    """Patch the workers (forked: they inherit the patches) so that the banner reading of page
    index 1 sleeps in native code in Tesseract's ``library`` (before a word is read) or in the
    ``command``'s place (inside its scratch folder). Each worker writes its pid into ``pids``;
    the stuck one also touches the file returned."""
    monkeypatch.setattr(detect, "pool_context", lambda: multiprocessing.get_context("fork"))
    stuck = pids.parent / "stuck"
    page = {"index": -1}
    real_read, real_find = bands.read_page_bands, redactions.find_redactions
    real_tsv, real_command = tesseract_api.Engine.tsv, ocr_engine.run_tesseract

    def hang_on_page_two() -> None:
        if page["index"] == 1:
            stuck.touch()
            native_sleep(HANG_S)

    def read_page_bands(pdf_page: pymupdf.Page, **kwargs: Any) -> Any:
        (pids / str(os.getpid())).touch()
        page["index"] = pdf_page.number
        return real_read(pdf_page, **kwargs)

    def find_redactions(pdf_page: pymupdf.Page, *args: Any) -> Any:
        (pids / str(os.getpid())).touch()
        return real_find(pdf_page, *args)

    def tsv(self: tesseract_api.Engine, *args: Any) -> str:
        hang_on_page_two()
        return real_tsv(self, *args)

    def run_tesseract(*args: Any, **kwargs: Any) -> str:
        hang_on_page_two()
        return real_command(*args, **kwargs)

    monkeypatch.setattr(bands, "read_page_bands", read_page_bands)
    monkeypatch.setattr(redactions, "find_redactions", find_redactions)
    if where == "command":
        monkeypatch.setattr(bands, "engine_for", lambda *_a, **_k: None)
        monkeypatch.setattr(bands, "run_tesseract", run_tesseract)
    else:
        exe = tesseract_path()
        assert exe is not None
        if tesseract_api.engine_for(exe, version_of(exe), variables=bands.VARIABLES) is None:
            pytest.skip("Tesseract's library cannot be loaded here")
        monkeypatch.setattr(tesseract_api.Engine, "tsv", tsv)
    return stuck


def _three_scans(library: Library, tmp_path: Path) -> DocumentId:
    """Three scanned pages whose text layers miss their banners (each is re-read)."""
    doc = pymupdf.open()
    for i, banner in enumerate(BANNERS):
        with pymupdf.open(make_banner_scan_pdf(tmp_path / f"p{i}.pdf", banner=banner)) as one:
            doc.insert_pdf(one)
    doc.save(tmp_path / "three.pdf")
    doc.close()
    doc_id = import_file(library, tmp_path / "three.pdf").document_id
    assert doc_id is not None
    return doc_id


def _markings(library: Library) -> list[tuple[int, str, bool]]:
    """Each marking proposal: its page index, value, and whether it came from the text."""
    with library.reading() as s:
        rows = s.connection().execute(
            text(
                "SELECT p.page_index, a.body, a.start FROM annotations a JOIN pages p "
                "ON p.id = a.page_id WHERE a.kind = 'marking'"
            )
        )
        return sorted((r[0], json.loads(r[1])["value"], r[2] is not None) for r in rows)


@dataclass(frozen=True)
class Stuck:
    """A three-page scan whose page 2's banner reading gets stuck (``marker`` is touched then)."""

    pids: Path
    marker: Path
    doc_id: DocumentId

    def litter(self) -> tuple[list[str], list[str]]:
        """Worker processes still running, and their scratch folders left."""
        return workers_left(self.pids), scratch_of(self.pids, "bands")


@pytest.fixture(params=["library", "command"])
def stuck(
    request: pytest.FixtureRequest,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Stuck:
    band_cache.forget_band_readings()  # (an earlier test's readings of the same scans)
    pids = tmp_path / "pids"
    pids.mkdir()
    marker = _stuck_on_page_two(monkeypatch, request.param, pids)
    return Stuck(pids, marker, _three_scans(library, tmp_path))


@pytest.mark.slow
def test_a_page_stuck_in_its_banner_reading_is_ended_at_its_deadline(
    library: Library, stuck: Stuck, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_plan, "PAGE_TIMEOUT_S", 5.0)
    monkeypatch.setattr(supervisor, "OVERRUN_S", 5.0)
    started = time.monotonic()
    [summary] = detect_documents(library, [stuck.doc_id])
    assert time.monotonic() - started < BOUND_S  # (the page sleeps 150 s)
    assert stuck.marker.exists()  # it did get stuck where it should
    # Its redaction search runs in the same task, after the reading, with the time of both.
    assert tuple(map(str, summary.warnings)) == (
        "page 2: redaction boxes not searched (stopped after 10 s)",
        "page 2: banners not re-read (stopped after 10 s)",
    )
    assert summary.pages_rescanned == 2  # the other two pages were read
    found = _markings(library)
    from_scan = {(page, value) for page, value, in_text in found if not in_text}
    assert from_scan == {(0, "SECRET"), (2, "CONFIDENTIAL")}
    assert any(page == 1 and in_text for page, _, in_text in found)  # its text's proposals
    assert stuck.litter() == ([], [])


def test_cancel_does_not_wait_for_a_banner_reading_stuck_where_cancel_never_reaches(
    library: Library, stuck: Stuck
) -> None:
    asked: list[float] = []

    def cancel() -> bool:
        if stuck.marker.exists() and not asked:
            asked.append(time.monotonic())
        return bool(asked)

    with pytest.raises(DetectionCancelled):
        detect_documents(library, [stuck.doc_id], cancel=cancel)
    assert asked and time.monotonic() - asked[0] < BOUND_S  # (the page sleeps 150 s)
    assert _markings(library) == []  # nothing written for the document being detected
    assert stuck.litter() == ([], [])
