"""The text-layer switcher: lists the page's layers, switches the active one in a worker, and the
view shows the chosen text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.annotating.page_content import read_page
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
    assert switcher.combo.currentIndex() == 1 and "tesseract" in switcher.combo.currentText()
    switcher.combo.setCurrentIndex(0)
    switcher.combo.activated.emit(0)  # the person picks the PDF's own text
    assert read_page(tools_window.lib, page_id).text.source == "pdf-text-layer"
    assert view.text_pane.toPlainText().split() == PAGE_TEXTS[0].split()
    assert switcher.combo.currentIndex() == 0 and "pdf-text-layer" in switcher.combo.currentText()
    assert "Text layer switched" in tools_window.current_message()


def test_the_switcher_follows_the_page(qtbot: QtBot, tools_window: MainWindow) -> None:
    view, switcher = tools_window.document_view, tools_window.layer_switcher
    view.last_page()  # no text layer at all
    assert switcher.combo.count() == 0 and not switcher.isEnabled()
    view.first_page()
    assert switcher.combo.count() == 1 and switcher.layers[0].active
