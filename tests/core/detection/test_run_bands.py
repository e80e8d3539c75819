"""Detection through the library re-reads the banners a text layer missed: stored as proposals
anchored by their box (struck ones as struck), counted in the metadata, made once."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.cli import main
from app.core.detection import band_cache, scan_plan
from app.core.detection import run as detect_module
from app.core.detection.bands import page_bands
from app.core.detection.run import detect_document
from app.core.documents.ingest import import_file
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from app.core.supervisor import Supervisor
from tests.builders import make_banner_scan_pdf, make_text_pdf

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


def _markings(lib: Library) -> list[dict[str, Any]]:
    with lib.reading() as s:
        rows = s.connection().execute(
            text(
                "SELECT body, start, x, y, w, h, confidence FROM annotations WHERE kind = 'marking'"
            )
        )
        return [
            {**json.loads(r[0]), "start": r[1], "box": r[2:6], "confidence": r[6]} for r in rows
        ]


@needs_tesseract
@pytest.mark.parametrize("struck", [False, True])
def test_a_banner_only_the_scan_shows_is_proposed_from_it(
    library: Library, tmp_path: Path, struck: bool
) -> None:
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="SECRET", struck=struck)
    doc = import_file(library, pdf).document_id
    assert doc is not None
    summary = detect_document(library, doc, redactions=False)
    assert summary.pages_rescanned == 1  # an authority line, no level: one is expected
    assert summary.metadata["classification"] == "SECRET"
    assert summary.metadata["classified_by"] == "J. Smith"
    banners = [m for m in _markings(library) if m["category"] == "classification"]
    assert len(banners) == 2 and all(m["start"] is None for m in banners)  # no text span
    assert all(m.get("struck", False) is struck for m in banners)
    assert sorted(round(m["box"][1]) // 100 for m in banners) == [0, 7]  # top and bottom
    again = detect_document(library, doc, redactions=False)
    assert again.markings_added == 0  # the same box is the same proposal


@needs_tesseract
def test_a_plain_letter_is_not_re_read(library: Library, tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "letter.pdf", ["Dear Sam, thank you for the book. Yours, Ann"])
    doc = import_file(library, pdf).document_id
    assert doc is not None
    assert detect_document(library, doc, redactions=False).pages_rescanned == 0


@needs_tesseract
@pytest.mark.parametrize(("level", "re_read"), [("SECRET", 1), ("UNCLASSIFIED", 0)])
def test_a_page_without_a_level_is_re_read_where_the_record_is_classified(
    library: Library, tmp_path: Path, level: str, re_read: int
) -> None:
    """A classified record bears its level on every page, so a page whose text shows none is
    read again from its scan; an unclassified record need not mark each page."""
    prose = "The minister spoke with the ambassador about the harbour on Tuesday morning."
    pages = [f"{level}\n\n{prose}", prose]
    doc = import_file(library, make_text_pdf(tmp_path / "memo.pdf", pages)).document_id
    assert doc is not None
    summary = detect_document(library, doc, redactions=False)
    assert summary.metadata["classification"] == level
    assert summary.pages_rescanned == re_read


def test_without_tesseract_detection_says_banners_were_not_re_read(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detect_module, "tesseract_path", lambda: None)
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="SECRET")
    doc = import_file(library, pdf).document_id
    assert doc is not None
    summary = detect_document(library, doc, redactions=False)
    assert any("Tesseract is not installed" in str(w) for w in summary.warnings)
    assert summary.pages_rescanned == 0  # planned, but nothing read them
    assert "classification" not in summary.metadata


@needs_tesseract
def test_a_page_whose_banners_were_read_is_not_read_again(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Detection run again (after an import, say, or in a later process) takes the banners it
    read before from this process's cache or the machine's file: the same proposals, no
    Tesseract; by other detection code or forgotten, they are read again."""
    band_cache.forget_band_readings()
    reads: list[bool] = []

    def counting(*args: Any) -> Any:
        reads.append(args[3])  # whether the bands are read (else only strike checks)
        return page_bands(*args)

    monkeypatch.setattr(scan_plan, "page_bands", counting)
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="CONFIDENTIAL", struck=True)
    doc = import_file(library, pdf).document_id
    assert doc is not None

    def detect(read: int, cached: int) -> list[tuple[Any, ...]]:
        with library.transaction() as s:  # from scratch: the proposals must be made again
            s.connection().exec_driver_sql("DELETE FROM annotations")
        with Supervisor(1, executor=ThreadPoolExecutor) as workers:  # here, with the counter
            summary = detect_document(library, doc, redactions=False, supervisor=workers)
        # the summary says what happened: re-read from the scan, or taken from the cache
        assert (summary.pages_rescanned, summary.pages_from_cache) == (read, cached)
        return sorted((m["value"], m.get("struck"), m["box"]) for m in _markings(library))

    first = detect(read=1, cached=0)
    assert reads == [True] and [v for v, _, _ in first].count("CONFIDENTIAL") == 2
    assert detect(read=0, cached=1) == first and reads == [True]
    band_cache._memory.clear()  # as a later process: the reading is in the machine's file
    assert detect(read=0, cached=1) == first and reads == [True]
    band_cache._memory.clear()
    with monkeypatch.context() as m:  # other detection code: read again
        m.setattr(band_cache, "fingerprint", lambda: "other detection code")
        assert detect(read=1, cached=0) == first and reads == [True, True]
    band_cache.forget_band_readings()
    assert detect(read=1, cached=0) == first and reads == [True, True, True]


@needs_tesseract
def test_the_command_says_which_banners_it_re_read_and_which_it_had_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``redline detect`` run twice in one process: the second takes the banners from the cache
    and says so, rather than claiming it re-read them."""
    band_cache.forget_band_readings()
    root = str(tmp_path / "lib")
    with Library.open(root) as lib:
        import_file(lib, make_banner_scan_pdf(tmp_path / "scan.pdf", banner="SECRET"))
    argv = ["--library", root, "detect", "--no-redactions"]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert "banners re-read from 1 page" in first and "earlier reading" not in first
    assert main(argv) == 0
    second = capsys.readouterr().out
    assert "re-read" not in second and "banners of 1 page taken from the earlier reading" in second
