"""ALTO, PAGE and hOCR in the window: File > Export offers them (a folder, a resolution, the
images), and Tools > Attach OCR text takes the files back, onto the page on screen when they hold
fewer pages than the document."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.exchange.common import ExportScope
from app.core.library import Library
from app.ui.base.workers import TaskRunner
from app.ui.tools.export_dialog import ExportDialog
from app.ui.tools.export_request import ExportRequest, start_export
from app.ui.tools.ocr_dialog import attach_text
from app.ui.window.main_window import MainWindow


def _choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_form_offers_the_ocr_formats(qtbot: QtBot, review_library: Library) -> None:
    dialog = ExportDialog(review_library, 1)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.dpi.isHidden() and dialog.images.isHidden()
    for fmt in ("alto", "page", "hocr"):
        _choose(dialog.format, fmt)
        assert dialog.dpi.isVisible() and dialog.images.isVisible()
        assert dialog._wants_folder()
    dialog.dpi.setValue(150)
    dialog.images.setChecked(True)
    dialog.path.setText("/tmp/out")
    request = dialog.request()
    assert (request.format, request.dpi, request.images) == ("hocr", 150, True)
    _choose(dialog.format, "json")
    assert dialog.dpi.isHidden()


@pytest.mark.parametrize("fmt", ["alto", "page", "hocr"])
def test_export_then_attach_back_in_the_window(
    qtbot: QtBot, tools_window: MainWindow, sync_runner: TaskRunner, tmp_path: Path, fmt: str
) -> None:
    lib = tools_window.lib
    request = ExportRequest(fmt, ExportScope(), tmp_path / "out", dpi=200)
    job = start_export(lib, request, sync_runner)
    qtbot.addWidget(job)
    assert job.label.text() == "Done.", job.report.toPlainText()
    assert "1 document, 4 pages" in job.report.toPlainText()
    (folder,) = (tmp_path / "out").iterdir()
    dialog = attach_text(tools_window, [str(folder)])
    assert dialog is not None
    report = dialog.report.toPlainText()
    assert dialog.label.text() == "Done.", report
    assert "on 4 pages, with their own boxes" in report
    assert "page 1:" in report and "(a new layer: choose it" in report
    switcher = tools_window.layer_switcher
    names = {"alto": "ALTO file", "page": "PAGE XML file", "hocr": "hOCR file"}
    offered = [switcher.combo.itemText(i) for i in range(switcher.combo.count())]
    assert any(t.startswith(f"{names[fmt]} · ") for t in offered), offered


def test_one_page_file_goes_on_the_page_on_screen(
    qtbot: QtBot, tools_window: MainWindow, sync_runner: TaskRunner, tmp_path: Path
) -> None:
    lib = tools_window.lib
    job = start_export(lib, ExportRequest("alto", ExportScope(), tmp_path / "out"), sync_runner)
    qtbot.addWidget(job)
    (folder,) = (tmp_path / "out").iterdir()
    tools_window.document_view.show_page(1)
    dialog = attach_text(tools_window, [str(folder / "p0002.alto.xml")])
    assert dialog is not None and "page 2: p0002.alto.xml" in dialog.report.toPlainText()
    combo = tools_window.layer_switcher.combo  # the layer says which file it came from
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert any(t.startswith("ALTO file · ") and " · p0002.alto.xml (" in t for t in offered)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None


def test_a_bad_file_fails_with_one_line(
    qtbot: QtBot, tools_window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<alto xmlns='urn:not-alto'/>", encoding="utf-8")
    dialog = attach_text(tools_window, [str(bad)])
    assert dialog is not None and dialog.label.text() == "Failed."
    assert (
        dialog.report.toPlainText() == "bad.xml: <alto> in namespace 'urn:not-alto' is not ALTO 2-4"
    )
