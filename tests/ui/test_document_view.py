"""Opening a document, flipping pages, zooming, and word linking on a generated page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.documents import DocumentSummary
from app.core.library import Library
from app.ui.document_view import DocumentView
from app.ui.render_cache import PageRenderer
from app.ui.workers import TaskRunner


def _view(qtbot: QtBot, lib: Library, renderer: PageRenderer, runner: TaskRunner) -> DocumentView:
    view = DocumentView(lib, renderer, runner)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_opening_shows_page_one_with_text_and_pixels(
    qtbot: QtBot, review_library, review_doc: DocumentSummary, renderer, sync_runner
) -> None:
    view = _view(qtbot, review_library, renderer, sync_runner)
    view.open_document(review_doc)
    assert view.index == 0
    assert "courier arrived in Vienna" in view.text_pane.toPlainText()
    assert view.is_settled()
    assert view.page_view.pixmap_zoom > 0
