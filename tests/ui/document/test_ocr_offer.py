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
