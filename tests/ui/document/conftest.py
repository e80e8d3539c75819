"""Fixtures of the document view tests."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.documents.queries import DocumentSummary
from app.core.library import Library
from app.ui.base.workers import TaskRunner
from app.ui.document.document_view import DocumentView
from app.ui.document.render_cache import PageRenderer
from tests.ui.document.helpers import make_view


@pytest.fixture
def view(
    qtbot: QtBot,
    review_library: Library,
    review_doc: DocumentSummary,
    renderer: PageRenderer,
    sync_runner: TaskRunner,
) -> DocumentView:
    """A document view with synchronous workers, showing page 1 of the review document."""
    shown = make_view(qtbot, review_library, renderer, sync_runner)
    shown.open_document(review_doc)
    return shown
