"""OCR workers read pages with Tesseract's library in their own process: on real scans it gives
the very words, boxes and confidences the ``tesseract`` command gives for the page's PGM, and it
still stops on cancel and on the page's timeout."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.ids import PageId
from app.core.ocr import tesseract as ocr_engine
from app.core.ocr.tesseract import (
    PageJob,
    Pixels,
    ocr_page,
    parse_tsv,
    render_page,
    run_tesseract,
    tesseract_available,
    tesseract_path,
    version_of,
)
from app.core.ocr.tesseract_api import engine_for

SCANS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "scans"
JFK = SCANS / "jfk-DOCID-32989794.pdf"
pytestmark = [
    pytest.mark.acceptance,
    pytest.mark.slow,
    pytest.mark.skipif(not SCANS.is_dir(), reason=f"the real scans are not at {SCANS}"),
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
]


@pytest.fixture
def exe() -> str:
    path = tesseract_path()
    assert path is not None
    if engine_for(path, version_of(path)) is None:
        pytest.skip("Tesseract's library of the command's version cannot be loaded here")
    return path


def _no_command(*_args: object, **_kwargs: object) -> str:
    raise AssertionError("the tesseract command ran: the page was not read in the process")


@pytest.mark.parametrize("index", [5, 40])  # a memo page, the densest page of the release
def test_in_process_ocr_is_the_commands_tsv_on_real_pages(
    exe: str, index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = tmp_path / "page.pgm"
    to_page = render_page(str(JFK), index, 300, image)  # what the command path writes
    by_command = run_tesseract(image, "eng", 3, 180, lambda: False, exe)
    pixels = Pixels()
    render_page(str(JFK), index, 300, pixels)
    engine = engine_for(exe, version_of(exe))
    assert engine is not None and pixels.image is not None
    # Same bytes, header, confidences and all (Tesseract estimates the resolution of a PGM,
    # which carries none, and of the pixels given to it alike).
    assert engine.page_tsv(pixels.image, 3, 180, lambda: False) == by_command
    monkeypatch.setattr(ocr_engine, "run_tesseract", _no_command)
    result = ocr_page(PageJob(PageId(1), str(JFK), index, dpi=300, tesseract=exe))
    assert result.error is None
    assert list(result.words) == parse_tsv(by_command, to_page)
    assert len(result.words) > 100


def test_in_process_ocr_stops_on_cancel_and_timeout(
    exe: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr_engine, "run_tesseract", _no_command)
    job = PageJob(PageId(1), str(JFK), 40, dpi=300, tesseract=exe, timeout_s=0.01)
    assert ocr_page(job).error == "Tesseract took longer than 0.01 s"
    asked: list[int] = []

    def cancel_after_a_few_words() -> bool:  # asked once a word: cancel in mid-page
        asked.append(1)
        return len(asked) > 3

    job = PageJob(PageId(1), str(JFK), 40, tesseract=exe)
    cancelled = ocr_page(job, cancel_after_a_few_words)
    assert cancelled.error == "cancelled" and not cancelled.words


def test_a_tessdata_folder_the_library_cannot_use_falls_back_to_the_command(
    exe: str, tmp_path: Path
) -> None:
    """The job's own tessdata folder (Redline's, once languages are added) is read by the engine
    as by the command; one without the language fails as the command fails."""
    empty = tmp_path / "tessdata"
    empty.mkdir()
    result = ocr_page(PageJob(PageId(1), str(JFK), 0, tesseract=exe, tessdata=str(empty)))
    assert result.error is not None and result.error.startswith("Tesseract failed")
