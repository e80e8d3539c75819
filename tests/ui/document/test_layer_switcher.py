"""The text-layer switcher: lists the page's layers, switches the active one in a worker, and the
view shows the chosen text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.annotating.page_content import read_page
from app.core.documents.queries import LayerInfo
from app.core.ids import TextLayerId
from app.ui.document.layer_switcher import layer_name
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import PAGE_TEXTS, add_ocr_layer


def test_switch_back_to_the_pdf_text(qtbot: QtBot, tools_window: MainWindow) -> None:
    view, switcher = tools_window.document_view, tools_window.layer_switcher
    assert view.page is not None
    page_id = view.page.id
    # One layer: nothing to switch to, yet not greyed out (it reads as broken); the tooltip
    # says how to get another.
    assert switcher.combo.count() == 1 and switcher.isEnabled() and switcher.combo.isEnabled()
    assert "adds another" in switcher.combo.toolTip()
    add_ocr_layer(tools_window.lib, page_id, [("Memorandum", 91.0), ("f0r", 40.0)])
    tools_window.refresh()
    assert view.text_pane.toPlainText() == "Memorandum f0r"
    assert switcher.isEnabled() and switcher.combo.count() == 2
    assert "choose another" in switcher.combo.toolTip()
    assert switcher.combo.currentIndex() == 1
    assert switcher.combo.currentText().startswith("Tesseract OCR")  # (its library name: tip)
    assert switcher.combo.itemData(1, Qt.ItemDataRole.ToolTipRole).startswith("tesseract")
    switcher.combo.setCurrentIndex(0)
    switcher.combo.activated.emit(0)  # the person picks the PDF's own text
    assert read_page(tools_window.lib, page_id).text.source == "pdf-text-layer"
    assert view.text_pane.toPlainText().split() == PAGE_TEXTS[0].split()
    assert switcher.combo.currentIndex() == 0
    assert switcher.combo.currentText() == "PDF text (11 words)"
    assert "Text layer switched" in tools_window.current_message()


def test_the_switcher_follows_the_page(qtbot: QtBot, tools_window: MainWindow) -> None:
    view, switcher = tools_window.document_view, tools_window.layer_switcher
    view.last_page()  # no text layer at all
    assert switcher.combo.count() == 0 and not switcher.isEnabled()
    view.first_page()
    assert switcher.combo.count() == 1 and switcher.layers[0].active


def test_a_layer_is_named_as_a_historian_would_name_it() -> None:
    def named(source: str, engine: str | None, language: str | None, file: str | None) -> str:
        return layer_name(LayerInfo(TextLayerId(1), source, engine, language, 9, False, file))

    assert named("pdf-text-layer", "pymupdf", None, None) == "PDF text"
    assert named("tesseract", "tesseract", "eng+deu", None) == "Tesseract OCR · eng+deu"
    assert (
        named("imported-alto", "ABBYY", "eng", "p0004.xml") == "ALTO file · ABBYY · eng · p0004.xml"
    )
    assert named("imported-text", "companion-text", None, "memo.txt") == "text file · memo.txt"
    assert named("future-source", "x", None, None) == "future-source · x"  # (as the library says)
