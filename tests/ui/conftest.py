"""A library in tmp_path holding a generated review document, and Qt pieces wired for tests:
synchronous workers (no waiting) and settings in a temporary INI file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pymupdf
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.documents import DocumentSummary, document_summary
from app.core.ids import DocumentId
from app.core.ingest import import_paths
from app.core.library import Library
from app.ui.render_cache import PRIORITY_PAGE, PageRenderer, RenderCache, RenderKey
from app.ui.settings import Settings
from app.ui.workers import TaskRunner
from tests.builders import make_image_only_pdf

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

PAGE_TEXTS = (
    "Memorandum for the record. The courier arrived in Vienna on Tuesday.",
    "Second page: the station reports no contact with the courier since March.",
    "Third page, turned sideways: budget figures for the Vienna station.",
)


def make_review_pdf(path: Path) -> Path:
    """Three text pages (the third with /Rotate 90) and one scan-like page without text."""
    doc = pymupdf.open()
    for i, text in enumerate(PAGE_TEXTS):
        page = doc.new_page(width=612, height=792)
        page.insert_textbox(pymupdf.Rect(72, 72, 540, 720), text, fontsize=14)
        if i == 2:
            page.set_rotation(90)
    scan = pymupdf.open(make_image_only_pdf(path.with_name("scan-part.pdf")))
    doc.insert_pdf(scan)
    doc.save(path)
    doc.close()
    return path


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


def review_library_doc_id(lib: Library) -> DocumentId:
    from app.core.documents import list_documents

    return list_documents(lib)[0].id


@pytest.fixture
def sync_runner(qapp: QApplication) -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def renderer(review_library: Library, sync_runner: TaskRunner) -> PageRenderer:
    return PageRenderer(review_library, sync_runner, RenderCache(64 * 1024 * 1024))


@pytest.fixture
def tools_window(qtbot: QtBot, review_library: Library, settings: Settings) -> MainWindow:
    """The main window with synchronous workers, showing the review document."""
    from app.ui.main_window import MainWindow

    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(review_library_doc_id(review_library))
    return window


def add_ocr_layer(lib: Library, page_id: int, words: list[tuple[str, float]]) -> int:
    """Make a Tesseract-like layer the page's active one: ``words`` (text, confidence) on a line."""
    from app.core.changelog import utcnow
    from app.core.textlayer import RawWord, insert_text_layer, set_active_layer

    raw = [
        RawWord(t, 72 + 70 * i, 100, 132 + 70 * i, 116, 0, 0, i, conf)
        for i, (t, conf) in enumerate(words)
    ]
    with lib.transaction() as s:
        conn = s.connection()
        layer_id, text = insert_text_layer(
            conn, page_id, raw, source="tesseract", created_at=utcnow(), engine="tesseract"
        )
        set_active_layer(conn, page_id, layer_id, text)
    return layer_id


def record_requests(monkeypatch: pytest.MonkeyPatch, renderer: PageRenderer) -> list[RenderKey]:
    """Every render the view asks ``renderer`` for, in order (the requests still go through)."""
    asked: list[RenderKey] = []
    request = renderer.request

    def spy(key: RenderKey, priority: int = PRIORITY_PAGE, *, area: float = 0.0) -> QPixmap | None:
        asked.append(key)
        return request(key, priority, area=area)

    monkeypatch.setattr(renderer, "request", spy)
    return asked
