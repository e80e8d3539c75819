"""A library in tmp_path holding a generated review document, and Qt pieces wired for tests:
synchronous workers (no waiting) and settings in a temporary INI file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.documents.ingest import import_paths
from app.core.documents.queries import DocumentSummary, document_summary
from app.core.library import Library
from app.ui.base.library_calls import LibraryCalls
from app.ui.base.settings import Settings
from app.ui.base.workers import TaskRunner
from app.ui.document.render_cache import PageRenderer, RenderCache
from tests.ui.helpers import make_review_pdf, review_library_doc_id

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow


# A team library's call the window makes on its thread other than through a marked function
# (app.core.calls) is an error here, where it is only logged for a person.
LibraryCalls.strict = True


@pytest.fixture(autouse=True)
def _calls_off_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """With REDLINE_TEST_CALLS_OFF_THREAD set, every window runs its library calls off its
    thread as on a team library, on a folder library too (tests/ui/test_calls_off_thread.py)."""
    if os.environ.get("REDLINE_TEST_CALLS_OFF_THREAD"):
        from app.ui.window.main_window import MainWindow

        monkeypatch.setattr(MainWindow, "calls_off_thread", True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def review_library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library")
    (tmp_path / "in").mkdir()
    outcomes = import_paths(lib, [make_review_pdf(tmp_path / "in" / "review-memo.pdf")])
    assert outcomes[0].ok, outcomes[0].message
    yield lib
    lib.close()


@pytest.fixture
def review_doc(review_library: Library) -> DocumentSummary:
    return document_summary(review_library, review_library_doc_id(review_library))


@pytest.fixture
def sync_runner(qapp: QApplication) -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def renderer(review_library: Library, sync_runner: TaskRunner) -> PageRenderer:
    return PageRenderer(review_library, sync_runner, RenderCache(64 * 1024 * 1024))


@pytest.fixture
def tools_window(qtbot: QtBot, review_library: Library, settings: Settings) -> MainWindow:
    """The main window with synchronous workers, showing the review document."""
    from app.ui.window.main_window import MainWindow

    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(review_library_doc_id(review_library))
    return window
