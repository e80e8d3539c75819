"""Publishing from the window: "leave visible in publications" in the redaction's editor and list
(explicit, visible, undoable), the question when redaction proposals wait (review them first /
publish without them), the PDF options, and the report."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.core.annotating import annotation_listing
from app.core.annotating import annotations as A
from app.core.annotating.records import Region
from app.core.library import Library
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.menus import fill_record_menu
from app.ui.base import settings as S
from app.ui.base.job_dialog import JobDialog
from app.ui.document.annotation_style import describe, region_brush
from app.ui.tools import export_start
from app.ui.tools.export_dialog import ExportDialog
from app.ui.window.main_window import MainWindow
from tests.ui.annotating.helpers import open_window
from tests.ui.helpers import review_library_doc_id

BOX = Region(72, 72, 120, 24)  # over "Memorandum for the record" on the first page


def test_the_editor_offers_leave_visible_and_keeps_the_detectors_measure(qtbot: QtBot) -> None:
    dialog = AnnotationDialog("redaction", body={"exemptions": ["B6"], "share": 0.2})
    qtbot.addWidget(dialog)
    assert not dialog.leave_visible.isChecked()
    assert dialog.body() == {"exemptions": ["B6"], "share": 0.2}
    dialog.leave_visible.setChecked(True)
    assert dialog.body() == {"exemptions": ["B6"], "share": 0.2, "leave_visible": True}
    again = AnnotationDialog("redaction", body=dialog.body())
    qtbot.addWidget(again)
    assert again.leave_visible.isChecked()


def _redaction(window: MainWindow, lib: Library) -> str:
    page = window.document_view.page
    assert page is not None
    change = A.create_annotation(
        lib, page.id, "redaction", body={"exemptions": ["B6"]}, author="Ada", region=BOX
    )
    window.document_view.read_again()
    return change.uuid


def test_leave_visible_from_the_list_menu_shows_and_undoes(
    qtbot: QtBot, review_library: Library, settings: S.Settings
) -> None:
    window = open_window(qtbot, review_library, settings)
    uuid = _redaction(window, review_library)
    qtbot.waitUntil(lambda: window.annotation_list.model.rowCount() == 1)
    menu = QMenu()
    fill_record_menu(
        window.annotations, menu, [annotation_listing.get_annotation(review_library, uuid)]
    )
    [toggle] = [a for a in menu.actions() if a.text() == "Leave visible in publications"]
    assert toggle.isCheckable() and not toggle.isChecked()
    toggle.trigger()
    rec = annotation_listing.get_annotation(review_library, uuid)
    assert rec.body.get("leave_visible") is True
    row = window.annotation_list.model.index(0, 3).data()
    assert "left visible in publications" in row and "left visible" in describe(rec, {})
    assert region_brush(rec, window.palette().text().color()).style().name == "NoBrush"
    page = window.document_view.page
    assert page is not None  # beside it, a redaction burned in: each keeps its own look
    other = A.create_annotation(review_library, page.id, "redaction", body={"exemptions": []},
                                author="Ada", region=Region(72, 400, 100, 20))  # fmt: skip
    window.document_view.read_again()
    qtbot.waitUntil(lambda: window.page_annotations.overlay.look_of(other.uuid) is not None)
    looks = window.page_annotations.overlay
    for_visible, for_burned = looks.look_of(uuid), looks.look_of(other.uuid)
    assert for_visible is not None and for_burned is not None
    assert for_visible[1].style().name == "NoBrush" and for_burned[1].style().name != "NoBrush"
    assert window.annotations.stack.undoText() == "Leave redaction visible"
    window.annotations.stack.undo()
    assert "leave_visible" not in annotation_listing.get_annotation(review_library, uuid).body
    qtbot.waitUntil(lambda: "left visible" not in window.annotation_list.model.index(0, 3).data())


def _fill_pdf(monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    def fill(dialog: ExportDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.scope.setCurrentIndex(dialog.scope.findData("document"))
        assert dialog.fill.isVisibleTo(dialog) and dialog.print_codes.isChecked()
        dialog.path.setText(str(out))
        dialog.accept()  # (at OK the form counts the proposals nobody decided)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", fill)


def _export(window: MainWindow) -> None:
    [action] = [a for a in window._menus["&File"].actions() if a.text() == "&Export…"]
    action.trigger()


def _proposal(lib: Library, window: MainWindow, page_index: int) -> str:
    summary = window.document_view.summary
    assert summary is not None
    change = A.create_annotation(
        lib, summary.pages[page_index].id, "redaction", body={"exemptions": []}, author="",
        region=Region(72, 300, 100, 20), status="proposed", origin="detector", rule_id="box",
    )  # fmt: skip
    return change.uuid


def test_pending_proposals_the_window_asks_and_review_first_shows_them(
    qtbot: QtBot, tools_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = tools_window.lib
    tools_window.settings.set(S.AUTHOR, "Ada")
    _redaction(tools_window, lib)
    proposal = _proposal(lib, tools_window, 1)
    out = tmp_path / "pub.pdf"
    _fill_pdf(monkeypatch, out)
    asked: list[int] = []

    def review_first(_window: object, count: int) -> str:
        asked.append(count)
        return export_start.REVIEW_FIRST

    monkeypatch.setattr(export_start, "ask_pending", review_first)
    _export(tools_window)
    assert asked == [1] and not out.exists() and not tools_window.findChildren(JobDialog)
    qtbot.waitUntil(lambda: tools_window.page_annotations.current == proposal)
    assert tools_window.document_view.index == 1  # the proposal's page, shown
    assert "1 redaction proposal to decide" in tools_window.current_message()
    monkeypatch.setattr(export_start, "ask_pending", lambda _w, n: None)  # Cancel
    _export(tools_window)
    assert not out.exists() and not tools_window.findChildren(JobDialog)


def test_publish_without_them_writes_the_pdf_and_reports(
    qtbot: QtBot, tools_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = tools_window.lib
    tools_window.settings.set(S.AUTHOR, "Ada")
    _redaction(tools_window, lib)
    _proposal(lib, tools_window, 1)
    out = tmp_path / "pub.pdf"
    _fill_pdf(monkeypatch, out)
    monkeypatch.setattr(export_start, "ask_pending", lambda _w, n: export_start.WITHOUT_THEM)
    _export(tools_window)
    [job] = tools_window.findChildren(JobDialog)
    qtbot.waitUntil(lambda: job.job.done, timeout=60_000)
    report = job.report.toPlainText()
    assert job.label.text() == "Done.", report
    assert "Burned in: 1 redaction\n" in report and "page 1: 1 (B6)" in report
    assert "1 pending" in report and "page 2 (1)" in report
    assert "Verified by PyMuPDF" in report and "poppler" in report
    with pymupdf.open(out) as doc:
        assert "Memorandum" not in doc[0].get_text() and "(b)(6)" in doc[0].get_text()


def test_no_question_without_proposals(
    qtbot: QtBot, tools_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "pub.pdf"
    _fill_pdf(monkeypatch, out)
    monkeypatch.setattr(export_start, "ask_pending", lambda *_: pytest.fail("asked"))
    _export(tools_window)
    [job] = tools_window.findChildren(JobDialog)
    qtbot.waitUntil(lambda: job.job.done, timeout=60_000)
    assert out.exists() and review_library_doc_id(tools_window.lib)
