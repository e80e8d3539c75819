"""Helpers for the window tests: the review document, a window on it, an OCR layer, scans."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core.ids import DocumentId, PageId, TextLayerId
from app.core.library import Library
from app.ui.base.settings import Settings
from app.ui.document.render_cache import PRIORITY_PAGE, PageRenderer, RenderKey
from app.ui.window.main_window import MainWindow
from tests.builders import make_image_only_pdf

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


def review_library_doc_id(lib: Library) -> DocumentId:
    from app.core.documents.queries import list_documents

    return list_documents(lib)[0].id


def add_ocr_layer(lib: Library, page_id: PageId, words: list[tuple[str, float]]) -> TextLayerId:
    """Make a Tesseract-like layer the page's active one: ``words`` (text, confidence) on a line."""
    from app.core.changelog import utcnow
    from app.core.documents.textlayer import RawWord, insert_text_layer, set_active_layer

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


def make_window(qtbot: QtBot, lib: Library, settings: Settings, **kw: bool) -> MainWindow:
    window = MainWindow(lib, settings, synchronous=kw.get("synchronous", True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Window shortcuts only fire in the active window."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def scan_pdf(path: Path, text: str) -> Path:
    """One image-only page with large, clean type: a scan Tesseract can read."""
    img = Image.new("L", (1700, 2200), 255)
    ImageDraw.Draw(img).text((150, 300), text, fill=0, font=ImageFont.load_default(size=90))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, stream=buf.getvalue())
    doc.save(path)
    doc.close()
    return path


def main_dialogs(window: MainWindow) -> Iterator[QDialog]:
    """The window's dialogs, each made (some shown) in turn: export, settings, metadata, about,
    shortcuts, help, tags, the error dialog, the five annotation forms and File › Open
    library's progress."""
    from app.core.errors import RedlineError
    from app.ui.annotating.editor import AnnotationDialog
    from app.ui.annotating.tag_manager import TagManager
    from app.ui.tools.about_dialog import show_about
    from app.ui.tools.error_dialog import ErrorDialog
    from app.ui.tools.export_dialog import ExportDialog
    from app.ui.tools.help_browser import show_help
    from app.ui.tools.metadata_dialog import edit_metadata
    from app.ui.tools.settings_dialog import edit_settings
    from app.ui.tools.shortcuts_dialog import show_shortcuts

    yield ExportDialog(window.lib, window.document_id, window, window.settings)
    yield edit_settings(window)
    dialog = edit_metadata(window)
    assert dialog is not None
    yield dialog
    yield show_about(window)
    yield show_shortcuts(window.menuBar(), window)
    yield show_help(window, "scan", None)
    yield TagManager(window.annotating, window)
    yield ErrorDialog(RedlineError("a test"), None, window)
    tags = window.page_annotations.tags
    for kind in ("correction", "tag", "marking", "redaction", "note"):
        yield AnnotationDialog(kind, quote="SECRET", tags=tags, parent=window)
    yield upgrading_dialog(window)


def upgrading_dialog(window: MainWindow) -> QDialog:
    """File › Open library's progress, as it is while an older library is upgraded."""
    from app.ui.window.folder_library import FolderOpening

    dialog = FolderOpening(window, window.lib.root)
    dialog.describe(Path.home() / "Archives" / "cables-1975-library", upgrading=True)
    return dialog
