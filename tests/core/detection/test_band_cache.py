"""Band readings kept on this machine between runs: a later process re-reads no banner read
before by the same Tesseract and the same detection code, and the cache never stops detection."""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.core.detection import band_cache
from app.core.detection.bands import BandMarking
from app.core.detection.redactions import Box
from app.core.detection.run import detect_document
from app.core.documents.ingest import import_file
from app.core.ids import DocumentId
from app.core.library import Library
from app.core.ocr.tesseract import tesseract_available
from app.core.supervisor import Supervisor
from tests.builders import make_banner_scan_pdf

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")

STRUCK = BandMarking(
    "classification", "TOP SECRET", "TQ CRET", 0.7, "classification.top-secret",
    Box(235.4, 703.7, 386.4, 723.4), struck=True,
)  # fmt: skip


def _recall(sha256: str, index: int, reader: str) -> tuple[BandMarking, ...] | None:
    return band_cache.recall_many([(sha256, index, reader)]).get((sha256, index, reader))


def test_a_reading_kept_is_recalled_by_its_page_and_reader_only() -> None:
    band_cache.keep([("ab" * 32, 3, "tesseract|5.3.0|x", [STRUCK])])
    assert _recall("ab" * 32, 3, "tesseract|5.3.0|x") == (STRUCK,)
    assert _recall("ab" * 32, 2, "tesseract|5.3.0|x") is None  # another page
    assert _recall("ab" * 32, 3, "tesseract|5.4.1|x") is None  # another reader
    band_cache.keep([("cd" * 32, 0, "r", [])])  # a page read with nothing on it
    assert _recall("cd" * 32, 0, "r") == ()
    band_cache.forget()
    assert _recall("ab" * 32, 3, "tesseract|5.3.0|x") is None


def test_the_reader_changes_with_the_detection_code_and_the_model(tmp_path: Path) -> None:
    model = tmp_path / "eng.traineddata"
    model.write_bytes(b"model")
    before = band_cache.reader_key("/usr/bin/tesseract", "5.3.0", model)
    assert band_cache.reader_key("/usr/bin/tesseract", "5.3.0", model) == before
    model.write_bytes(b"a newer model")  # an update of the language package
    assert band_cache.reader_key("/usr/bin/tesseract", "5.3.0", model) != before
    assert band_cache.fingerprint() in before  # Redline's version, its detection code and rules


def test_the_fingerprint_reads_the_rules_and_the_code(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rules = tmp_path / "markings"
    rules.mkdir()
    (rules / "rules.json").write_text('{"rules": []}', encoding="utf-8")
    code = tmp_path / "app" / "core" / "detection"
    code.mkdir(parents=True)
    (code / "bands.py").write_text("DPI = 300\n", encoding="utf-8")
    monkeypatch.setattr(band_cache, "resource_path", lambda *_: rules)
    monkeypatch.setattr(band_cache, "source_root", lambda: tmp_path)
    prints = []
    try:
        for change in (None, (rules / "rules.json", '{"rules": [1]}'), (code / "bands.py", "")):
            if change is not None:
                change[0].write_text(change[1], encoding="utf-8")
            band_cache.fingerprint.cache_clear()
            prints.append(band_cache.fingerprint())
    finally:
        band_cache.fingerprint.cache_clear()
    assert len(set(prints)) == 3  # a rule changed, then the band reading's code


def test_the_least_recently_stored_readings_go_the_first_time_a_process_stores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(band_cache, "MAX_READINGS", 3)
    monkeypatch.setattr(band_cache, "_pruned", True)  # (as after this process's first store)
    for index in range(5):
        band_cache.keep([("ef" * 32, index, "r", [STRUCK])])
    assert all(_recall("ef" * 32, i, "r") is not None for i in range(5))
    monkeypatch.setattr(band_cache, "_pruned", False)  # a new process stores
    band_cache.keep([("ef" * 32, 5, "r", [STRUCK])])
    kept = [_recall("ef" * 32, i, "r") is not None for i in range(6)]
    assert kept == [False, False, False, True, True, True]


def test_a_documents_pages_are_recalled_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(band_cache, "_ASKED", 2)  # pages asked for in one query
    band_cache.keep([("ab" * 32, i, "r", [STRUCK] * (i % 2)) for i in range(5)])
    band_cache.keep([("ab" * 32, 0, "other reader", [STRUCK])])
    keys = [("ab" * 32, i, "r") for i in range(7)] + [("ab" * 32, 0, "other reader")]
    found = band_cache.recall_many(keys)
    assert found == {
        **{("ab" * 32, i, "r"): (STRUCK,) * (i % 2) for i in range(5)},
        ("ab" * 32, 0, "other reader"): (STRUCK,),
    }


@pytest.mark.parametrize("damage", ["garbage", "a folder", "a foreign table", "a bad row"])
def test_a_cache_it_cannot_use_is_passed_over(damage: str) -> None:
    path = band_cache.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if damage == "garbage":
        path.write_bytes(b"\x00not a database" * 100)
    elif damage == "a folder":
        path.mkdir()
    elif damage == "a foreign table":
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE readings (x INTEGER)")
    else:
        band_cache.keep([("ab" * 32, 0, "r", [STRUCK])])
        with sqlite3.connect(path) as db:
            db.execute("UPDATE readings SET markings = '[[1, 2]]'")
    band_cache.keep([("ab" * 32, 1, "r", [STRUCK])])  # no exception
    assert _recall("ab" * 32, 0, "r") is None


def _detect(lib: Library, doc: DocumentId) -> tuple[int, int, list[Any]]:
    with lib.transaction() as s:  # from scratch: the proposals must be made again
        s.connection().exec_driver_sql("DELETE FROM annotations")
    with Supervisor(1, executor=ThreadPoolExecutor) as workers:  # here, to count the readings
        summary = detect_document(lib, doc, redactions=False, supervisor=workers)
    with lib.reading() as s:
        rows = s.connection().execute(
            text("SELECT body, x, y, w, h FROM annotations WHERE kind = 'marking'")
        )
        found = sorted((json.loads(r[0])["value"], tuple(r[1:])) for r in rows)
    return summary.pages_rescanned, summary.pages_from_cache, found


@needs_tesseract
def test_detection_reads_the_banners_when_the_cache_cannot_be_written(
    library: Library, tmp_path: Path
) -> None:
    path = band_cache.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.mkdir()  # a folder where the file should be: neither read nor written
    pdf = make_banner_scan_pdf(tmp_path / "scan.pdf", banner="SECRET")
    doc = import_file(library, pdf).document_id
    assert doc is not None
    rescanned, cached, found = _detect(library, doc)
    assert (rescanned, cached) == (1, 0) and [v for v, _ in found].count("SECRET") == 2
    band_cache._memory.clear()
    assert _detect(library, doc) == (1, 0, found)  # read again: nothing was kept


def test_what_is_kept_is_counted_without_making_a_file() -> None:
    assert band_cache.kept() == (0, 0)
    assert not band_cache.cache_path().exists()  # counting made none
    band_cache.keep([("ab" * 32, i, "r", [STRUCK]) for i in range(3)])
    pages, size = band_cache.kept()
    assert pages == 3 and size == band_cache.cache_path().stat().st_size > 0
    band_cache.cache_path().write_bytes(b"not a database at all")  # unreadable: its size alone
    assert band_cache.kept() == (0, 21)
    band_cache.forget()
    assert band_cache.kept() == (0, 0)
