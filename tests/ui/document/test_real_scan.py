"""Word linking on real scans from ../shared/data: a CIA bulletin with its own OCR text layer,
and the USDA letter stored landscape with /Rotate 270. Skipped when the folder is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.annotating.page_content import read_page
from app.core.documents.ingest import import_paths
from app.core.documents.queries import DocumentSummary, PageInfo, document_summary
from app.core.documents.render import PageGeometry, render_page
from app.core.library import Library
from app.ui.base.workers import TaskRunner
from tests.builders import SHARED_SCANS
from tests.ui.document.helpers import hover, make_view

CIA = SHARED_SCANS / "cia-cib-03175207.pdf"
ROTATED = SHARED_SCANS / "usda-foia-referral-rotated.pdf"
pytestmark = [
    pytest.mark.acceptance,
    pytest.mark.skipif(not CIA.exists(), reason=f"real scans not found at {SHARED_SCANS}"),
]


@pytest.fixture
def scan_library(tmp_path: Path) -> Library:
    lib = Library.open(tmp_path / "lib")
    assert all(o.ok for o in import_paths(lib, [CIA, ROTATED]))
    return lib


def _doc(lib: Library, name: str) -> DocumentSummary:
    from app.core.documents.queries import list_documents

    return document_summary(lib, next(r.id for r in list_documents(lib) if r.title == name))


def test_words_link_both_ways_on_page_2_of_the_cia_bulletin(
    qtbot: QtBot, scan_library: Library, sync_runner: TaskRunner
) -> None:
    from app.ui.document.render_cache import PageRenderer, RenderCache

    renderer = PageRenderer(scan_library, sync_runner, RenderCache(256 << 20))
    view = make_view(qtbot, scan_library, renderer, sync_runner)
    view.open_document(_doc(scan_library, "cia-cib-03175207"), 1)
    assert view.page_text is not None
    text = view.page_text.text
    word = next(w for w in view.page_text.words if text[w.start : w.end] == "Communists")
    # scan → text
    rect = view.page_view.word_rect(word.seq)
    assert rect is not None
    view.page_view.centerOn(rect.center())
    point = view.page_view.mapFromScene(rect.center())
    qtbot.mouseClick(view.page_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.text_pane.textCursor().selectedText() == "Communists"
    # text → scan
    other = next(w for w in view.page_text.words if text[w.start : w.end] == "Czech")
    cursor = view.text_pane.textCursor()
    cursor.setPosition(other.start + 1)
    view.text_pane.setTextCursor(cursor)
    view.text_pane.ensureCursorVisible()
    hover(view.text_pane.viewport(), view.text_pane.cursorRect(cursor).center())
    focus = view.page_view._focus
    other_rect = view.page_view.word_rect(other.seq)
    assert focus.isVisible() and other_rect is not None
    assert focus.rect().contains(other_rect)


def test_word_boxes_sit_on_ink_in_the_cia_bulletin(scan_library: Library) -> None:
    summary = _doc(scan_library, "cia-cib-03175207")
    assert _ink_share(scan_library, summary, summary.pages[1]) > 0.9


def test_the_rotated_letter_is_shown_upright(
    qtbot: QtBot, scan_library: Library, sync_runner: TaskRunner
) -> None:
    from app.ui.document.render_cache import PageRenderer, RenderCache

    renderer = PageRenderer(scan_library, sync_runner, RenderCache(256 << 20))
    view = make_view(qtbot, scan_library, renderer, sync_runner)
    view.open_document(_doc(scan_library, "usda-foia-referral-rotated"))
    page = view.page
    assert page is not None and page.rotation == 270 and page.width > page.height
    scene = view.page_view.sceneRect()
    assert scene.height() > scene.width()  # stored landscape, shown portrait
    assert view.text_pane.placeholderText().startswith("This page has no text")


def _ink_share(lib: Library, summary: DocumentSummary, page: PageInfo) -> float:
    """The share of the page's words whose box has ink in it on the scan (a word without a box
    counts as one without ink)."""

    img = render_page(lib, summary.source_sha256, page.index, 2.0)
    pixels = np.frombuffer(img.samples, np.uint8).reshape(img.height, img.stride)
    geometry = PageGeometry(page.width, page.height, page.rotation)
    words = read_page(lib, page.id).text.words
    inked = 0
    for w in words:
        if w.box is None:
            continue
        x0, y0, x1, y1 = (round(v * img.zoom) for v in geometry.to_display(w.box))
        cut = pixels[y0:y1, x0 * 3 : x1 * 3]
        inked += bool(cut.size) and bool((cut < 110).any())
    return inked / max(len(words), 1)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_ocr_word_boxes_sit_on_ink_on_the_page_with_rotate_270(scan_library: Library) -> None:
    from app.core.ocr.run import ocr_pages

    summary = _doc(scan_library, "usda-foia-referral-rotated")
    page = summary.pages[0]
    report = ocr_pages(scan_library, [page.id])
    assert report.ok == 1
    assert _ink_share(scan_library, summary, page) > 0.9
