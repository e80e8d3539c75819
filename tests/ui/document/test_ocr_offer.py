"""A page without text offers OCR; running it shows the text it found."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary
from app.core.library import Library
from app.ui.base.workers import TaskRunner
from app.ui.document.document_view import DocumentView
from app.ui.document.render_cache import PageRenderer, RenderCache
from tests.ui.document.helpers import make_view
from tests.ui.helpers import scan_pdf


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_ocr_from_the_text_pane(
    qtbot: QtBot, library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    outcome = import_file(library, scan_pdf(tmp_path / "scan.pdf", "COURIER ARRIVED"))
    assert outcome.document_id is not None
    renderer = PageRenderer(library, sync_runner, RenderCache(64 << 20))
    view = make_view(qtbot, library, renderer, sync_runner)
    view.open_document(document_summary(library, outcome.document_id))
    offer = view.ocr_offer
    assert offer.isVisible() and offer.button.isEnabled()
    assert view.text_pane.toPlainText() == ""
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    assert "COURIER" in view.text_pane.toPlainText().upper()
    assert not offer.isVisible()  # the page has text now
    assert view.page_view.word_rect(0) is not None  # and its words have boxes on the scan


def test_a_page_with_text_offers_nothing(qtbot: QtBot, view: DocumentView) -> None:
    assert not view.ocr_offer.isVisible()
    view.last_page()  # the scan-like page without text
    assert view.ocr_offer.isVisible() and view.ocr_offer.page_id == view.page.id  # type: ignore[union-attr]


def test_a_narrow_offer_puts_its_button_under_its_words(qtbot: QtBot, view: DocumentView) -> None:
    """Side by side the words wrapped to one a line and the button's text was cut (German, in
    a window 1000 px wide): under them, where the two do not fit whole side by side; and a long
    reason wraps over as many lines as it needs, none cut (a grid of fixed height cut it)."""
    view.last_page()
    offer = view.ocr_offer
    whole = offer.button.sizeHint().width()
    offer.resize(whole + 10, offer.height())
    assert not offer.side_by_side()
    offer.resize(3 * whole, offer.height())
    assert offer.side_by_side()
    narrow = whole + 10
    offer.resize(narrow, offer.height())
    offer._say("OCR failed: " + "a reason that runs long " * 6)
    assert not offer.side_by_side()
    view.resize(narrow + view.width() - view.text_pane.width(), view.height())
    offer.setFixedWidth(narrow)
    qtbot.waitUntil(lambda: offer.label.height() >= offer.label.heightForWidth(offer.label.width()))
    assert offer.label.heightForWidth(offer.label.width()) > 3 * offer.label.fontMetrics().height()


def test_a_read_only_library_says_why_it_offers_nothing(
    qtbot: QtBot, library: Library, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    from app.ui.document.ocr_offer import OcrOffer

    outcome = import_file(library, scan_pdf(tmp_path / "scan.pdf", "COURIER"))
    assert outcome.document_id is not None
    page = document_summary(library, outcome.document_id).pages[0]
    library.close()
    with Library.open(library.root, read_only=True) as read_only:
        offer = OcrOffer(read_only, sync_runner)
        qtbot.addWidget(offer)
        offer.offer(page.id)
        assert offer.label.text() == "No text on this page (the library is read-only)."
        assert not offer.button.isEnabled()
