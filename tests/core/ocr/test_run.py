"""OCR with the real Tesseract on generated image-only scans whose text and word boxes are known."""

from __future__ import annotations

import multiprocessing
import os
import stat
from collections.abc import Sequence
from pathlib import Path

import pymupdf
import pytest
from rapidfuzz.distance import Levenshtein
from sqlalchemy import select

from app.core.documents.search import search
from app.core.documents.textlayer import load_words
from app.core.errors import LibraryError
from app.core.ids import PageId, TextLayerId
from app.core.library import Library
from app.core.ocr import run as ocr
from app.core.ocr import tesseract as ocr_engine
from app.core.ocr.run import OcrReport, ocr_documents, ocr_pages
from app.core.ocr.tesseract import (
    OcrError,
    TesseractMissingError,
    tesseract_available,
    tesseract_version,
)
from db.models import Page, TextLayer
from db.wordpack import WordRow
from tests.builders import DISK_FULL, stores_then_fails
from tests.core.ocr.helpers import MEMO, Truth, imported, make_scan, on_word

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")


def page_words(library: Library, doc_id: int, page_index: int) -> list[WordRow]:
    with library.reading() as s:
        page = s.scalars(
            select(Page).where(Page.document_id == doc_id, Page.page_index == page_index)
        ).one()
        assert page.active_text_layer_id is not None
        return load_words(s.connection(), TextLayerId(page.active_text_layer_id))


def boxes_on_words(words: Sequence[WordRow], truth: Truth, vertical: bool = False) -> float:
    """Share of true words that an OCR word of the same text sits on."""
    hits = 0
    for text, box in truth:
        boxes = [pymupdf.Rect(w.x0, w.y0, w.x1, w.y1) for w in words if w.text == text]
        hits += any(on_word(b, box, vertical) for b in boxes)
    return hits / len(truth)


def cer(ocr: str, truth: str) -> float:
    return Levenshtein.distance(ocr, truth) / len(truth)


@pytest.mark.slow
def test_ocr_of_generated_scan_meets_cer_and_stores_a_searchable_layer(
    library: Library, tmp_path: Path
) -> None:
    pdf, truths = make_scan(tmp_path / "memo.pdf", [MEMO])
    doc_id = imported(library, pdf)
    report = ocr_documents(library, [doc_id], "auto", dpi=300)
    assert report.ok == 1 and not report.failed, report.pages
    words = page_words(library, doc_id, 0)
    assert cer(" ".join(w.text for w in words), " ".join(MEMO)) <= 0.02
    assert boxes_on_words(words, truths[0]) >= 0.95
    assert all(w.confidence is not None and 0 <= w.confidence <= 100 for w in words)
    with library.reading() as s:
        page = s.scalars(select(Page).where(Page.document_id == doc_id)).one()
        layer = s.get(TextLayer, page.active_text_layer_id)
        assert layer is not None and not page.needs_ocr
        assert (layer.source, layer.engine, layer.language, layer.dpi) == (
            "tesseract", "tesseract", "eng", 300
        )  # fmt: skip
        assert layer.engine_version == tesseract_version()
        assert layer.text.splitlines()[0] == "MEMORANDUM FOR THE DIRECTOR"
    assert search(library, "Havana").hits
    assert ocr_documents(library, [doc_id], "auto").pages == []  # nothing left without text


@pytest.mark.slow
def test_rotated_pages_come_out_upright_with_boxes_on_the_words(
    library: Library, tmp_path: Path
) -> None:
    pdf, truths = make_scan(
        tmp_path / "rotated.pdf", [MEMO[:3], MEMO[3:]], rotations=(90, 270), dpi=200
    )
    doc_id = imported(library, pdf)
    report = ocr_documents(library, [doc_id], "always", dpi=200)
    assert report.ok == 2, report.pages
    for index in (0, 1):
        words = page_words(library, doc_id, index)
        assert boxes_on_words(words, truths[index], vertical=True) >= 0.95, index


def fake_tesseract(tmp_path: Path, action: str) -> Path:
    """A tesseract that does ``action`` for narrow images (width < 300 px) and is real otherwise."""
    script = tmp_path / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        'case "$1" in *.pgm) ;; *) exec /usr/bin/tesseract "$@";; esac\n'
        'width=$(head -n 2 "$1" | tail -n 1 | cut -d" " -f1)\n'
        f'if [ "$width" -lt 300 ]; then {action}; fi\n'
        'exec /usr/bin/tesseract "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def two_page_doc(library: Library, tmp_path: Path) -> list[PageId]:
    """A normal page and a narrow one (200 pt wide: 200 px at 72 dpi) that the fake trips on."""
    pdf = tmp_path / "two.pdf"
    make_scan(pdf, [MEMO[:2]], size=(420, 120), dpi=150)
    doc = pymupdf.open(pdf)
    doc.new_page(width=200, height=100).insert_text((20, 40), "narrow", fontsize=11)
    doc.saveIncr()
    doc_id = imported(library, pdf)
    with library.reading() as s:
        return list(s.scalars(select(Page.id).where(Page.document_id == doc_id)))


def _statuses(report: OcrReport) -> list[str]:
    return [p.status for p in report.pages]


@pytest.mark.parametrize(
    ("action", "expected"),
    [("kill -SEGV $$", "Tesseract failed"), ("sleep 30", "took longer than 1.5 s")],
)
def test_a_failing_page_fails_alone(
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    expected: str,
) -> None:
    page_ids = two_page_doc(library, tmp_path)
    monkeypatch.setenv("REDLINE_TESSERACT", str(fake_tesseract(tmp_path, action)))
    report = ocr_pages(library, page_ids, dpi=72, timeout_s=1.5)
    assert _statuses(report) == ["ok", "failed"]
    assert expected in report.pages[1].message
    with library.reading() as s:
        pages = list(s.scalars(select(Page).where(Page.id.in_(page_ids)).order_by(Page.id)))
        sources = [s.get(TextLayer, p.active_text_layer_id).source for p in pages]  # type: ignore[union-attr]
    assert sources == ["tesseract", "pdf-text-layer"]


def test_cancel_stops_before_the_remaining_pages(library: Library, tmp_path: Path) -> None:
    pdf, _ = make_scan(tmp_path / "three.pdf", [MEMO[:1]] * 3, size=(300, 60), dpi=100)
    doc_id = imported(library, pdf)
    seen: list[int] = []
    report = ocr_documents(
        library, [doc_id], "always", dpi=100, progress=lambda d, _t: seen.append(d),
        cancel=lambda: len(seen) > 1,
    )  # fmt: skip
    assert report.cancelled >= 1 and report.ok >= 1 and len(report.pages) == 3
    assert seen[-1] == report.ok  # the bar stops where the run did: cancelled pages are not done


def test_missing_tesseract_is_a_clear_error(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDLINE_TESSERACT", str(tmp_path / "no-such-tesseract"))
    with pytest.raises(TesseractMissingError, match="Tesseract is not installed"):
        ocr_pages(library, [PageId(1)])


def test_a_language_without_data_is_a_clear_error(library: Library) -> None:
    with pytest.raises(OcrError, match="no data for language xyz"):
        ocr_pages(library, [PageId(1)], language="eng+xyz")


def test_unknown_pages_fail_without_running(library: Library) -> None:
    report = ocr_pages(library, [PageId(12345)])
    assert _statuses(report) == ["failed"] and report.pages[0].message == "no such page"


def test_a_worker_crash_fails_only_its_page(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The crash is injected by patching, which only forked workers inherit; pytest's own
    # threads (the timeout watchdog) would otherwise make the pool use its fork server.
    monkeypatch.setattr(ocr, "pool_context", lambda: multiprocessing.get_context("fork"))
    pdf, _ = make_scan(tmp_path / "three.pdf", [MEMO[:1]] * 3, size=(300, 60), dpi=100)
    doc_id = imported(library, pdf)
    real_render = ocr_engine.render_page

    def render_or_die(source: str, page_index: int, dpi: int, target: Path) -> pymupdf.Matrix:
        if page_index == 1:
            os._exit(3)  # what a segfault in MuPDF looks like to the pool
        return real_render(source, page_index, dpi, target)

    monkeypatch.setattr(ocr_engine, "render_page", render_or_die)
    report = ocr_documents(library, [doc_id], "always", dpi=100)
    assert _statuses(report) == ["ok", "failed", "ok"]
    assert "worker process crashed" in report.pages[1].message


def test_ocr_documents_runs_several_documents_in_one_pool(library: Library, tmp_path: Path) -> None:
    docs = [
        imported(library, make_scan(tmp_path / f"d{i}.pdf", [[line]], size=(300, 60), dpi=150)[0])
        for i, line in enumerate(MEMO[:2])
    ]
    report = ocr_documents(library, docs)
    assert report.ok == 2 and [p.words for p in report.pages] == [len(m.split()) for m in MEMO[:2]]
    assert ocr_documents(library, docs).pages == []  # auto: nothing left without text


def test_a_huge_page_is_rendered_within_the_pixel_budget(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page(width=4000, height=3000).set_rotation(90)
    doc.save(tmp_path / "poster.pdf")
    image = tmp_path / "poster.pgm"
    to_page = ocr_engine.render_page(str(tmp_path / "poster.pdf"), 0, 300, image)
    width, height = (int(v) for v in image.read_bytes().split(b"\n")[1].split())
    assert width * height <= ocr_engine.MAX_PIXELS and (width, height) == pytest.approx(
        (3000 / 4000 * height, height), abs=2
    )  # displayed upright: 3000 wide, 4000 high
    corner = pymupdf.Point(width, height) * to_page  # bottom-right as shown: a corner unrotated
    assert (round(corner.x), round(corner.y)) in {(0, 3000), (4000, 0), (4000, 3000), (0, 0)}


def _png(path: Path, size: tuple[int, int], dpi: int | None = None) -> Path:
    """A white PNG of ``size`` pixels, naming ``dpi`` or no resolution at all."""
    from PIL import Image

    image = Image.new("L", size, 255)
    if dpi:
        image.save(path, dpi=(dpi, dpi))
    else:
        image.save(path)
    return path


def _rendered_size(path: Path) -> tuple[int, int]:
    image = path.with_suffix(".pgm")
    ocr_engine.render_page(str(path), 0, 300, image)
    width, height = (int(v) for v in image.read_bytes().split(b"\n")[1].split())
    return width, height


def test_a_large_image_file_is_read_at_its_own_pixels(tmp_path: Path) -> None:
    """A 4,000 px PNG naming no resolution is 42 in wide to MuPDF (96 dpi): it is read as it is,
    not blown up to 300 dpi of that (7,476 px: the 40 MP cap); so is a photo's JPEG saying
    72 dpi."""
    assert _rendered_size(_png(tmp_path / "big.png", (4000, 2864))) == (4000, 2864)
    assert _rendered_size(_png(tmp_path / "photo.jpg", (4032, 3024), dpi=72)) == (4032, 3024)
    # a PDF page holding that image is read at 300 dpi of the page, as before
    pdf = pymupdf.open()
    pdf.new_page(width=3000, height=2148).insert_image(
        pymupdf.Rect(0, 0, 3000, 2148), filename=str(tmp_path / "big.png")
    )
    pdf.save(tmp_path / "big.pdf")
    width, _ = _rendered_size(tmp_path / "big.pdf")
    assert width > 7000


def test_a_small_image_file_is_still_read_at_300_dpi(tmp_path: Path) -> None:
    """A screenshot's 96 dpi page (816 x 1056 px, a letter page) has fewer pixels than a letter
    page at 300 dpi: enlarged to 300 dpi as before, its small type then tall enough to read."""
    assert _rendered_size(_png(tmp_path / "shot.png", (816, 1056))) == (2550, 3300)
    assert _rendered_size(_png(tmp_path / "scan.tif", (1700, 2200), dpi=200)) == (2550, 3300)


def test_a_large_image_file_without_a_resolution_is_read(library: Library, tmp_path: Path) -> None:
    """The words of a 400 dpi scan saved as a PNG that names no resolution: read, their boxes
    on the page MuPDF makes of it."""
    from PIL import Image

    pdf, truths = make_scan(tmp_path / "memo.pdf", [MEMO[:6]], size=(612, 792), dpi=400)
    pixmap = pymupdf.open(pdf)[0].get_pixmap(dpi=400, colorspace=pymupdf.csGRAY)
    png = tmp_path / "memo.png"
    Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples).save(png)
    assert "dpi" not in Image.open(png).info and _rendered_size(png) == (3400, 4400)
    doc_id = imported(library, png)
    assert ocr_documents(library, [doc_id]).ok == 1
    words = page_words(library, doc_id, 0)
    scale = 400 / 96  # the PNG's page: its pixels (400 dpi of the memo) at 96 dpi
    found = [
        w.text == text and on_word(pymupdf.Rect(w.x0, w.y0, w.x1, w.y1), rect * scale)
        for text, rect in truths[0]
        for w in words
    ]
    assert sum(found) >= 0.9 * len(truths[0])


def test_a_library_that_stops_the_run_keeps_and_reports_the_pages_read_before(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills (or the server goes) as the second of three pages is stored: the run
    stops with the library's reason (OcrStopped) and its report holds the page stored before,
    which keeps its new text; before, only the error came, that page's text stored unsaid."""
    pdf, _ = make_scan(tmp_path / "three.pdf", [MEMO[:1]] * 3, size=(300, 60), dpi=100)
    doc_id = imported(library, pdf)
    full = LibraryError(DISK_FULL)
    store, jobs = stores_then_fails(ocr._store, full)
    monkeypatch.setattr(ocr, "_store", store)
    with pytest.raises(ocr.OcrStopped, match="is full") as stopped:
        ocr_documents(library, [doc_id], "always", dpi=100)
    report = stopped.value.report
    assert stopped.value.reason is full and report.stopped_by is stopped.value
    stored = [job.page_id for job in jobs]
    assert [p.page_id for p in report.pages if p.status == "ok"] == stored
    with library.reading() as s:
        read = [
            p.id
            for p in s.scalars(select(Page).where(Page.document_id == doc_id))
            if p.active_text_layer_id is not None  # (a scan: no text but what OCR stored)
        ]
    assert read == stored


def _layer_dpi(library: Library, doc_id: int) -> int | None:
    with library.reading() as s:
        page = s.scalars(select(Page).where(Page.document_id == doc_id)).one()
        layer = s.get(TextLayer, page.active_text_layer_id)
        assert layer is not None
        return layer.dpi


def test_the_layer_records_the_resolution_the_page_was_read_at(
    library: Library, tmp_path: Path
) -> None:
    """Asked for 300 dpi, a poster is read at fewer (the pixel budget) and a large image file
    naming no resolution at its own pixels (96 dpi of the page MuPDF makes of it): the layer's
    ``dpi`` says so (until 2026-12-08 it said 300, what was asked); a letter page, 300."""
    poster = pymupdf.open()
    poster.new_page(width=4000, height=3000).set_rotation(90)
    poster.save(tmp_path / "poster.pdf")
    letter = pymupdf.open()
    letter.new_page(width=612, height=792)
    letter.save(tmp_path / "letter.pdf")
    docs = [
        imported(library, tmp_path / "poster.pdf"),
        imported(library, _png(tmp_path / "big.png", (4000, 2864))),
        imported(library, tmp_path / "letter.pdf"),
    ]
    assert ocr_documents(library, docs, "always", dpi=300).ok == 3
    zoom = 0.999 * (ocr_engine.MAX_PIXELS / (4000 * 3000)) ** 0.5
    assert [_layer_dpi(library, d) for d in docs] == [round(72 * zoom), 96, 300]
