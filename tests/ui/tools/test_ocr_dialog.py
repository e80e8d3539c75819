"""Tools > OCR (a page, a document, the library), the OCR language setting, and attaching a
companion text; each runs as a job with a report and the view shows the result."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.core.errors import LibraryError
from app.core.ocr.run import OcrReport, OcrStopped, PageOutcome
from app.core.wording import translate
from app.ui.base import settings as S
from app.ui.base.job_dialog import JobDialog
from app.ui.tools import ocr_dialog
from app.ui.tools.ocr_dialog import attach_text, describe_ocr, ocr_in
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import scan_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no Tesseract")


def _action(window: MainWindow, menu: str, text: str) -> QAction:
    [action] = [a for a in window._menus[menu].actions() if a.text() == text]
    return action


@pytest.mark.slow
@needs_tesseract
def test_ocr_this_page_from_the_tools_menu(qtbot: QtBot, tools_window: MainWindow) -> None:
    view = tools_window.document_view
    view.last_page()  # the scan-like page without text
    assert view.page_text is not None and view.page_text.text == ""
    _action(tools_window, "&Tools", "OCR this &page").trigger()
    [dialog] = tools_window.findChildren(JobDialog)
    assert dialog.label.text() == "Done.", dialog.report.toPlainText()
    assert dialog.report.toPlainText().startswith("1 page read")
    assert view.index == 3 and view.page_text.text.strip()  # the view shows what OCR found
    assert view.page.needs_ocr is False  # type: ignore[union-attr]
    assert tools_window.layer_switcher.combo.currentText().startswith("Tesseract OCR")


@pytest.mark.slow
@needs_tesseract
def test_ocr_the_library_reads_only_pages_without_text(
    qtbot: QtBot, tools_window: MainWindow, tmp_path: Path
) -> None:
    tools_window.import_paths([scan_pdf(tmp_path / "scan.pdf", "COURIER ARRIVED")])
    dialog = ocr_in(tools_window, "library")
    assert dialog is not None
    assert dialog.label.text() == "Done.", dialog.report.toPlainText()
    assert dialog.report.toPlainText().startswith("2 pages read")  # one in each document
    assert dialog.bar.value() == dialog.bar.maximum()
    again = ocr_in(tools_window, "document")
    assert again is not None
    assert again.report.toPlainText().startswith(ocr_dialog.NOTHING_TO_OCR)
    assert [b.text() for b in again.buttons.buttons()].count(ocr_dialog.OCR_AGAIN) == 1


def test_a_document_that_needs_no_ocr_can_be_ocred_again(
    qtbot: QtBot, tools_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    modes: list[str] = []

    def ocr_documents(lib: object, docs: list[int], mode: str, **_: object) -> OcrReport:
        modes.append(mode)
        return OcrReport() if mode == "auto" else OcrReport([PageOutcome(1, 0, "ok", words=9)])  # type: ignore[arg-type]

    monkeypatch.setattr(ocr_dialog, "ocr_documents", ocr_documents)
    first = ocr_in(tools_window, "document")
    assert first is not None and modes == ["auto"]
    [again] = [b for b in first.buttons.buttons() if b.text() == ocr_dialog.OCR_AGAIN]
    assert "text-layer switcher" in first.report.toPlainText()
    again.click()
    assert modes == ["auto", "always"] and not first.isVisible()
    second = [d for d in tools_window.findChildren(JobDialog) if d is not first and d.isVisible()]
    assert len(second) == 1 and second[0].report.toPlainText().startswith("1 page read, 9 words")
    assert not [b for b in second[0].buttons.buttons() if b.text() == ocr_dialog.OCR_AGAIN]


def test_ocr_report_lists_failures_and_orphans() -> None:
    report = OcrReport(
        pages=[
            PageOutcome(1, 0, "ok", words=12, orphaned_annotations=2),  # type: ignore[arg-type]
            PageOutcome(2, 1, "failed", "Tesseract timed out"),  # type: ignore[arg-type]
            PageOutcome(3, 2, "cancelled"),  # type: ignore[arg-type]
        ]
    )
    text = describe_ocr(report)
    assert text.startswith("1 page read, 12 words; 1 page failed; 1 page not done (cancelled).")
    assert "2 annotations could not be found" in text and "page 2: Tesseract timed out" in text


def test_a_run_nobody_cancelled_says_only_what_happened() -> None:
    """It ended "11 pages read, 2293 words; 0 failed, 0 not done (cancelled).": the noughts
    read as if something might have gone wrong."""
    ok = [PageOutcome(i, i, "ok", words=200) for i in range(11)]  # type: ignore[arg-type]
    assert describe_ocr(OcrReport(pages=ok)) == "11 pages read, 2200 words."
    failed = PageOutcome(20, 11, "failed", "Tesseract timed out")  # type: ignore[arg-type]
    assert describe_ocr(OcrReport(pages=[*ok, failed])).startswith(
        "11 pages read, 2200 words; 1 page failed.\n"
    )


def test_the_progress_names_the_document_and_moves_once_a_page_ends(
    qtbot: QtBot, tools_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "OCR: 0 of 63" sat at 0 % for seconds with no document named: the first pages take
    seconds, and the core counts pages as they end."""
    seen: list[tuple[str, int, int]] = []

    def ocr_documents(lib: object, docs: list[int], mode: str, **options: Any) -> OcrReport:
        [dialog] = tools_window.findChildren(JobDialog)
        for done in (0, 1):
            options["progress"](done, 63)
            seen.append((dialog.label.text(), dialog.bar.value(), dialog.bar.maximum()))
        return OcrReport([PageOutcome(1, 0, "ok", words=9)])  # type: ignore[arg-type]

    monkeypatch.setattr(ocr_dialog, "ocr_documents", ocr_documents)
    title = "review-memo"  # (the file's name)
    assert ocr_in(tools_window, "document") is not None
    assert seen[0][0] == f"OCR: 0 of 63 — reading {title}" and seen[0][2] == 0  # (busy)
    assert seen[1] == (f"OCR: 1 of 63 — reading {title}", 1, 63)


def test_attaching_another_documents_text_says_so(
    qtbot: QtBot, tools_window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "recipe.txt"
    other.write_text("Preheat the oven, butter a shallow dish and whisk four eggs with cream.\n")
    tools_window.settings.set(S.OCR_LANGUAGE, "eng")
    dialog = attach_text(tools_window, [str(other)])
    assert dialog is not None
    assert dialog.label.text() == "Done.", dialog.report.toPlainText()
    assert dialog.report.toPlainText().startswith(
        "Few of the text's words were found on the scan: it may be another document's text.\n"
    )


def test_attach_companion_text(qtbot: QtBot, tools_window: MainWindow, tmp_path: Path) -> None:
    from tests.ui.helpers import PAGE_TEXTS

    companion = tmp_path / "ocr.txt"
    garbled = PAGE_TEXTS[0].replace("courier", "c0urier") + "\n\f" + PAGE_TEXTS[1]
    companion.write_text(garbled + "\n\fXQZV WWKJ PLORT\n", encoding="utf-8")
    tools_window.settings.set(S.OCR_LANGUAGE, "eng")
    dialog = attach_text(tools_window, [str(companion)])
    assert dialog is not None
    assert dialog.label.text() == "Done.", dialog.report.toPlainText()
    report = dialog.report.toPlainText()
    assert report.startswith("23 of 26 words of the text placed on the scan")
    assert "1 span could not be placed:\n  page 2: XQZV WWKJ PLORT" in report
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Close).isHidden()
    switcher = tools_window.layer_switcher
    assert switcher.combo.count() == 2 and switcher.isEnabled()  # pdf text + the companion
    assert switcher.combo.itemText(1).startswith("text file · ")


def test_an_ocr_run_the_library_stopped_says_why_and_what_it_kept(
    qtbot: QtBot, tools_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library stops the run (the server gone): the report says why, in the window's
    words, and that the pages read before it keep their new text, then counts them — not an
    error dialog that hid them."""

    def ocr_documents(lib: object, docs: list[int], mode: str, **_: object) -> OcrReport:
        done = OcrReport([PageOutcome(1, 0, "ok", words=9)])  # type: ignore[arg-type]
        gone = LibraryError(
            translate("Redline", "The server holding {location} cannot be reached ({reason}).")
            .format(location="postgresql://archive/cables", reason="connection refused")
        )  # fmt: skip
        raise OcrStopped(gone, done)

    monkeypatch.setattr(ocr_dialog, "ocr_documents", ocr_documents)
    dialog = ocr_in(tools_window, "library")
    assert dialog is not None
    assert dialog.report.toPlainText().startswith(
        "The server holding postgresql://archive/cables cannot be reached (connection refused).\n"
        "Stopped: the pages read before it keep their new text.\n"
        "1 page read, 9 words."
    ), dialog.report.toPlainText()
    assert dialog.label.text() == "Stopped."
